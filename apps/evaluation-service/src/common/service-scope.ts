import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';

/** What a service class needs for one request: its unit of work, the caller and the time. */
export interface ServiceScope {
  em: EntityManager;
  identity: Identity | null;
  actor: Actor;
  clock: Clock;
  events: EventRecorder;
  logger: Logger;
}
