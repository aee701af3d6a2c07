import type { EntityManager } from '@pdv/persistence';
import type { EventRecorder } from '@pdv/messaging';
import type { Clock } from '@pdv/service-kit';
import type { IdFactory } from './ids';

/** What every service class needs besides its unit of work. */
export interface SourcingDeps {
  events: EventRecorder;
  clock: Clock;
  newId: IdFactory;
  limits: ImportLimits;
  /** The envelope `source` and the subject namespace, for the bulk outbox writer. */
  serviceName: string;
  eventNamespace: string;
}

export interface ImportLimits {
  maxRows: number;
  maxFileBytes: number;
}

/**
 * What a service class needs for one unit of work (a request, a message, a seed step): its
 * entity manager and the service's dependencies. The caller is passed to each operation.
 */
export interface ServiceScope {
  em: EntityManager;
  deps: SourcingDeps;
}
