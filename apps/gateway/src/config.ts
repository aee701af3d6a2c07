import { z } from 'zod';
import { ConfigError, env, loadConfig, serviceEnvShape } from '@pdv/config';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '@pdv/graphql';

/**
 * Development-only token settings. They are public (they are in the repository), so the
 * gateway refuses to run in production with the default secret; `npm run token` signs
 * with these same values so a development token always matches a development gateway.
 */
export const DEVELOPMENT_JWT = {
  secret: 'development-only-jwt-secret-change-me-0000',
  issuer: 'pdv-dev',
  audience: 'pdv-api',
} as const;

const DEVELOPMENT_INTERNAL_SECRET = serviceEnvShape.INTERNAL_AUTH_SECRET.parse(undefined);

const positiveInt = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

const schema = z
  .object({
    NODE_ENV: serviceEnvShape.NODE_ENV,
    LOG_LEVEL: serviceEnvShape.LOG_LEVEL,
    PORT: env.port(4000),
    /** 127.0.0.1 on a workstation; 0.0.0.0 in a container. */
    HOST: z.string().min(1).default('127.0.0.1'),
    JWT_SECRET: env.secret(DEVELOPMENT_JWT.secret),
    /** During a rotation of JWT_SECRET: the old one, so tokens it signed stay valid until they expire. */
    JWT_PREVIOUS_SECRET: env.previousSecret(),
    JWT_ISSUER: z.string().min(1).default(DEVELOPMENT_JWT.issuer),
    JWT_AUDIENCE: z.string().min(1).default(DEVELOPMENT_JWT.audience),
    INTERNAL_AUTH_SECRET: serviceEnvShape.INTERNAL_AUTH_SECRET,
    /** Relative paths are taken from the working directory (the repository root, or /app in the image). */
    SUPERGRAPH_PATH: z.string().min(1).default('apps/gateway/supergraph.graphql'),
    MAX_DEPTH: positiveInt(DEFAULT_QUERY_LIMITS.maxDepth),
    MAX_ALIASES: positiveInt(DEFAULT_QUERY_LIMITS.maxAliases),
    MAX_COST: positiveInt(DEFAULT_QUERY_LIMITS.maxCost),
    /** Lexical tokens in one operation document (variables are not counted). */
    MAX_TOKENS: positiveInt(10_000),
    /** Open connections to each subgraph host (a keep-alive pool; more requests wait for one). */
    SUBGRAPH_MAX_SOCKETS: positiveInt(64),
    /** Share one in-flight fetch among identical reads of one identity (off only to measure without it). */
    DEDUPLICATE_SUBGRAPH_FETCHES: env.boolean(true),
    /** Distinct identities whose internal header and verified bearer token are kept. */
    IDENTITY_CACHE_SIZE: positiveInt(10_000),
    /** Distinct operations whose query plan is kept. */
    QUERY_PLAN_CACHE_SIZE: positiveInt(1_000),
    /** Requests a minute from one client address without a token (public operations); 0: no limit. */
    ANONYMOUS_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(60),
    /** Reverse proxies in front of the gateway that append to X-Forwarded-For (0: none, the peer is the client). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Rows one export file may hold (a class list, the source pool); more is refused, not cut. */
    EXPORT_MAX_ROWS: positiveInt(2_000),
    /** Largest request body; spreadsheet imports travel as base64 inside a mutation. */
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(b|kb|mb)$/i, 'a size such as 512kb or 2mb')
      .default('12mb'),
  })
  .superRefine((value, context) => {
    // The defaults are in the repository: anyone could mint tokens or impersonate the gateway.
    if (value.NODE_ENV !== 'production') return;
    if (value.JWT_SECRET === DEVELOPMENT_JWT.secret) {
      context.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'set a real secret in production (the default is public)' });
    }
    if (value.INTERNAL_AUTH_SECRET === DEVELOPMENT_INTERNAL_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['INTERNAL_AUTH_SECRET'],
        message: 'set a real secret in production (the default is public)',
      });
    }
  });

/**
 * `<NAME>_SERVICE_URL` overrides the URL the supergraph records for subgraph `<name>`
 * (e.g. ORGANISATION_SERVICE_URL for `organisation`). The list of subgraphs is the
 * supergraph's, so adding a service needs no change here.
 */
const SUBGRAPH_URL_KEY = /^([A-Z][A-Z0-9_]*)_SERVICE_URL$/;

