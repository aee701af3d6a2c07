import { Migration } from '@pdv/persistence';

// The defaults of DOMAIN.md as they were when this migration was written (literal, so the
// migration never changes when code does): the table starts as the policy the rules had.
const DEFAULTS: [string, unknown][] = [
  ['minimumEducationLevel', 'LOWER_SECONDARY'],
  ['educationExceptions', []],
  ['youthAgeMaxYears', 30],
  ['competentCommitteeRole', 'WARD_STANDING_COMMITTEE'],
  ['dueSoonWorkingDays', 5],
  ['decisionWorkingDays', 60],
  ['decisionExtensionMaxWorkingDays', 30],
  ['ceremonyWorkingDays', 30],
  ['memberHistoryWorkingDays', 30],
  ['recognitionMeetingWorkingDays', 30],
  ['recognitionDecisionWorkingDays', 30],
  ['recognitionDecisionExtensionMaxWorkingDays', 30],
];

/** The board's admission policy table, seeded with the defaults, and the history of its changes. Never edited once committed. */
export class Migration20261203005000AdmissionPolicy extends Migration {
  override up(): void {
    this.addSql(`create table "admission_policy_setting" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null, "updated_by" text not null, constraint "admission_policy_setting_pkey" primary key ("key"));`);
    this.addSql(`create table "admission_policy_change" ("id" uuid not null, "key" text not null, "previous_value" jsonb not null, "value" jsonb not null, "reason" text not null, "changed_at" timestamptz not null, "changed_by" text not null, "changed_by_role" text null, constraint "admission_policy_change_pkey" primary key ("id"));`);
    for (const [key, value] of DEFAULTS) {
      this.addSql(`insert into "admission_policy_setting" ("key", "value", "updated_at", "updated_by") values ('${key}', '${JSON.stringify(value)}'::jsonb, now(), 'migration');`);
    }
  }
}
