import { Migration } from '@pdv/persistence';

/** The new member's history recorded as completed (ADMISSION.MEMBER_HISTORY_DEADLINE), one per dossier. Never edited once committed. */
export class Migration20261203006000MemberHistory extends Migration {
  override up(): void {
    this.addSql(`create table "admission_member_history" ("dossier_id" uuid not null, "completed_on" date not null, "working_days_after_ceremony" int not null, "late" boolean not null, "recorded_at" timestamptz not null, "recorded_by" text not null, "recorded_by_role" text null, constraint "admission_member_history_pkey" primary key ("dossier_id"));`);
  }
}
