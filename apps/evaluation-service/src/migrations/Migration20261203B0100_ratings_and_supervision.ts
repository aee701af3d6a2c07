import { Migration } from '@pdv/persistence';

/**
 * Year-end quality ratings with their corrections (the old value, who, when and why), the
 * organisation service's supervision assignments, and the committee members' monthly
 * supervision reviews. Never edited once committed: a change is a new migration.
 */
export class Migration20261203B0100RatingsAndSupervision extends Migration {
  override up(): void {
    this.addSql(`create table "quality_rating" (
      "id" uuid not null,
      "subject_kind" text not null,
      "subject_id" uuid not null,
      "year" int not null,
      "cap_group_id" uuid null,
      "score" numeric(4,1) not null,
      "level" text not null,
      "all_tasks_done" boolean not null,
      "tasks_exceeded_percent" numeric(4,1) not null,
      "leads_organisation_id" uuid null,
      "criterion" jsonb not null,
      "recorded_by" text not null,
      "recorded_at" timestamptz not null,
      "confirmed_by" text null,
      "confirmed_at" timestamptz null,
      constraint "quality_rating_pkey" primary key ("id"),
      constraint "quality_rating_subject_year_key" unique ("subject_kind", "subject_id", "year")
    );`);
    this.addSql('create index "quality_rating_year_group_idx" on "quality_rating" ("year", "cap_group_id");');
    this.addSql(`create table "quality_rating_correction" (
      "id" uuid not null,
      "rating_id" uuid not null,
      "from" jsonb not null,
      "to" jsonb not null,
      "corrected_by" text not null,
      "corrected_at" timestamptz not null,
      "reason" text not null,
      constraint "quality_rating_correction_pkey" primary key ("id")
    );`);
    this.addSql('create index "quality_rating_correction_rating_idx" on "quality_rating_correction" ("rating_id");');
    this.addSql(`create table "supervision_assignment" (
      "assignment_id" uuid not null,
      "committee_member_id" uuid not null,
      "organisation_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "last_event_at" timestamptz not null,
      constraint "supervision_assignment_pkey" primary key ("assignment_id")
    );`);
    this.addSql('create index "supervision_assignment_member_idx" on "supervision_assignment" ("committee_member_id");');
    this.addSql('create index "supervision_assignment_organisation_idx" on "supervision_assignment" ("organisation_id");');
    this.addSql(`create table "supervision_review" (
      "id" uuid not null,
      "organisation_id" uuid not null,
      "committee_member_id" uuid not null,
      "month" text not null,
      "observed" text not null,
      "problems" text null,
      "agreed" text null,
      "agreed_by" date null,
      "recorded_by" text not null,
      "recorded_at" timestamptz not null,
      constraint "supervision_review_pkey" primary key ("id"),
      constraint "supervision_review_unit_member_month_key" unique ("organisation_id", "committee_member_id", "month")
    );`);
    this.addSql('create index "supervision_review_month_idx" on "supervision_review" ("month");');
  }
}
