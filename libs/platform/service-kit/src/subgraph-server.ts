import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { type Identity, INTERNAL_IDENTITY_HEADER, verifyInternalIdentity } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { createErrorFormatter } from '@pdv/graphql';
import {
  childTraceparent,
  currentContext,
  formatTraceparent,
  type Logger,
  operationsRouter,
  type ReadinessCheck,
  runWithContext,
  type ServiceMetrics,
} from '@pdv/observability';

/** What the kit knows about a request before the service adds its own context. */
export interface RequestBase {
  identity: Identity | null;
  requestId: string;
  traceparent: string;
  logger: Logger;
}

export interface SubgraphServerOptions<TContext extends object> {
  service: string;
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  schema: GraphQLSchema;
  logger: Logger;
  metrics: ServiceMetrics;
  internalAuthSecret: string;
  /** During a key rotation: the secret being retired, still accepted (see @pdv/auth). */
  internalAuthPreviousSecret?: string;
  /** Introspection and the landing page: development only. */
  development: boolean;
  readinessChecks: ReadinessCheck[];
  createContext(base: RequestBase): Promise<TContext> | TContext;
  /** Largest JSON body accepted (spreadsheet imports need more than the default). */
  bodyLimit?: string;
  /** Extra HTTP routes (e.g. file downloads), mounted before /graphql. */
  routes?(app: Express): void;
  /** How long stop() lets in-flight requests finish before closing their connections. */
  drainMs?: number;
}

export const DEFAULT_REQUEST_DRAIN_MS = 5_000;

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function metricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin {
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

/** Disables everything in Apollo Server that would talk to Apollo's cloud. */
export function noPhoneHomePlugins(development: boolean): ApolloServerPlugin[] {
  const plugins = [
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
  ];
  if (!development) plugins.push(ApolloServerPluginLandingPageDisabled());
  return plugins;
}

function sendUnauthenticated(res: Response, error: AppError): void {
  res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
}

/**
 * Serves one subgraph: /graphql behind the gateway's identity check, plus /healthz, /readyz
 * and /metrics. Every request runs in a context (request id, trace) that logs and events pick up.
 */
export async function startSubgraphServer<TContext extends object>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningServer> {
  const { logger, metrics } = options;
  const app = express();
  app.disable('x-powered-by');
  // Listening before Apollo starts would refuse nothing but serve nothing; the server object
  // exists first so the drain plugin can hold it.
  const httpServer: Server = createServer(app);
  let stopping = false;

  app.use((req: Request, res: Response, next: NextFunction) => {
    const trace = childTraceparent(req.header('traceparent'));
    const requestId = req.header('x-request-id')?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const stopTimer = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => stopTimer({ route: req.route?.path ?? req.path.split('/')[1] ?? '', status: String(res.statusCode) }));
    runWithContext({ requestId, traceId: trace.traceId, traceparent: formatTraceparent(trace) }, () => next());
  });
  app.use(operationsRouter(options.service, options.readinessChecks, metrics.registry, () => stopping));
  options.routes?.(app);

  const apollo = new ApolloServer<TContext & RequestBase>({
    schema: options.schema,
    introspection: options.development,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger, () => currentContext()?.requestId),
    plugins: [
      ...noPhoneHomePlugins(options.development),
      metricsPlugin(metrics),
      // On stop: no new connections, idle keep-alive ones closed, in-flight requests answered
      // (up to the grace period), then whatever is left is cut.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: options.drainMs ?? DEFAULT_REQUEST_DRAIN_MS }),
    ],
    logger,
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: options.bodyLimit ?? '1mb' }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        res.locals.identity = await verifyInternalIdentity(
          req.header(INTERNAL_IDENTITY_HEADER),
          options.internalAuthSecret,
          options.internalAuthPreviousSecret,
        );
        next();
      } catch (error) {
        if (error instanceof AppError) sendUnauthenticated(res, error);
        else next(error);
      }
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const context = currentContext();
        const base: RequestBase = {
          identity: (res.locals.identity as Identity | null) ?? null,
          requestId: context?.requestId ?? randomUUID(),
          traceparent: context?.traceparent ?? formatTraceparent(childTraceparent(null)),
          logger: logger.child({ requestId: context?.requestId }),
        };
        return { ...(await options.createContext(base)), ...base };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}/graphql`;
  logger.info({ url }, `${options.service} listening`);

  return {
    url,
    port,
    async stop() {
      stopping = true;
      logger.info({ url }, `${options.service} draining requests`);
      await apollo.stop();
    },
  };
}
