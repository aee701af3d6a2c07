import { ConfigError } from '@pdv/config';
import { DEFAULT_QUERY_LIMITS } from '@pdv/graphql';
import { DEVELOPMENT_JWT, loadGatewayConfig, subgraphUrlVariable } from './config';

const realSecret = 'r'.repeat(40);

function problemsOf(source: Record<string, string>): string[] {
  try {
    loadGatewayConfig(source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('gateway config', () => {
  it.each([
    ['no rotation under way', {}, undefined],
    ['an empty value (a Secret key left blank)', { JWT_PREVIOUS_SECRET: '' }, undefined],
    ['the secret being retired', { JWT_PREVIOUS_SECRET: 'p'.repeat(32) }, 'p'.repeat(32)],
  ])('reads JWT_PREVIOUS_SECRET: %s', (_case, source, expected) => {
    expect(loadGatewayConfig(source).jwt.previousSecret).toBe(expected);
  });

  it('refuses a short JWT_PREVIOUS_SECRET', () => {
    expect(problemsOf({ JWT_PREVIOUS_SECRET: 'short' })).toEqual(['JWT_PREVIOUS_SECRET: must be at least 32 characters']);
  });

  it('has development defaults that match `npm run token`', () => {
    const config = loadGatewayConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      development: true,
      host: '127.0.0.1',
      port: 4000,
      jwt: DEVELOPMENT_JWT,
      supergraphPath: 'apps/gateway/supergraph.graphql',
      subgraphUrls: {},
      queryLimits: DEFAULT_QUERY_LIMITS,
      maxTokens: 10_000,
      bodyLimit: '12mb',
      bodyLimitBytes: 12 * 1024 * 1024,
      anonymousRequestsPerMinute: 60,
      trustedProxyHops: 0,
      subgraphMaxSockets: 64,
      deduplicateSubgraphFetches: true,
      identityCacheSize: 10_000,
      queryPlanCacheSize: 1_000,
    });
  });

  it('reads the subgraph pool, de-duplication and cache sizes', () => {
    const config = loadGatewayConfig({
      SUBGRAPH_MAX_SOCKETS: '16',
      DEDUPLICATE_SUBGRAPH_FETCHES: 'false',
      IDENTITY_CACHE_SIZE: '50',
      QUERY_PLAN_CACHE_SIZE: '20',
    });
    expect(config).toMatchObject({ subgraphMaxSockets: 16, deduplicateSubgraphFetches: false, identityCacheSize: 50, queryPlanCacheSize: 20 });
  });

  it('reads limits and the body size', () => {
    const config = loadGatewayConfig({ MAX_DEPTH: '8', MAX_ALIASES: '10', MAX_COST: '2000', MAX_TOKENS: '500', BODY_LIMIT: '5MB' });
    expect(config.queryLimits).toEqual({ maxDepth: 8, maxAliases: 10, maxCost: 2000 });
    expect(config.maxTokens).toBe(500);
    expect(config.bodyLimit).toBe('5mb');
    expect(config.bodyLimitBytes).toBe(5 * 1024 * 1024);
    expect(loadGatewayConfig({ BODY_LIMIT: '512kb' }).bodyLimitBytes).toBe(524_288);
    expect(loadGatewayConfig({ BODY_LIMIT: '900b' }).bodyLimitBytes).toBe(900);
  });

  it('takes subgraph URLs from <NAME>_SERVICE_URL', () => {
    const config = loadGatewayConfig({
      ORGANISATION_SERVICE_URL: 'http://organisation-service:4001/graphql',
      MASS_ORG_SERVICE_URL: 'https://mass-org.internal/graphql',
      UNRELATED_URL: 'not checked',
    });
    expect(config.subgraphUrls).toEqual({
      organisation: 'http://organisation-service:4001/graphql',
      'mass-org': 'https://mass-org.internal/graphql',
    });
    expect(subgraphUrlVariable('organisation')).toBe('ORGANISATION_SERVICE_URL');
    expect(subgraphUrlVariable('mass-org')).toBe('MASS_ORG_SERVICE_URL');
  });

  it('refuses the public development secrets in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toMatch(/JWT_SECRET/);
    expect(problems.join('\n')).toMatch(/INTERNAL_AUTH_SECRET/);
    expect(loadGatewayConfig({ NODE_ENV: 'production', JWT_SECRET: realSecret, INTERNAL_AUTH_SECRET: `${realSecret}x` }).development).toBe(false);
  });

  it('reports every bad key at once, without echoing secrets', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      JWT_SECRET: 'too-short-secret',
      MAX_DEPTH: '0',
      BODY_LIMIT: 'lots',
      SOURCING_SERVICE_URL: 'ftp://example',
    });
    expect(problems).toHaveLength(5);
    for (const key of ['PORT', 'JWT_SECRET', 'MAX_DEPTH', 'BODY_LIMIT', 'SOURCING_SERVICE_URL']) {
      expect(problems.join('\n')).toContain(key);
    }
    expect(problems.join('\n')).not.toContain('too-short-secret');
  });
});
