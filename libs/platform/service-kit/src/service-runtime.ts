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
import { DEFAULT_DEPENDENCY_WAIT, type DependencyWaitSettings, describePostgres, pingPostgres, waitForDependency } from './wait-for-dependency';

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
  /** How long and how often start-up retries PostgreSQL and NATS; tests shorten it. */
  dependencyWait?: Partial<DependencyWaitSettings>;
  /** How long a stop lets in-flight HTTP requests finish before closing their connections. */
  requestDrainMs?: number;
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
 * its durable consumers and its subgraph server, and stops them in the reverse order. Start-up
 * waits (with back-off, saying what for) until PostgreSQL and NATS answer. A failure part-way
 * stops what had started, so a failed start leaves nothing running.
 *
 * stop() drains: the server stops taking requests and lets those in flight finish (up to
 * `requestDrainMs`), each consumer finishes the events it is applying and acknowledges them,
 * and hands back the ones it had received but not started (nak: redelivered at once, not after
 * ack_wait), the relay finishes its batch; only then do NATS and the database close.
 */
export async function startServiceRuntime<TContext extends object>(options: ServiceRuntimeOptions<TContext>): Promise<ServiceRuntime> {
  const { config, logger, service } = options;
  const metrics = createMetrics(service);
  const wait = { ...DEFAULT_DEPENDENCY_WAIT, ...options.dependencyWait };
  await waitForDependency(
    { name: 'postgres', target: describePostgres(config.DATABASE_URL, config.DATABASE_NAME) },
    () => pingPostgres(config.DATABASE_URL, config.DATABASE_NAME),
    logger,
    wait,
  );
  const orm = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities: options.entities, migrations: options.migrations, logger });
  const consumers: RunningConsumer[] = [];
  let relay: OutboxRelay | null = null;
  let server: RunningServer | null = null;
  let nc: Awaited<ReturnType<typeof connectNats>> | null = null;
  try {
    nc = await waitForDependency(
      { name: 'nats', target: config.NATS_URL.replace(/\/\/[^@/]*@/, '//') },
      () => connectNats({ url: config.NATS_URL, name: service, logger }),
      logger,
      wait,
    );
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
        drainMs: options.requestDrainMs,
        readinessChecks: [
          { name: 'postgres', check: async () => void (await orm.em.fork().getConnection().execute('select 1')) },
          // Reads and writes go on without NATS (events wait in the outbox): reported, not fatal.
          { ...natsReadinessCheck(nc), required: false },
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
      // Requests and messages are independent inputs: both drain at once, so the bound is the
      // longer of the two, not their sum.
      await Promise.allSettled([runningServer?.stop(), ...consumers.map((consumer) => consumer.stop())]);
      await runningRelay.stop();
      await connection.drain();
      await orm.close();
    },
  };
}
