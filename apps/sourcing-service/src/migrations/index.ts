import { messagingMigration } from '@pdv/messaging';
import { personalDataAuditMigration } from '@pdv/personal-data';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261128000200Sourcing } from './Migration20261128000200_sourcing';
import { Migration20261201000000CellReassignment } from './Migration20261201000000_cell_reassignment';
import { Migration20261202000100PersonalDataAuditRows } from './Migration20261202000100_personal_data_audit_rows';
import { Migration20261202000200OrganisationReadModel } from './Migration20261202000200_organisation_read_model';
import { Migration20261202000300TrainingPlaces } from './Migration20261202000300_training_places';
import { Migration20261203000100ReferralImportContent } from './Migration20261203000100_referral_import_content';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  { name: 'Migration20261128000200_sourcing', class: Migration20261128000200Sourcing },
  { name: 'Migration20261201000000_cell_reassignment', class: Migration20261201000000CellReassignment },
  personalDataAuditMigration,
  { name: 'Migration20261202000100_personal_data_audit_rows', class: Migration20261202000100PersonalDataAuditRows },
  { name: 'Migration20261202000200_organisation_read_model', class: Migration20261202000200OrganisationReadModel },
  { name: 'Migration20261202000300_training_places', class: Migration20261202000300TrainingPlaces },
  { name: 'Migration20261203000100_referral_import_content', class: Migration20261203000100ReferralImportContent },
];
