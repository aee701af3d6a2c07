import { messagingMigration } from '@pdv/messaging';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261128000200Sourcing } from './Migration20261128000200_sourcing';
import { Migration20261201000000CellReassignment } from './Migration20261201000000_cell_reassignment';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  { name: 'Migration20261128000200_sourcing', class: Migration20261128000200Sourcing },
  { name: 'Migration20261201000000_cell_reassignment', class: Migration20261201000000CellReassignment },
];
