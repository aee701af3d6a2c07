import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type DocumentNode, parse } from 'graphql';
import { type Identity, requireIdentity, signUserToken } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { DateTimeScalar, LocalDateScalar, withStrictInputs } from '@pdv/graphql';
import { createLogger, createMetrics } from '@pdv/observability';
import { type RequestBase, type RunningServer, startSubgraphServer } from '@pdv/service-kit';
import { TEST_INTERNAL_SECRET } from '@pdv/testing';
import { loadGatewayConfig, type GatewayConfig } from '../src/config';
import type { RunningGateway } from '../src/server';

// Two small subgraphs shaped like the real ones (an entity owned by one and extended by the
// other), served by the same kit as the real services, so they refuse requests without the
// gateway's identity header exactly as the services do.

export const JWT = { secret: 'gateway-test-jwt-secret-0123456789abcdef', issuer: 'pdv-test', audience: 'pdv-api-test' };

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])';

const organisationSdl = parse(`${LINK}
  type Organisation @key(fields: "id") {
    id: ID!
    name: String!
    children(first: Int): [Organisation!]!
  }
  type Viewer { userId: ID! role: String! scopeId: String }
  type Seen { requestId: String! traceparent: String! }
  type Query {
    organisations(first: Int): [Organisation!]!
    me: Viewer
    seen: Seen!
    ruleBreaker: Boolean
    crash: Boolean
    echo(text: String!): String!
    when(at: DateTime!, day: LocalDate, memberId: ID): String!
    "The caller, answered after ms milliseconds: slow enough that concurrent requests overlap."
    slowMe(ms: Int!): Viewer
  }
  type Mutation { slowTouch(ms: Int!): Boolean! }
  scalar DateTime
  scalar LocalDate
`);

const sourcingSdl = parse(`${LINK}
  type Organisation @key(fields: "id") {
    id: ID!
    candidateCount: Int!
  }
  type Query { candidatesSeenBy: String }
`);

/** What each fake subgraph saw, so tests can assert what the gateway forwarded. */
export interface Observed {
  requests: { subgraph: string; identity: Identity | null; requestId: string; traceparent: string }[];
}

type Context = RequestBase;

function organisationResolvers() {
  const organisation = (id: string) => ({ id, name: `Organisation ${id}` });
  return {
    Query: {
      organisations: (_: unknown, args: { first?: number }) =>
        Array.from({ length: Math.min(args.first ?? 2, 3) }, (_unused, index) => organisation(`org-${index + 1}`)),
      me: (_: unknown, _args: unknown, context: Context) => requireIdentity(context.identity),
      seen: (_: unknown, _args: unknown, context: Context) => ({ requestId: context.requestId, traceparent: context.traceparent }),
      ruleBreaker: () => {
        throw new AppError('RULE_VIOLATION', 'A cell needs three official members to vote.', { rule: 'VOTE_QUORUM' });
      },
      crash: () => {
        throw new Error('connection to db-internal.example:5432 refused (password=hunter2)');
      },
      echo: (_: unknown, args: { text: string }) => args.text,
      when: (_: unknown, args: { at: Date }) => args.at.toISOString(),
      slowMe: async (_: unknown, args: { ms: number }, context: Context) => {
        await new Promise((resolve) => setTimeout(resolve, args.ms));
        return requireIdentity(context.identity);
      },
    },
    Mutation: {
      slowTouch: async (_: unknown, args: { ms: number }) => {
        await new Promise((resolve) => setTimeout(resolve, args.ms));
        return true;
      },
    },
    DateTime: DateTimeScalar,
    LocalDate: LocalDateScalar,
    Organisation: {
      __resolveReference: (reference: { id: string }) => organisation(reference.id),
      children: (parent: { id: string }) => [organisation(`${parent.id}.1`)],
    },
  };
}

function sourcingResolvers() {
  return {
    Query: { candidatesSeenBy: (_: unknown, _args: unknown, context: Context) => requireIdentity(context.identity).userId },
    Organisation: {
      __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
      candidateCount: (_parent: unknown, _args: unknown, context: Context) => {
        requireIdentity(context.identity);
        return 7;
      },
    },
  };
}

export interface FakeSubgraph {
  name: string;
  typeDefs: DocumentNode;
  server: RunningServer;
}

async function startFake(name: string, typeDefs: DocumentNode, resolvers: object, observed: Observed): Promise<FakeSubgraph> {
  const server = await startSubgraphServer<object>({
    service: `${name}-fake`,
    port: 0,
    // @apollo/subgraph's resolver map type is looser than these plain objects.
    // Strict like the real services' (buildSubgraph): malformed ids, dates and text refused.
    schema: withStrictInputs(buildSubgraphSchema({ typeDefs, resolvers: resolvers as never })),
    logger: createLogger(`${name}-fake`, 'silent'),
    metrics: createMetrics(`${name}-fake`),
    internalAuthSecret: TEST_INTERNAL_SECRET,
    development: false,
    readinessChecks: [],
    createContext: (base) => {
      observed.requests.push({ subgraph: name, identity: base.identity, requestId: base.requestId, traceparent: base.traceparent });
      return {};
    },
  });
  return { name, typeDefs, server };
}

export async function startFakeSubgraphs(observed: Observed): Promise<FakeSubgraph[]> {
  return [
    await startFake('organisation', organisationSdl, organisationResolvers(), observed),
    await startFake('sourcing', sourcingSdl, sourcingResolvers(), observed),
  ];
}

/** Composes the fakes exactly as tools/supergraph does for the real services. */
export function composeSupergraph(subgraphs: FakeSubgraph[]): string {
  const result = composeServices(subgraphs.map((subgraph) => ({ name: subgraph.name, typeDefs: subgraph.typeDefs, url: subgraph.server.url })));
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.supergraphSdl;
}

/** Gateway settings for tests: small limits so each can be crossed cheaply, port 0. */
export function testGatewayConfig(overrides: Record<string, string> = {}): GatewayConfig {
  const config = loadGatewayConfig({
    NODE_ENV: 'test',
    JWT_SECRET: JWT.secret,
    JWT_ISSUER: JWT.issuer,
    JWT_AUDIENCE: JWT.audience,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    MAX_DEPTH: '5',
    MAX_ALIASES: '3',
    MAX_COST: '1000',
    MAX_TOKENS: '300',
    BODY_LIMIT: '16kb',
    ANONYMOUS_REQUESTS_PER_MINUTE: '0',
    ...overrides,
  });
  // PORT must be a real port in the environment; a free one is picked here.
  return { ...config, port: 0 };
}

export function tokenFor(identity: Identity, expiresIn: string | number = '5m'): Promise<string> {
  return signUserToken(identity, JWT, expiresIn);
}

/** A gateway over the fakes with the test settings and a silent logger. */
export async function startTestGateway(subgraphs: FakeSubgraph[], overrides: Record<string, string> = {}): Promise<RunningGateway> {
  // Loaded on demand: the no-phone-home suite must set its environment before Apollo loads.
  const { startGatewayServer } = await import('../src/server');
  return startGatewayServer({
    config: testGatewayConfig(overrides),
    supergraphSdl: composeSupergraph(subgraphs),
    logger: createLogger('gateway-test', 'silent'),
  });
}
