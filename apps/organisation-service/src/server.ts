import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connectNats, ensureStreams, EventRecorder, natsReadinessCheck, OutboxRelay, type RunningConsumer, startConsumer } from '@pdv/messaging';
import { createLogger, createMetrics, type Logger } from '@pdv/observability';
import { type MikroORM, openOrm } from '@pdv/persistence';
import { type Clock, type RunningServer, startSubgraphServer, systemClock } from '@pdv/service-kit';
import type { OrganisationConfig } from './config';
import type { OrganisationContext } from './context';
import { entities } from './entities';
import { admissionOutcomeHandlers } from './member/admission-outcome.handlers';
import { migrations } from './migrations';
import { buildOrganisationSubgraph } from './schema';
import { SERVICE_NAME } from './service-name';
import { createRequestScope } from './services';

export { SERVICE_NAME };

export interface OrganisationService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  /** Publishes pending outbox rows now (tests; the relay also runs by itself). */
  relay: OutboxRelay;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Fallback polling of the outbox relay (NOTIFY wakes it at once anyway). */
  relayPollMs?: number;
  /** Consumer redelivery delays; tests shorten them. */
  consumerBackoffMs?: number[];
}

/**
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, consumers) and the
 * subgraph server. main.ts calls it; integration tests call it with their own database,
 * event namespace and port 0.
 */
export async function startOrganisationService(config: OrganisationConfig, options: StartOptions = {}): Promise<OrganisationService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const metrics = createMetrics(SERVICE_NAME);
  const orm = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  const nc = await connectNats({ url: config.NATS_URL, name: SERVICE_NAME, logger });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const consumers: RunningConsumer[] = [];
  let relay: OutboxRelay | null = null;
  let server: RunningServer;
  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  try {
    await ensureStreams(jsm, config.EVENT_NAMESPACE);
    relay = new OutboxRelay({ orm, js, logger, pollIntervalMs: options.relayPollMs ?? 1_000, registry: metrics.registry });
    await relay.start();
    consumers.push(
      await startConsumer({
        orm,
        js,
        jsm,
        ns: config.EVENT_NAMESPACE,
        consumerName: SERVICE_NAME,
        stream: 'ADMISSION',
        handlers: admissionOutcomeHandlers({ events, clock }),
        logger,
        backoffMs: options.consumerBackoffMs,
      }),
    );

    const { schema } = await buildOrganisationSubgraph();
    server = await startSubgraphServer<Omit<OrganisationContext, 'identity' | 'requestId' | 'logger'>>({
      service: SERVICE_NAME,
      host: config.HOST,
      port: config.PORT,
      schema,
      logger,
      metrics,
      internalAuthSecret: config.INTERNAL_AUTH_SECRET,
      development: config.NODE_ENV === 'development',
      readinessChecks: [
        { name: 'postgres', check: async () => void (await orm.em.fork().getConnection().execute('select 1')) },
        natsReadinessCheck(nc),
      ],
      createContext: ({ identity, requestId, logger: requestLogger }) => {
        const em = orm.em.fork();
        return { em, events, clock, ...createRequestScope({ em, identity, requestId, logger: requestLogger, events, clock }) };
      },
    });
  } catch (error) {
    await Promise.allSettled([...consumers.map((consumer) => consumer.stop()), relay?.stop()]);
    await nc.close();
    await orm.close();
    throw error;
  }
  const runningRelay = relay;

  return {
    url: server.url,
    orm,
    logger,
    relay: runningRelay,
    async stop() {
      await server.stop();
      await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
      await runningRelay.stop();
      await nc.drain();
      await orm.close();
    },
  };
}
