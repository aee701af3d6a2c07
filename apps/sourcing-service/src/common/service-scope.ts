import { AppError } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import type { EventRecorder } from '@pdv/messaging';
import type { Clock } from '@pdv/service-kit';
import type { Caller } from './caller';
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
 * entity manager, the service's dependencies and the acting caller.
 */
export interface ServiceScope {
  em: EntityManager;
  deps: SourcingDeps;
  /** The verified caller; null for an anonymous request or a unit of work acting for no one (a message). */
  caller: Caller | null;
}

/** The scope's caller, for an operation that needs one; UNAUTHENTICATED when there is none. */
export function requireCaller(scope: Pick<ServiceScope, 'caller'>): Caller {
  if (!scope.caller) throw AppError.unauthenticated();
  return scope.caller;
}
