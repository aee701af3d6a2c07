import { messagingMigration } from '@pdv/messaging';
import { organisationReadModelMigration } from '@pdv/organisation-read-model';
import type { MigrationObject } from '@pdv/persistence';
import { Migration20261202000100EvaluationItem } from './Migration20261202000100_evaluation_item';
import { Migration20261202000200TargetsAndProgress } from './Migration20261202000200_targets_and_progress';
import { Migration20261202000300DropEvaluationItem } from './Migration20261202000300_drop_evaluation_item';
import { Migration20261203A01MemberCounts } from './Migration20261203A01_member_counts';
import { Migration20261203A03ReportsAndReadModelVersion } from './Migration20261203A03_reports_and_read_model_version';
import { Migration20261203B0100RatingsAndSupervision } from './Migration20261203B0100_ratings_and_supervision';
import { Migration20261203E0100ProgressFactLog } from './Migration20261203E0100_progress_fact_log';
import { Migration20261203E0200OverdueDeadline } from './Migration20261203E0200_overdue_deadline';

/** Every committed migration, in order. Listed explicitly so the bundled build finds them. */
export const migrations: MigrationObject[] = [messagingMigration, organisationReadModelMigration, { name: 'Migration20261202000100_evaluation_item', class: Migration20261202000100EvaluationItem },
  { name: 'Migration20261202000200_targets_and_progress', class: Migration20261202000200TargetsAndProgress },
  { name: 'Migration20261202000300_drop_evaluation_item', class: Migration20261202000300DropEvaluationItem },
  { name: 'Migration20261203A01_member_counts', class: Migration20261203A01MemberCounts },
  { name: 'Migration20261203A03_reports_and_read_model_version', class: Migration20261203A03ReportsAndReadModelVersion },
  { name: 'Migration20261203B0100_ratings_and_supervision', class: Migration20261203B0100RatingsAndSupervision },
  { name: 'Migration20261203E0100_progress_fact_log', class: Migration20261203E0100ProgressFactLog },
  { name: 'Migration20261203E0200_overdue_deadline', class: Migration20261203E0200OverdueDeadline },
];