export interface GatewayConfig {
  nodeEnv: 'development' | 'test' | 'production';
  /** Introspection and the landing page are served only then. */
  development: boolean;
  logLevel: string;
  host: string;
  port: number;
  jwt: { secret: string; previousSecret?: string; issuer: string; audience: string };
  internalAuthSecret: string;
  supergraphPath: string;
  /** Subgraph name (lower-case, as in the supergraph) → URL of its /graphql endpoint. */
  subgraphUrls: Record<string, string>;
  queryLimits: QueryLimits;
  maxTokens: number;
  bodyLimit: string;
  /** The same limit in bytes (1kb = 1024 bytes, as express's body parser counts). */
  bodyLimitBytes: number;
  /** Requests a minute per client address without a token; 0: none. */
  anonymousRequestsPerMinute: number;
  trustedProxyHops: number;
  subgraphMaxSockets: number;
  deduplicateSubgraphFetches: boolean;
  identityCacheSize: number;
  queryPlanCacheSize: number;
  exportMaxRows: number;
}

/** The environment variable that overrides a subgraph's URL. */
export function subgraphUrlVariable(subgraphName: string): string {
  return `${subgraphName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_SERVICE_URL`;
}

function subgraphUrlsFrom(source: Record<string, string | undefined>): Record<string, string> {
  const urls: Record<string, string> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(source)) {
    const match = SUBGRAPH_URL_KEY.exec(key);
    if (!match || value === undefined || value === '') continue;
    if (!z.url({ protocol: /^https?$/ }).safeParse(value).success) {
      problems.push(`${key}: an http(s) URL of the subgraph's /graphql endpoint`);
      continue;
    }
    urls[match[1].toLowerCase().replace(/_/g, '-')] = value;
  }
  if (problems.length > 0) throw new ConfigError('gateway', problems);
  return urls;
}

/** Reads and validates the gateway's environment once, at boot. */
export function loadGatewayConfig(source: Record<string, string | undefined> = process.env): GatewayConfig {
  let parsed: z.infer<typeof schema> | undefined;
  let problems: string[] = [];
  try {
    parsed = loadConfig('gateway', schema, source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = error.problems;
  }
  let subgraphUrls: Record<string, string> = {};
  try {
    subgraphUrls = subgraphUrlsFrom(source);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems = [...problems, ...error.problems];
  }
  // Every bad key is reported at once, not one per restart.
  if (problems.length > 0 || !parsed) throw new ConfigError('gateway', problems);
  return {
    nodeEnv: parsed.NODE_ENV,
    development: parsed.NODE_ENV === 'development',
    logLevel: parsed.LOG_LEVEL,
    host: parsed.HOST,
    port: parsed.PORT,
    jwt: { secret: parsed.JWT_SECRET, previousSecret: parsed.JWT_PREVIOUS_SECRET, issuer: parsed.JWT_ISSUER, audience: parsed.JWT_AUDIENCE },
    internalAuthSecret: parsed.INTERNAL_AUTH_SECRET,
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrls,
    queryLimits: { maxDepth: parsed.MAX_DEPTH, maxAliases: parsed.MAX_ALIASES, maxCost: parsed.MAX_COST },
    maxTokens: parsed.MAX_TOKENS,
    bodyLimit: parsed.BODY_LIMIT.toLowerCase(),
    bodyLimitBytes: bytesOf(parsed.BODY_LIMIT),
    anonymousRequestsPerMinute: parsed.ANONYMOUS_REQUESTS_PER_MINUTE,
    trustedProxyHops: parsed.TRUSTED_PROXY_HOPS,
    subgraphMaxSockets: parsed.SUBGRAPH_MAX_SOCKETS,
    deduplicateSubgraphFetches: parsed.DEDUPLICATE_SUBGRAPH_FETCHES,
    identityCacheSize: parsed.IDENTITY_CACHE_SIZE,
    queryPlanCacheSize: parsed.QUERY_PLAN_CACHE_SIZE,
    exportMaxRows: parsed.EXPORT_MAX_ROWS,
  };
}

const UNIT_BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** `512kb` → 524288; the schema has checked the shape already. */
function bytesOf(size: string): number {
  const [, amount, unit] = /^(\d+)(b|kb|mb)$/i.exec(size) ?? ['', '0', 'b'];
  return Number(amount) * UNIT_BYTES[unit.toLowerCase()];
}
