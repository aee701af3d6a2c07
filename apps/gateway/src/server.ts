// First import on purpose: switches Apollo's telemetry off before any Apollo module loads.
import { removedApolloVariables } from './no-phone-home';

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Identity } from '@pdv/auth';
import {
  childTraceparent,
  createMetrics,
  currentContext,
  formatTraceparent,
  type Logger,
  operationsRouter,
  type ReadinessCheck,
  runWithContext,
  type ServiceMetrics,
} from '@pdv/observability';
import type { Clock } from '@pdv/calendar';
import { noPhoneHomePlugins, systemClock } from '@pdv/service-kit';
import { anonymousRateLimit, rateLimitedMessage } from './anonymous-rate-limit';
import { authenticate, bearerAuthentication } from './authentication';
import type { GatewayConfig } from './config';
import type { GatewayContext } from './context';
import { deduplicatingFetches } from './deduplicating-fetcher';
import { createGatewayErrorFormatter } from './error-formatting';
import { exportsRouter } from './exports/export-route';
import { EXPORT_DEFINITIONS } from './exports/registry';
import { errorBody, graphqlHotPath, requestContextOf, takesHotPath } from './graphql-http';
import { IdentityForwardingDataSource } from './identity-data-source';
import { InternalIdentityTokens } from './internal-identity-tokens';
import { keepAliveFetcher } from './keep-alive-fetcher';
import { countingQueryPlanCache } from './query-plan-cache';
import { queryLimitsPlugin } from './query-limits.plugin';
import { healthUrlOf, type SubgraphEndpoint, subgraphEndpoints } from './supergraph';

export interface GatewayServerOptions {
  /** `port: 0` picks a free port (tests). */
  config: GatewayConfig;
  /** The composed supergraph (read from the committed file by main.ts; composed in tests). */
  supergraphSdl: string;
  logger: Logger;
  metrics?: ServiceMetrics;
  /** The day printed on exports (tests pin it). */
  clock?: Clock;
}

export interface RunningGateway {
  url: string;
  port: number;
  subgraphs: SubgraphEndpoint[];
  stop(): Promise<void>;
}

const SUBGRAPH_HEALTH_TIMEOUT_MS = 1_500;

/** Ready when every subgraph answers its /healthz (liveness, not its own readiness: no cascades). */
export function subgraphReadinessChecks(subgraphs: SubgraphEndpoint[]): ReadinessCheck[] {
  return subgraphs.map((subgraph) => {
    const healthUrl = healthUrlOf(subgraph.url);
    return {
      name: `subgraph:${subgraph.name}`,
      async check() {
        const response = await fetch(healthUrl, { signal: AbortSignal.timeout(SUBGRAPH_HEALTH_TIMEOUT_MS) });
        await response.body?.cancel();
        if (!response.ok) throw new Error(`${healthUrl} answered HTTP ${response.status}`);
      },
    };
  });
}

