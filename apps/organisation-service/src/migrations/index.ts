import { messagingMigration } from '@pdv/messaging';
import { personalDataAuditMigration } from '@pdv/personal-data';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261128000100OrganisationTree } from './Migration20261128000100_organisation_tree';
import { Migration20261128000200TargetExemption } from './Migration20261128000200_target_exemption';
import { Migration20261128000300PartyMember } from './Migration20261128000300_party_member';
import { Migration20261128000400Supervision } from './Migration20261128000400_supervision';
import { Migration20261128000500AuditAndPolicy } from './Migration20261128000500_audit_and_policy';
import { Migration20261202000100PersonalDataAuditRows } from './Migration20261202000100_personal_data_audit_rows';
import { Migration20261202000200OrganisationClosure } from './Migration20261202000200_organisation_closure';
import { Migration20261204000100MemberCountSteps } from './Migration20261204000100_member_count_steps';
import { Migration20261204000200OrganisationListIndexes } from './Migration20261204000200_organisation_list_indexes';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  { name: 'Migration20261128000100_organisation_tree', class: Migration20261128000100OrganisationTree },
  { name: 'Migration20261128000200_target_exemption', class: Migration20261128000200TargetExemption },
  { name: 'Migration20261128000300_party_member', class: Migration20261128000300PartyMember },
  { name: 'Migration20261128000400_supervision', class: Migration20261128000400Supervision },
  { name: 'Migration20261128000500_audit_and_policy', class: Migration20261128000500AuditAndPolicy },
  personalDataAuditMigration,
  { name: 'Migration20261202000100_personal_data_audit_rows', class: Migration20261202000100PersonalDataAuditRows },
  { name: 'Migration20261202000200_organisation_closure', class: Migration20261202000200OrganisationClosure },
  { name: 'Migration20261204000100_member_count_steps', class: Migration20261204000100MemberCountSteps },
  { name: 'Migration20261204000200_organisation_list_indexes', class: Migration20261204000200OrganisationListIndexes },
];
