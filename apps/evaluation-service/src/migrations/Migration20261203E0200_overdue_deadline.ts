import { Migration } from '@pdv/persistence';

/**
 * The admission service's overdue deadlines and the day each was resolved: the frozen period
 * reports list the dossiers overdue on their last day from it (the dashboard asks the
 * admission service live). Ids and dates only. Never edited once committed: a change is a new
 * migration.
 */
export class Migration20261203E0200OverdueDeadline extends Migration {
  override up(): void {
    this.addSql(`create table "overdue_deadline" (
      "dossier_id" uuid not null,
      "deadline" text not null,
      "organisation_id" uuid not null,
      "due_on" date not null,
      "found_on" date not null,
      "resolved_on" date null,
      constraint "overdue_deadline_pkey" primary key ("dossier_id", "deadline")
    );`);
    this.addSql('create index "overdue_deadline_organisation_idx" on "overdue_deadline" ("organisation_id");');
  }
}
