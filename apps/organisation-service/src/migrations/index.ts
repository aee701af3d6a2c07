import { messagingMigration } from '@pdv/messaging';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261128000100OrganisationTree } from './Migration20261128000100_organisation_tree';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  { name: 'Migration20261128000100_organisation_tree', class: Migration20261128000100OrganisationTree },
];
