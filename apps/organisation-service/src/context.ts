import type { Actor } from '@pdv/contracts';
import type { RequestContextBase } from '@pdv/graphql';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { EntityManager } from '@pdv/persistence';
import type { PersonalDataReader } from '@pdv/personal-data';
import type { Clock } from '@pdv/service-kit';
import type { OrganisationLoaders } from './loaders';
import type { OrganisationScopes } from './organisation/organisation.scopes';
import type { OrganisationServices } from './services';

/** Everything a resolver of this service can use for one request. */
export interface OrganisationContext extends RequestContextBase {
  /** This request's own unit of work (forked from the ORM). */
  em: EntityManager;
  logger: Logger;
  loaders: OrganisationLoaders;
  events: EventRecorder;
  clock: Clock;
  /** The caller as an event actor (opaque id and role, never a name). */
  actor: Actor;
  scopes: OrganisationScopes;
  services: OrganisationServices;
  personalData: PersonalDataReader;
}
