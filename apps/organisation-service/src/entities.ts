import { InboxEventEntity, OutboxEventEntity } from '@pdv/messaging';
import type { EntitySchema } from '@pdv/persistence';
import { OrganisationEntity, OrganisationVersionEntity } from './organisation/organisation.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [
  OutboxEventEntity,
  InboxEventEntity,
  OrganisationEntity,
  OrganisationVersionEntity,
] as EntitySchema[];
