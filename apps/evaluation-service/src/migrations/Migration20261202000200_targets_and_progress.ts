import { Migration } from '@pdv/persistence';

/**
 * The plan's targets with their history, the organisation service's exemptions by year, and
 * the progress read model: counters per scope, source, period, stage and measure (so a
 * dashboard reads rows, never raw events) and each candidate's journey through the funnel.
 * Never edited once committed: a change is a new migration.
 */
export class Migration20261202000200TargetsAndProgress extends Migration {
  override up(): void {
    this.addSql(`create table "evaluation_target" (
      "kind" text not null,
      "year" int not null,
      "subject" text not null,
      "minimum" int not null,
      "upper" int null,
      "applies_to" jsonb not null,
      "updated_at" timestamptz not null,
      constraint "evaluation_target_pkey" primary key ("kind", "year", "subject")
    );`);
    this.addSql(`create table "evaluation_target_change" (
      "id" uuid not null,
      "kind" text not null,
      "year" int not null,
      "subject" text not null,
      "from" jsonb null,
      "to" jsonb not null,
      "changed_by" text not null,
      "changed_at" timestamptz not null,
      "reason" text not null,
      constraint "evaluation_target_change_pkey" primary key ("id")
    );`);
    this.addSql('create index "evaluation_target_change_target_idx" on "evaluation_target_change" ("kind", "year", "subject");');
    this.addSql(`create table "target_exemption" (
      "exemption_id" uuid not null,
      "organisation_id" uuid not null,
      "year" int not null,
      "reason" text not null,
      "revoked" boolean not null,
      "updated_at" timestamptz not null,
      constraint "target_exemption_pkey" primary key ("exemption_id")
    );`);
    this.addSql('create index "target_exemption_organisation_year_idx" on "target_exemption" ("organisation_id", "year");');
    this.addSql(`create table "progress_counter" (
      "scope" text not null,
      "scope_id" uuid not null,
      "source_category" text not null,
      "period_key" text not null,
      "stage" text not null,
      "measure" text not null,
      "days" int not null,
      "value" int not null,
      constraint "progress_counter_pkey" primary key ("scope", "scope_id", "period_key", "source_category", "stage", "measure", "days")
    );`);
    this.addSql(`create table "candidate_journey" (
      "candidate_id" uuid not null,
      "unit_id" uuid not null,
      "mass_organisation_id" uuid null,
      "source_category" text null,
      "current_stage" text not null,
      "reached" jsonb not null,
      "closed" boolean not null,
      "updated_at" timestamptz not null,
      constraint "candidate_journey_pkey" primary key ("candidate_id")
    );`);
  }
}
