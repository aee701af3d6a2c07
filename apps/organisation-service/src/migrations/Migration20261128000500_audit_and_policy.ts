import { Migration } from '@pdv/persistence';

/** The personal-data audit log, and the ward's configurable policy values with their defaults. */
export class Migration20261128000500AuditAndPolicy extends Migration {
  override up(): void {
    this.addSql(`create table "audit_log" (
      "id" uuid not null,
      "occurred_at" timestamptz not null,
      "actor_id" text not null,
      "actor_role" text null,
      "request_id" text not null,
      "action" text not null,
      "subject_type" text not null,
      "subject_id" uuid not null,
      "field" text not null,
      constraint "audit_log_pkey" primary key ("id")
    );`);
    this.addSql('create index "audit_log_subject_idx" on "audit_log" ("subject_id");');
    this.addSql('create index "audit_log_actor_idx" on "audit_log" ("actor_id", "occurred_at");');

    this.addSql(`create table "organisation_policy" (
      "id" int not null,
      "max_future_days" int not null,
      "plan_first_year" int not null,
      "plan_last_year" int not null,
      "min_official_members_to_vote" int not null,
      "updated_at" timestamptz not null,
      "updated_by" text not null,
      "updated_by_role" text null,
      constraint "organisation_policy_pkey" primary key ("id")
    );`);
    // The defaults of DEFAULT_ORGANISATION_POLICY (DOMAIN.md); the committee may change them.
    this.addSql(`insert into "organisation_policy"
      ("id", "max_future_days", "plan_first_year", "plan_last_year", "min_official_members_to_vote", "updated_at", "updated_by", "updated_by_role")
      values (1, 0, 2025, 2030, 3, now(), 'migration', null);`);
  }
}
