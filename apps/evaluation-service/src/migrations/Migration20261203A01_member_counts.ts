import { Migration } from '@pdv/persistence';

/**
 * The start-of-year member counts the 3% rule needs (counted_member, unit_member_count), kept
 * from the organisation service's member events. Never edited once committed: a change is a
 * new migration.
 */
export class Migration20261203A01MemberCounts extends Migration {
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
  }
}
