import { EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { organisationReadModelHandlers } from '@pdv/organisation-read-model';
import { createLogger, type Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
import type { AdmissionConfig } from './config';
import type { AdmissionContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { sourcingFactsHandlers, trainingFactsHandlers } from './candidate-facts/candidate-facts.handler';
import { withAdmittedMembers } from './recognition/admitted-member.handler';
import { withMemberStandingHistory } from './organisation/member-standing.handler';
import { sweepOverdueDeadlines } from './deadline/deadline.service';
import { buildAdmissionSubgraph } from './schema';
import { SERVICE_NAME } from './service-name';
import { createRequestScope } from './services';

export { SERVICE_NAME };

export interface AdmissionService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  /** Publishes pending outbox rows now (tests; the relay also runs by itself). */
  relay: OutboxRelay;
  /** Announces the deadlines found overdue since the last sweep (it also runs by itself); returns how many. */
  sweepOverdueDeadlines(): Promise<number>;
  stop(): Promise<void>;
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** Fallback polling of the outbox relay (NOTIFY wakes it at once anyway). */
  relayPollMs?: number;
  /** Consumer redelivery delays; tests shorten them. */
  consumerBackoffMs?: number[];
  /** How often the overdue sweep runs; 0 turns it off (tests sweep by hand). */
  overdueSweepMs?: number;
}

/** Deadlines fall due by the day: a sweep every ten minutes announces one within minutes of the day it is late. */
const DEFAULT_OVERDUE_SWEEP_MS = 10 * 60_000;

/**
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, consumers) and the
 * subgraph server. main.ts calls it; integration tests call it with their own database,
 * event namespace and port 0.
 */
export async function startAdmissionService(config: AdmissionConfig, options: StartOptions = {}): Promise<AdmissionService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  const runtime = await startServiceRuntime<AdmissionContext>({
    service: SERVICE_NAME,
    config,
    logger,
    entities,
    migrations,
    relayPollMs: options.relayPollMs,
    consumerBackoffMs: options.consumerBackoffMs,
    // The organisation tree, kept from the organisation service's facts (cell secretaries' scopes).
    // Other services' facts arrive here too, one consumer per stream (tools/ADDING-A-SERVICE.md).
    consumers: [
      { stream: 'ORGANISATION', handlers: withMemberStandingHistory(withAdmittedMembers(organisationReadModelHandlers())) },
      // Candidates (their cell) from sourcing, certificates from training: ids and dates only.
      { stream: 'SOURCING', handlers: sourcingFactsHandlers(events) },
      { stream: 'TRAINING', handlers: trainingFactsHandlers() },
    ],
    graphql: {
      buildSchema: buildAdmissionSubgraph,
      createContext: ({ identity, requestId, logger: requestLogger }, orm) =>
        createRequestScope({ em: orm.em.fork(), identity, requestId, logger: requestLogger, events, clock }),
    },
  });
  const sweep = () => sweepOverdueDeadlines(runtime.orm.em.fork(), { clock, events });
  const sweepMs = options.overdueSweepMs ?? DEFAULT_OVERDUE_SWEEP_MS;
  const timer =
    sweepMs > 0
      ? setInterval(() => {
          sweep().catch((error: unknown) => logger.error({ err: error }, 'overdue deadline sweep failed; the next one retries'));
        }, sweepMs)
      : null;
  timer?.unref();
  return {
    url: runtime.url,
    orm: runtime.orm,
    logger,
    relay: runtime.relay,
    sweepOverdueDeadlines: sweep,
    async stop() {
      if (timer) clearInterval(timer);
      await runtime.stop();
    },
  };
}