function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operationName, errors }) {
          metrics.graphqlOperations.inc({ operation: operationName ?? 'anonymous', outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(errorBody(code, message));
}

/**
 * The gateway: Apollo Gateway over the static supergraph, behind token verification,
 * query limits and body limits, plus /healthz, /readyz and /metrics.
 */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningGateway> {
  const { config, logger } = options;
  const metrics = options.metrics ?? createMetrics('gateway');
  if (removedApolloVariables.length > 0) {
    logger.warn({ variables: removedApolloVariables }, 'ignoring Apollo cloud settings: this gateway never contacts Apollo');
  }

  const subgraphs = subgraphEndpoints(options.supergraphSdl, config.subgraphUrls);
  const known = new Set(subgraphs.map((subgraph) => subgraph.name));
  const unknown = Object.keys(config.subgraphUrls).filter((name) => !known.has(name));
  if (unknown.length > 0) logger.warn({ unknown }, 'URL set for subgraphs the supergraph does not contain');
  const urlOf = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph.url]));

  // One pool, one token cache and one in-flight table for every subgraph (keys carry the URL).
  const http = keepAliveFetcher({ maxSockets: config.subgraphMaxSockets });
  const fetcher = config.deduplicateSubgraphFetches ? deduplicatingFetches(http.fetcher) : http.fetcher;
  const identityTokens = new InternalIdentityTokens(config.internalAuthSecret, config.identityCacheSize);
  const gateway = new ApolloGateway({
    // A string: the static-supergraph mode. No introspection, no polling, no uplink.
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new IdentityForwardingDataSource({ name, url: urlOf.get(name) ?? url ?? '', identityTokens, fetcher }),
    queryPlannerConfig: { cache: countingQueryPlanCache(config.queryPlanCacheSize, metrics.registry) },
    logger,
    // Query plans are internals; a header must not reveal them outside development.
    __exposeQueryPlanExperimental: config.development,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: config.nodeEnv,
    introspection: config.development,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !config.development,
    parseOptions: { maxTokens: config.maxTokens },
    formatError: createGatewayErrorFormatter(logger, () => currentContext()?.requestId),
    plugins: [...noPhoneHomePlugins(config.development), queryLimitsPlugin(config.queryLimits), metricsPlugin(metrics)],
    logger,
    // main.ts owns the signals and stops the HTTP server and Apollo together.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  // One verified-token cache for both ways into /graphql.
  const authentication = bearerAuthentication(config.jwt, { cacheSize: config.identityCacheSize });
  const anonymousLimit = anonymousRateLimit({ perMinute: config.anonymousRequestsPerMinute, trustedProxyHops: config.trustedProxyHops, maxClients: config.identityCacheSize });
  const app = express();
  app.disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) => {
    const context = requestContextOf(req.headers);
    res.setHeader('x-request-id', context.requestId);
    const stopTimer = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => stopTimer({ route: req.path.split('/')[1] ?? '', status: String(res.statusCode) }));
    runWithContext(context, () => next());
  });
  app.use(operationsRouter('gateway', subgraphReadinessChecks(subgraphs), metrics.registry));
  app.use(
    '/graphql',
    // Before the body is read: a bad token costs the gateway nothing.
    authenticate(authentication),
    (req: Request, res: Response, next: NextFunction) => {
      if (res.locals.identity !== null) return next();
      const decision = anonymousLimit(req);
      if (decision.allowed) return next();
      res.setHeader('retry-after', String(decision.retryAfterSeconds));
      sendError(res, 429, 'RATE_LIMITED', rateLimitedMessage(decision.retryAfterSeconds));
    },
    express.json({ limit: config.bodyLimit }),
    (req: Request, _res: Response, next: NextFunction) => {
      // express 5 leaves req.body unset without a JSON body; Apollo must still see the
      // request (to answer a GET or a text/plain POST with its CSRF refusal, not a 500).
      if (!Reflect.has(req, 'body')) req.body = undefined;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const context = currentContext();
        return {
          identity: (res.locals.identity as Identity | null | undefined) ?? null,
          requestId: context?.requestId ?? randomUUID(),
          traceparent: context?.traceparent ?? formatTraceparent(childTraceparent(null)),
        };
      },
    }),
  );
  // Files from committed operations, run through the same Apollo server with the caller's token.
  app.use(
    '/exports',
    authenticate(authentication),
    exportsRouter({ apollo, definitions: EXPORT_DEFINITIONS, maxRows: config.exportMaxRows, logger, registry: metrics.registry, clock: options.clock ?? systemClock }),
  );
  // Errors from the body parser carry a status; anything else is ours and stays vague.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const { status, type } = error as { status?: number; type?: string };
    if (type === 'entity.too.large') {
      sendError(res, 413, 'BAD_USER_INPUT', `The request is larger than ${config.bodyLimit}; send a smaller file or fewer rows at once.`);
    } else if (typeof status === 'number' && status >= 400 && status < 500) {
      sendError(res, status, 'BAD_USER_INPUT', 'The request body is not valid JSON.');
    } else {
      const reference = currentContext()?.requestId ?? 'unknown';
      logger.error({ err: error, reference }, 'unexpected error in the gateway');
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', `Something went wrong on our side. Quote reference ${reference} if you report it.`);
    }
  });

  // A JSON POST to /graphql takes the hot path (graphql-http.ts); everything else, express.
  const hotPath = graphqlHotPath({ apollo, authentication, anonymousLimit, bodyLimit: { bytes: config.bodyLimitBytes, text: config.bodyLimit }, metrics, logger });
  const server: Server = createServer((req, res) => (takesHotPath(req) ? hotPath(req, res) : app(req, res)));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const displayHost = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${displayHost}:${port}/graphql`;
  // Keyed by subgraph name: the logger redacts any `name` field (personal data elsewhere).
  logger.info({ url, subgraphs: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph.url])) }, 'gateway listening');

  return {
    url,
    port,
    subgraphs,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      http.close();
    },
  };
}
