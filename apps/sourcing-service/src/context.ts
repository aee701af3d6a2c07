import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { AuditTrail } from './audit/audit-trail';
import type { Caller } from './common/caller';
import type { SourcingLoaders } from './loaders';
import type { SourcingServices } from './services';
import type { SourcingScopes } from './shared/scopes';

/** Everything a resolver of this service can use for one request. */
export interface SourcingContext extends RequestContextBase {
  /** This request's own unit of work (forked from the ORM). */
  em: EntityManager;
  logger: Logger;
  loaders: SourcingLoaders;
  events: EventRecorder;
  clock: Clock;
  /** The caller as an event actor (opaque id and role, never a name). */
  actor: Actor;
  scopes: SourcingScopes;
  services: SourcingServices;
  /** The verified caller; null only for an anonymous request (which @Allow refuses). */
  caller: Caller | null;
  /** Records reads of personal data; null for an anonymous request. */
  audit: AuditTrail | null;
}
