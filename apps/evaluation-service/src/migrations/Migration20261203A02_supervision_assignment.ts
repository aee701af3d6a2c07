import { Migration } from '@pdv/persistence';

/**
 * The organisation service's supervision assignments, as the dashboard names each unit's
 * supervising committee member. Never edited once committed: a change is a new migration.
 */
export class Migration20261203A02SupervisionAssignment extends Migration {
  override up(): void {
    this.addSql(`create table "supervision_assignment" (
      "assignment_id" uuid not null,
      "committee_member_id" uuid not null,
      "organisation_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "last_event_at" timestamptz not null,
      constraint "supervision_assignment_pkey" primary key ("assignment_id")
    );`);
    this.addSql('create index "supervision_assignment_organisation_idx" on "supervision_assignment" ("organisation_id");');
    this.addSql('create index "supervision_assignment_member_idx" on "supervision_assignment" ("committee_member_id");');
  }
}
