import { Migration } from '@pdv/persistence';

/**
 * Each member's standing from a day on, so the vote base is the roll on the meeting date;
 * the standings already held start it, from the beginning (they carry no date). Never edited
 * once committed.
 */
export class Migration20261203008000MemberStandingHistory extends Migration {
  override up(): void {
    this.addSql(`create table "member_standing_history" ("event_id" uuid not null, "member_id" uuid not null, "effective_on" date not null, "event_at" timestamptz not null, "organisation_id" uuid null, "status" text not null, "active" boolean not null, "temporarily_away" boolean not null, constraint "member_standing_history_pkey" primary key ("event_id"));`);
    this.addSql('create index "member_standing_history_member_idx" on "member_standing_history" ("member_id");');
    this.addSql('create index "member_standing_history_organisation_idx" on "member_standing_history" ("organisation_id");');
    this.addSql(`insert into "member_standing_history" ("event_id", "member_id", "effective_on", "event_at", "organisation_id", "status", "active", "temporarily_away")
      select md5('member_standing_history:' || id::text)::uuid, id, '-infinity'::date, last_event_at, organisation_id, status, active, temporarily_away from "member_read_model";`);
  }
}
