import type { StreamName } from '@pdv/contracts';
import { type EventHandler, EventRecorder, type OutboxRelay } from '@pdv/messaging';
import { organisationReadModelHandlers } from '@pdv/organisation-read-model';
import { createLogger, type Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { type Clock, startServiceRuntime, systemClock } from '@pdv/service-kit';
import type { EvaluationConfig } from './config';
import type { EvaluationContext } from './context';
import { entities } from './entities';
import { migrations } from './migrations';
import { bumpingReadModelVersion, EvaluationCache } from './dashboard/read-model-version';
import type { WardView } from './dashboard/ward-evaluation.service';
import { memberCountHooks } from './progress/member-count.handlers';
import { admissionProgressHandlers, sourcingProgressHandlers, trainingProgressHandlers } from './progress/progress.handlers';
import { overdueDeadlineHandlers } from './report/overdue-deadline.handlers';
import { supervisionHandlers } from './supervision-review/supervision.handlers';
import { exemptionHandlers, quotaHandlers } from './target/target.handlers';
import { buildEvaluationSubgraph } from './schema';
import { SERVICE_NAME } from './service-name';
import { createRequestScope } from './services';

export { SERVICE_NAME };

export interface EvaluationService {
  url: string;
  orm: MikroORM;
  logger: Logger;
  /** Records events into the outbox (the demo seed writes through the services with it). */
  events: EventRecorder;
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
 * What the service consumes, stream by stream (one consumer per stream,
 * tools/ADDING-A-SERVICE.md): the organisation tree (cell secretaries' scopes, the units' paths
 * to the ward), the exemptions, the start-of-year member counts and the supervision
 * assignments; then every fact that moves a candidate through the funnel, the quotas, and the
 * admission service's overdue deadlines (the reports' overdue dossiers). Every
 * event applied bumps the read model's version, which the dashboard's cache is keyed by. The
 * rebuild (src/rebuild) replays the same handlers.
 */
export function evaluationConsumers(): { stream: StreamName; handlers: EventHandler<unknown>[] }[] {
  return [
    { stream: 'ORGANISATION', handlers: bumpingReadModelVersion([...organisationReadModelHandlers(memberCountHooks()), ...exemptionHandlers(), ...supervisionHandlers()]) },
    { stream: 'SOURCING', handlers: bumpingReadModelVersion([...sourcingProgressHandlers(), ...quotaHandlers()]) },
    { stream: 'TRAINING', handlers: bumpingReadModelVersion(trainingProgressHandlers()) },
    { stream: 'ADMISSION', handlers: bumpingReadModelVersion([...admissionProgressHandlers(), ...overdueDeadlineHandlers()]) },
  ];
}

/**
 * Builds and starts the whole service: ORM, NATS (streams, outbox relay, consumers) and the
 * subgraph server. main.ts calls it; integration tests call it with their own database,
 * event namespace and port 0.
 */
export async function startEvaluationService(config: EvaluationConfig, options: StartOptions = {}): Promise<EvaluationService> {
  const logger = options.logger ?? createLogger(SERVICE_NAME, config.LOG_LEVEL);
  const clock = options.clock ?? systemClock;
  const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
  const evaluationCache = new EvaluationCache<WardView>();
  const runtime = await startServiceRuntime<EvaluationContext>({
    service: SERVICE_NAME,
    config,
    logger,
    entities,
    migrations,
    relayPollMs: options.relayPollMs,
    consumerBackoffMs: options.consumerBackoffMs,
    consumers: evaluationConsumers(),
    graphql: {
      buildSchema: buildEvaluationSubgraph,
      createContext: ({ identity, requestId, logger: requestLogger }, orm) =>
        createRequestScope({ em: orm.em.fork(), identity, requestId, logger: requestLogger, events, clock, evaluationCache }),
    },
  });
  return { url: runtime.url, orm: runtime.orm, logger, events, relay: runtime.relay, stop: runtime.stop };
}
