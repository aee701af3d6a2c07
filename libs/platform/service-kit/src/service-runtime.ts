import type { StreamName } from '@pdv/contracts';
import {
  connectNats,
  ensureStreams,
  type EventHandler,
  natsReadinessCheck,
  openJetStream,
  OutboxRelay,
  type RunningConsumer,
  startConsumer,
} from '@pdv/messaging';
import { createMetrics, type Logger } from '@pdv/observability';
import { type EntitySchema, type MigrationObject, type MikroORM, openOrm } from '@pdv/persistence';
import type { GraphQLSchema } from 'graphql';
import { type RequestBase, type RunningServer, startSubgraphServer } from './subgraph-server';

/** The settings every service shares (its config satisfies this). */
export interface RuntimeConfig {
  NODE_ENV: 'development' | 'test' | 'production';
  HOST: string;
  PORT: number;
  DATABASE_URL: string;
  DATABASE_NAME: string;
  NATS_URL: string;
  EVENT_NAMESPACE: string;
  INTERNAL_AUTH_SECRET: string;
  INTERNAL_AUTH_PREVIOUS_SECRET?: string;
}

export interface ServiceRuntimeOptions<TContext extends object> {
  service: string;
  config: RuntimeConfig;
  logger: Logger;
  entities: EntitySchema[];
  migrations: MigrationObject[];
  /** One durable consumer per stream this service listens to. */
  consumers: { stream: StreamName; handlers: EventHandler<unknown>[] }[];
  relayPollMs?: number;
  /** Redelivery delays of the consumers; tests shorten them. */
  consumerBackoffMs?: number[];
  /** Omitted when the process serves no GraphQL (e.g. a seed that only runs consumers). */
  graphql?: {
    buildSchema(): Promise<{ schema: GraphQLSchema }>;
    createContext(base: RequestBase, orm: MikroORM): Promise<TContext> | TContext;
    bodyLimit?: string;
  };
}

export interface ServiceRuntime {
  /** The GraphQL URL, or '' when none is served. */
  url: string;
  orm: MikroORM;
  relay: OutboxRelay;
  stop(): Promise<void>;
}

/**
 * Starts what every service runs: its ORM, NATS with the declared streams, the outbox relay,
 * its durable consumers and its subgraph server, and stops them in the reverse order. A
 * failure part-way stops what had started, so a failed start leaves nothing running.
 */
export async function startServiceRuntime<TContext extends object>(options: ServiceRuntimeOptions<TContext>): Promise<ServiceRuntime> {
  const { config, logger, service } = options;
  const metrics = createMetrics(service);
  const orm = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities: options.entities, migrations: options.migrations, logger });
  const consumers: RunningConsumer[] = [];
  let relay: OutboxRelay | null = null;
  let server: RunningServer | null = null;
  let nc: Awaited<ReturnType<typeof connectNats>> | null = null;
  try {
    nc = await connectNats({ url: config.NATS_URL, name: service, logger });
    const { js, jsm } = await openJetStream(nc);
    await ensureStreams(jsm, config.EVENT_NAMESPACE);
    relay = new OutboxRelay({ orm, js, logger, pollIntervalMs: options.relayPollMs ?? 1_000, registry: metrics.registry });
    await relay.start();
    for (const { stream, handlers } of options.consumers) {
      consumers.push(
        await startConsumer({
          orm,
          js,
          jsm,
          ns: config.EVENT_NAMESPACE,
          consumerName: service,
          stream,
          handlers,
          logger,
          ...(options.consumerBackoffMs ? { backoffMs: options.consumerBackoffMs } : {}),
        }),
      );
    }
    if (options.graphql) {
      const { graphql } = options;
      const { schema } = await graphql.buildSchema();
      server = await startSubgraphServer<TContext>({
        service,
        host: config.HOST,
        port: config.PORT,
        schema,
        logger,
        metrics,
        internalAuthSecret: config.INTERNAL_AUTH_SECRET,
        internalAuthPreviousSecret: config.INTERNAL_AUTH_PREVIOUS_SECRET,
        development: config.NODE_ENV === 'development',
        bodyLimit: graphql.bodyLimit,
        readinessChecks: [
          { name: 'postgres', check: async () => void (await orm.em.fork().getConnection().execute('select 1')) },
          natsReadinessCheck(nc),
        ],
        createContext: (base) => graphql.createContext(base, orm),
      });
    }
  } catch (error) {
    await Promise.allSettled([...consumers.map((consumer) => consumer.stop()), relay?.stop()]);
    await nc?.close();
    await orm.close();
    throw error;
  }

  const runningRelay = relay;
  const connection = nc;
  const runningServer = server;
  return {
    url: runningServer?.url ?? '',
    orm,
    relay: runningRelay,
    async stop() {
      await runningServer?.stop();
      await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
      await runningRelay.stop();
      await connection.drain();
      await orm.close();
    },
  };
}
