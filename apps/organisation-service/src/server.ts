import { EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { createLogger, type Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
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
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, the admission
 * consumer) and the subgraph server. main.ts calls it; integration tests call it with their
 * own database, event namespace and port 0.
 */
export async function startOrganisationService(config: OrganisationConfig, options: StartOptions = {}): Promise<OrganisationService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  const runtime = await startServiceRuntime<Omit<OrganisationContext, 'identity' | 'requestId' | 'logger'>>({
    service: SERVICE_NAME,
    config,
    logger,
    entities,
    migrations,
    relayPollMs: options.relayPollMs,
    consumerBackoffMs: options.consumerBackoffMs,
    consumers: [{ stream: 'ADMISSION', handlers: admissionOutcomeHandlers({ events, clock }) }],
    graphql: {
      buildSchema: buildOrganisationSubgraph,
      createContext: ({ identity, requestId, logger: requestLogger }, orm) => {
        const em = orm.em.fork();
        return { em, events, clock, ...createRequestScope({ em, identity, requestId, logger: requestLogger, events, clock }) };
      },
    },
  });
  return { url: runtime.url, orm: runtime.orm, logger, relay: runtime.relay, stop: runtime.stop };
}
