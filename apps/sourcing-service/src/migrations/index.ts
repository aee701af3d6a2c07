import { messagingMigration } from '@pdv/messaging';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261128000200Sourcing } from './Migration20261128000200_sourcing';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  { name: 'Migration20261128000200_sourcing', class: Migration20261128000200Sourcing },
];
