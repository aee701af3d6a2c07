import { Migration } from '@pdv/persistence';

/**
 * Probation to official recognition (steps 8–11): the cell's recognition vote sits beside its
 * admission vote (`purpose`), with the papers it was taken on; the decision keeps the day the
 * cell received it (the ceremony's 30 working days run from it); the one extension of a
 * committee's deadline; the recognition decision or the removal of the name; and which member
 * the organisation service registered for each admitted candidate (the new-member course
 * certificate is issued to the member). Never edited once committed.
 */
export class Migration20261203001000Recognition extends Migration {
  override up(): void {
    this.addSql(`alter table "cell_resolution" add column "purpose" text not null default 'ADMISSION', add column "recognition_papers" jsonb null;`);
    this.addSql('alter table "cell_resolution" alter column "purpose" drop default;');
    this.addSql('alter table "admission_decision" add column "received_on" date null;');
    this.addSql('update "admission_decision" set "received_on" = "decision_date";');
    this.addSql('alter table "admission_decision" alter column "received_on" set not null;');
    this.addSql(`create table "deadline_extension" (
      "dossier_id" uuid not null,
      "kind" text not null,
      "working_days" int not null,
      "reason" text not null,
      "requested_on" date not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "deadline_extension_pkey" primary key ("dossier_id", "kind")
    );`);
    this.addSql(`create table "official_recognition" (
      "dossier_id" uuid not null,
      "outcome" text not null,
      "decision_number" text not null,
      "decision_date" date not null,
      "official_from" date null,
      "name_removed_on" date null,
      "reason" text null,
      "late" boolean not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "official_recognition_pkey" primary key ("dossier_id")
    );`);
    this.addSql(`create table "admitted_member" (
      "candidate_id" uuid not null,
      "member_id" uuid not null,
      "registered_at" timestamptz not null,
      constraint "admitted_member_pkey" primary key ("candidate_id")
    );`);
    this.addSql('create unique index "admitted_member_member_unique" on "admitted_member" ("member_id");');
  }
}
