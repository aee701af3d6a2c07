import { organisationReadModelHandlers } from '@pdv/organisation-read-model';
import { EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { createLogger, type Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
import { admissionMilestoneHandlers, trainingMilestoneHandlers } from './candidate/candidate-milestones.handler';
import type { SourcingConfig } from './config';
import type { SourcingContext } from './context';
import { candidateReactionsToOrganisationChanges } from './candidate/organisation-changes.handler';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildSourcingSubgraph } from './schema';
import { createRequestScope } from './services';
import type { SourcingDeps } from './common/service-scope';
import { type IdFactory, randomIds } from './common/ids';

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
  const runtime = await startServiceRuntime<Omit<SourcingContext, 'identity' | 'requestId' | 'logger'>>({
    service: SERVICE_NAME,
    config,
    logger,
    entities,
    migrations,
    relayPollMs: options.relayPollMs ?? config.OUTBOX_POLL_MS,
    consumerBackoffMs: options.consumerBackoffMs,
    consumers: [
      { stream: 'ORGANISATION', handlers: organisationReadModelHandlers(candidateReactionsToOrganisationChanges(deps)) },
      { stream: 'TRAINING', handlers: trainingMilestoneHandlers(deps) },
      { stream: 'ADMISSION', handlers: admissionMilestoneHandlers(deps) },
    ],
    graphql:
      options.serveGraphql === false
        ? undefined
        : {
            buildSchema: buildSourcingSubgraph,
            bodyLimit: config.BODY_LIMIT,
            createContext: ({ identity, requestId }, orm) => {
              const em = orm.em.fork();
              return { em, events: deps.events, clock, ...createRequestScope({ em, auditEm: orm.em.fork(), identity, requestId, deps }) };
            },
          },
  });
  return { url: runtime.url, orm: runtime.orm, logger, relay: runtime.relay, deps, stop: runtime.stop };
}
