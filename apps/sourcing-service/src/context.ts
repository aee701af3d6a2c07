import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { PersonalDataReader } from '@pdv/personal-data';
import type { Clock } from '@pdv/service-kit';
import type { Caller } from './common/caller';
import type { SourcingLoaders } from './loaders';
import type { SourcingServices } from './services';
import type { SourcingScopes } from './mass-organisation/mass-organisation.scopes';

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
  /** Shows personal fields as the policy allows and records each read; null for an anonymous request. */
  personalData: PersonalDataReader | null;
}
