import { messagingMigration } from '@pdv/messaging';
import { organisationReadModelMigration } from '@pdv/organisation-read-model';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261202001000Training } from './Migration20261202001000_training';
import { Migration20261202000100TrainingItem } from './Migration20261202000100_training_item';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration, organisationReadModelMigration, { name: 'Migration20261202000100_training_item', class: Migration20261202000100TrainingItem },
  { name: 'Migration20261202001000_training', class: Migration20261202001000Training },
];
