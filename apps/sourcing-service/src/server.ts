import type { Actor } from '@pdv/contracts';
import { EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { createLogger, type Logger } from '@pdv/observability';
import { organisationReadModelHandlers } from '@pdv/organisation-read-model';
import type { MikroORM } from '@pdv/persistence';
import { auditActorOf, PersonalDataAuditTrail, PersonalDataReader } from '@pdv/personal-data';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
import { admissionMilestoneHandlers, trainingMilestoneHandlers } from './candidate/candidate-milestones.handler';
import { candidateReactionsToOrganisationChanges } from './candidate/organisation-changes.handler';
import type { SourcingConfig } from './config';
import type { SourcingContext } from './context';
import { entities } from './entities';
import { createLoaders } from './loaders';
import { SourcingScopes } from './mass-organisation/mass-organisation.scopes';
import { migrations } from './migrations';
import { buildSourcingSubgraph } from './schema';
import { createServices } from './services';
import { callerFromIdentity } from './shared/caller';
import type { SourcingDeps } from './shared/deps';
import { type IdFactory, randomIds } from './shared/ids';

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
                personalData: caller
                  ? new PersonalDataReader(caller.identity, new PersonalDataAuditTrail(orm.em.fork(), auditActorOf(caller), deps.clock, deps.newId), new SourcingScopes(em))
                  : null,
                services: createServices(em, deps),
                scopes: new SourcingScopes(em),
              };
            },
          },
  });
  return { url: runtime.url, orm: runtime.orm, logger, relay: runtime.relay, deps, stop: runtime.stop };
}
