import { messagingEntities } from '@pdv/messaging';
import { organisationReadModelEntities } from '@pdv/organisation-read-model';
import type { EntitySchema } from '@pdv/persistence';
import { EvaluationItemEntity } from './evaluation-item/evaluation-item.entity';

/** Every table this service maps; the migrations create exactly these (checked by a test). */
export const entities: EntitySchema[] = [...messagingEntities, ...organisationReadModelEntities, EvaluationItemEntity] as EntitySchema[];
