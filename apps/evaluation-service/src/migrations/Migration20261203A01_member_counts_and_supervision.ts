import { Migration } from '@pdv/persistence';

/**
 * The start-of-year member counts the 3% rule needs (counted_member, unit_member_count) and
 * the supervision assignments the dashboard names, both kept from the organisation service's
 * events. Never edited once committed: a change is a new migration.
 */
export class Migration20261203A01MemberCountsAndSupervision extends Migration {
  override up(): void {
    this.addSql(`create table "counted_member" (
      "member_id" uuid not null,
      "organisation_id" uuid null,
      constraint "counted_member_pkey" primary key ("member_id")
    );`);
    this.addSql(`create table "unit_member_count" (
      "organisation_id" uuid not null,
      "year" int not null,
      "members" int not null,
      constraint "unit_member_count_pkey" primary key ("organisation_id", "year")
    );`);
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
