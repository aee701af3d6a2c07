import { EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { organisationReadModelHandlers } from '@pdv/organisation-read-model';
import { createLogger, type Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
import type { TrainingConfig } from './config';
import type { TrainingContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { candidateReadModelHandlers } from './candidate/candidate-events.handler';
import { buildTrainingSubgraph } from './schema';
import { SERVICE_NAME } from './service-name';
import { createRequestScope } from './services';

export { SERVICE_NAME };

export interface TrainingService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  /** Publishes pending outbox rows now (tests; the relay also runs by itself). */
  relay: OutboxRelay;
  /** Records events in the outbox (the seed builds request scopes with it). */
  events: EventRecorder;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Fallback polling of the outbox relay (NOTIFY wakes it at once anyway). */
  relayPollMs?: number;
  /** Consumer redelivery delays; tests shorten them. */
  consumerBackoffMs?: number[];
  /** The seed runs the consumers and the relay but serves no GraphQL. */
  serveGraphql?: boolean;
}

/**
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, consumers) and the
 * subgraph server. main.ts calls it; integration tests call it with their own database,
 * event namespace and port 0.
 */
export async function startTrainingService(config: TrainingConfig, options: StartOptions = {}): Promise<TrainingService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  const candidates = candidateReadModelHandlers(events);
  const runtime = await startServiceRuntime<TrainingContext>({
    service: SERVICE_NAME,
    config,
    logger,
    entities,
    migrations,
    relayPollMs: options.relayPollMs,
    consumerBackoffMs: options.consumerBackoffMs,
    // The organisation tree, kept from the organisation service's facts (cell secretaries' scopes).
    // Other services' facts arrive here too, one consumer per stream (tools/ADDING-A-SERVICE.md).
    // Candidates' cell and stage, from the sourcing and admission services' facts (who may be nominated, by whom).
    consumers: [
      { stream: 'ORGANISATION', handlers: organisationReadModelHandlers() },
      { stream: 'SOURCING', handlers: candidates.sourcing },
      { stream: 'ADMISSION', handlers: candidates.admission },
    ],
    graphql:
      options.serveGraphql === false
        ? undefined
        : {
            buildSchema: buildTrainingSubgraph,
            createContext: ({ identity, requestId, logger: requestLogger }, orm) =>
              createRequestScope({ em: orm.em.fork(), identity, requestId, logger: requestLogger, events, clock }),
          },
  });
  return { url: runtime.url, orm: runtime.orm, logger, relay: runtime.relay, events, stop: runtime.stop };
}
