import { messagingMigration } from '@pdv/messaging';
import { organisationReadModelMigration } from '@pdv/organisation-read-model';
import { personalDataAuditMigration } from '@pdv/personal-data';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261202000100AdmissionItem } from './Migration20261202000100_admission_item';
import { Migration20261202001000CandidateFacts } from './Migration20261202001000_candidate_facts';
import { Migration20261202002000Dossier } from './Migration20261202002000_dossier';
import { Migration20261202003000DropAdmissionItem } from './Migration20261202003000_drop_admission_item';
import { Migration20261202004000DossierIntroduction } from './Migration20261202004000_dossier_introduction';
import { Migration20261202005000PersonalHistory } from './Migration20261202005000_personal_history';
import { Migration20261202006000BackgroundVerification } from './Migration20261202006000_background_verification';
import { Migration20261202007000CellResolution } from './Migration20261202007000_cell_resolution';
import { Migration20261202008000DecisionAndCeremony } from './Migration20261202008000_decision_and_ceremony';
import { Migration20261202009000DossierClosure } from './Migration20261202009000_dossier_closure';
import { Migration20261203001000Recognition } from './Migration20261203001000_recognition';
import { Migration20261203002000CalendarAndDeadlines } from './Migration20261203002000_calendar_and_deadlines';
import { Migration20261203003000GrassrootsResolution } from './Migration20261203003000_grassroots_resolution';
import { Migration20261203004000CertificateInvalidation } from './Migration20261203004000_certificate_invalidation';
import { Migration20261203005000AdmissionPolicy } from './Migration20261203005000_admission_policy';
import { Migration20261203006000MemberHistory } from './Migration20261203006000_member_history';
import { Migration20261203007000CertificateInvalidatedAfterVote } from './Migration20261203007000_certificate_invalidated_after_vote';
import { Migration20261203008000MemberStandingHistory } from './Migration20261203008000_member_standing_history';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [
  messagingMigration,
  organisationReadModelMigration,
  { name: 'Migration20261202000100_admission_item', class: Migration20261202000100AdmissionItem },
  { name: 'Migration20261202001000_candidate_facts', class: Migration20261202001000CandidateFacts },
  { name: 'Migration20261202002000_dossier', class: Migration20261202002000Dossier },
  { name: 'Migration20261202003000_drop_admission_item', class: Migration20261202003000DropAdmissionItem },
  { name: 'Migration20261202004000_dossier_introduction', class: Migration20261202004000DossierIntroduction },
  personalDataAuditMigration,
  { name: 'Migration20261202005000_personal_history', class: Migration20261202005000PersonalHistory },
  { name: 'Migration20261202006000_background_verification', class: Migration20261202006000BackgroundVerification },
  { name: 'Migration20261202007000_cell_resolution', class: Migration20261202007000CellResolution },
  { name: 'Migration20261202008000_decision_and_ceremony', class: Migration20261202008000DecisionAndCeremony },
  { name: 'Migration20261202009000_dossier_closure', class: Migration20261202009000DossierClosure },
  { name: 'Migration20261203001000_recognition', class: Migration20261203001000Recognition },
  { name: 'Migration20261203002000_calendar_and_deadlines', class: Migration20261203002000CalendarAndDeadlines },
  { name: 'Migration20261203003000_grassroots_resolution', class: Migration20261203003000GrassrootsResolution },
  { name: 'Migration20261203004000_certificate_invalidation', class: Migration20261203004000CertificateInvalidation },
  { name: 'Migration20261203005000_admission_policy', class: Migration20261203005000AdmissionPolicy },
  { name: 'Migration20261203006000_member_history', class: Migration20261203006000MemberHistory },
  { name: 'Migration20261203007000_certificate_invalidated_after_vote', class: Migration20261203007000CertificateInvalidatedAfterVote },
  { name: 'Migration20261203008000_member_standing_history', class: Migration20261203008000MemberStandingHistory },
];
