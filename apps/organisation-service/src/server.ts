import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { Actor } from '@pdv/contracts';
import {
  connectNats,
  ensureStreams,
  EventRecorder,
  natsReadinessCheck,
  OutboxRelay,
  startConsumer,
  type RunningConsumer,
} from '@pdv/messaging';
import { createLogger, createMetrics, type Logger } from '@pdv/observability';
import { openOrm, type MikroORM } from '@pdv/persistence';
import { type Clock, type RunningServer, startSubgraphServer, systemClock } from '@pdv/service-kit';
import type { OrganisationConfig } from './config';
import type { OrganisationContext } from './context';
import { entities } from './entities';
import { admissionOutcomeHandlers } from './member/admission-outcome.handlers';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { buildOrganisationSubgraph } from './schema';
import { OrganisationScopes } from './organisation/organisation.scopes';

export const SERVICE_NAME = 'organisation-service';

export interface OrganisationService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Tests turn the relay's polling down and may start without consumers. */
  relayPollMs?: number;
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
  await ensureStreams(jsm, config.EVENT_NAMESPACE);

  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  const relay = new OutboxRelay({
    orm,
    js,
    serverUrl: config.DATABASE_URL,
    dbName: config.DATABASE_NAME,
    logger,
    pollIntervalMs: options.relayPollMs ?? 1_000,
    registry: metrics.registry,
  });
  await relay.start();

  const consumers: RunningConsumer[] = [
    await startConsumer({
      orm,
      js,
      jsm,
      ns: config.EVENT_NAMESPACE,
      consumerName: SERVICE_NAME,
      stream: 'ADMISSION',
      handlers: admissionOutcomeHandlers({ events, clock }),
      logger,
    }),
  ];

  const { schema } = await buildOrganisationSubgraph();
  let server: RunningServer;
  try {
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
      createContext: ({ identity }) => {
        const em = orm.em.fork();
        const actor: Actor = identity
          ? { kind: 'USER', id: identity.userId, role: identity.role }
          : { kind: 'SYSTEM', id: 'anonymous', role: null };
        return { em, loaders: createLoaders(em), events, clock, actor, scopes: new OrganisationScopes(em, clock) };
      },
    });
  } catch (error) {
    await Promise.allSettled([...consumers.map((c) => c.stop()), relay.stop()]);
    await nc.close();
    await orm.close();
    throw error;
  }

  return {
    url: server.url,
    orm,
    logger,
    async stop() {
      await server.stop();
      await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
      await relay.stop();
      await nc.drain();
      await orm.close();
    },
  };
}
