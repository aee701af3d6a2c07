import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { Actor } from '@pdv/contracts';
import { connectNats, ensureStreams, EventRecorder, natsReadinessCheck, OutboxRelay, type RunningConsumer, startConsumer } from '@pdv/messaging';
import { createLogger, createMetrics, type Logger } from '@pdv/observability';
import { type MikroORM, openOrm } from '@pdv/persistence';
import { type Clock, type RunningServer, startSubgraphServer, systemClock } from '@pdv/service-kit';
import { AuditTrail } from './audit/audit-trail';
import { admissionMilestoneHandlers, trainingMilestoneHandlers } from './candidate/candidate-milestones.handler';
import type { SourcingConfig } from './config';
import type { SourcingContext } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { migrations } from './migrations';
import { organisationEventHandlers } from './read-model/organisation-events.handler';
import { buildSourcingSubgraph } from './schema';
import { createServices } from './services';
import { callerFromIdentity } from './shared/caller';
import type { SourcingDeps } from './shared/deps';
import { type IdFactory, randomIds } from './shared/ids';
import { SourcingScopes } from './shared/scopes';

export const SERVICE_NAME = 'sourcing-service';

export interface SourcingService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  relay: OutboxRelay;
  deps: SourcingDeps;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  newId?: IdFactory;
  /** Tests turn the relay's polling down. */
  relayPollMs?: number;
  /** Tests of the consumers shorten the retry back-off. */
  consumerBackoffMs?: number[];
  /** The seed runs the consumers and the relay but serves no GraphQL. */
  serveGraphql?: boolean;
}

/** The service's dependencies for its service classes (also built by the seed and benchmark). */
export function sourcingDeps(config: SourcingConfig, clock: Clock, newId: IdFactory): SourcingDeps {
  return {
    events: new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE, newId }),
    clock,
    newId,
    limits: { maxRows: config.IMPORT_MAX_ROWS, maxFileBytes: config.IMPORT_MAX_FILE_BYTES },
    serviceName: SERVICE_NAME,
    eventNamespace: config.EVENT_NAMESPACE,
  };
}

/**
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, consumers of the
 * organisation, training and admission streams) and the subgraph server. main.ts calls it;
 * integration tests call it with their own database, event namespace and port 0.
 */
export async function startSourcingService(config: SourcingConfig, options: StartOptions = {}): Promise<SourcingService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const deps = sourcingDeps(config, clock, options.newId ?? randomIds);
  const metrics = createMetrics(SERVICE_NAME);
  const orm = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  const nc = await connectNats({ url: config.NATS_URL, name: SERVICE_NAME, logger });
  const consumers: RunningConsumer[] = [];
  let relay: OutboxRelay | null = null;
  let server: RunningServer | null = null;
  try {
    const js = jetstream(nc);
    const jsm = await jetstreamManager(nc);
    await ensureStreams(jsm, config.EVENT_NAMESPACE);

    relay = new OutboxRelay({ orm, js, logger, pollIntervalMs: options.relayPollMs ?? config.OUTBOX_POLL_MS, registry: metrics.registry });
    await relay.start();

    const consumer = (stream: 'ORGANISATION' | 'TRAINING' | 'ADMISSION', handlers: ReturnType<typeof organisationEventHandlers>) =>
      startConsumer({
        orm,
        js,
        jsm,
        ns: config.EVENT_NAMESPACE,
        consumerName: SERVICE_NAME,
        stream,
        handlers,
        logger,
        ...(options.consumerBackoffMs ? { backoffMs: options.consumerBackoffMs } : {}),
      });
    consumers.push(await consumer('ORGANISATION', organisationEventHandlers(deps)));
    consumers.push(await consumer('TRAINING', trainingMilestoneHandlers(deps)));
    consumers.push(await consumer('ADMISSION', admissionMilestoneHandlers(deps)));

    if (options.serveGraphql !== false) {
      const { schema } = await buildSourcingSubgraph();
      server = await startSubgraphServer<Omit<SourcingContext, 'identity' | 'requestId' | 'logger'>>({
        service: SERVICE_NAME,
        host: config.HOST,
        port: config.PORT,
        schema,
        logger,
        metrics,
        internalAuthSecret: config.INTERNAL_AUTH_SECRET,
        development: config.NODE_ENV === 'development',
        bodyLimit: config.BODY_LIMIT,
        readinessChecks: [
          { name: 'postgres', check: async () => void (await orm.em.fork().getConnection().execute('select 1')) },
          natsReadinessCheck(nc),
        ],
        createContext: ({ identity, requestId }) => {
          const em = orm.em.fork();
          const caller = identity ? callerFromIdentity(identity, requestId) : null;
          const actor: Actor = caller ? caller.actor : { kind: 'SYSTEM', id: 'anonymous', role: null };
          return {
            em,
            loaders: createLoaders(em, identity),
            events: deps.events,
            clock,
            actor,
            caller,
            // The audit trail writes on its own connection, outside any transaction of the
            // request, so a recorded read stays recorded.
            audit: caller ? new AuditTrail(orm.em.fork(), deps, caller) : null,
            services: createServices(em, deps),
            scopes: new SourcingScopes(em),
          };
        },
      });
    }
  } catch (error) {
    await Promise.allSettled([...consumers.map((c) => c.stop()), relay?.stop()]);
    await nc.close();
    await orm.close();
    throw error;
  }

  const running = relay;
  return {
    url: server?.url ?? '',
    orm,
    logger,
    relay: running,
    deps,
    async stop() {
      await server?.stop();
      await Promise.allSettled(consumers.map((consumer) => consumer.stop()));
      await running.stop();
      await nc.drain();
      await orm.close();
    },
  };
}
