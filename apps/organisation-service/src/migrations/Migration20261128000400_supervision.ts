import { Migration } from '@pdv/persistence';

/** Committee members' supervision assignments. */
export class Migration20261128000400Supervision extends Migration {
  override up(): void {
    this.addSql(`create table "supervision_assignment" (
      "id" uuid not null,
      "committee_member_id" uuid not null,
      "organisation_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "note" text null,
      "assigned_at" timestamptz not null,
      "assigned_by" text not null,
      "assigned_by_role" text null,
      "ended_at" timestamptz null,
      "ended_by" text null,
      "ended_by_role" text null,
      constraint "supervision_assignment_pkey" primary key ("id")
    );`);
    this.addSql('create index "supervision_assignment_member_idx" on "supervision_assignment" ("committee_member_id");');
    this.addSql('create index "supervision_assignment_organisation_idx" on "supervision_assignment" ("organisation_id");');
  }
}
