import { Migration } from '@pdv/persistence';

/**
 * The training service's tables: institutions, courses and sessions, enrolments and
 * attendance, certificates (with their per-institution counter and corrections), the
 * candidate read model and the policy settings. The generated example register
 * (training_item) goes. Never edited once committed: a change is a new migration.
 */
export class Migration20261202001000Training extends Migration {
  override up(): void {
    this.addSql('drop table if exists "training_item";');
    this.addSql(`create table "attendance" ("enrolment_id" uuid not null, "session_id" uuid not null, "mark" text not null, "recorded_at" timestamptz not null, "recorded_by" text not null, constraint "attendance_pkey" primary key ("enrolment_id", "session_id"));`);
    this.addSql(`create table "candidate_read_model" ("id" uuid not null, "cell_id" uuid not null, "stage" text not null, "last_event_at" timestamptz not null, "updated_at" timestamptz not null, constraint "candidate_read_model_pkey" primary key ("id"));`);
    this.addSql(`create index "candidate_read_model_cell_idx" on "candidate_read_model" ("cell_id");`);
    this.addSql(`create table "certificate_correction" ("id" uuid not null, "certificate_id" uuid not null, "previous_issued_on" date not null, "previous_valid_until" date not null, "issued_on" date not null, "valid_until" date not null, "reason" text not null, "corrected_at" timestamptz not null, "corrected_by" text not null, constraint "certificate_correction_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_correction_certificate_idx" on "certificate_correction" ("certificate_id");`);
    this.addSql(`create table "certificate_counter" ("institution_id" uuid not null, "year" int not null, "last_sequence" int not null, constraint "certificate_counter_pkey" primary key ("institution_id", "year"));`);
    this.addSql(`create table "certificate" ("id" uuid not null, "enrolment_id" uuid not null, "course_id" uuid not null, "course_kind" text not null, "institution_id" uuid not null, "candidate_id" uuid null, "member_id" uuid null, "number" text not null, "verification_code" text not null, "issued_on" date not null, "valid_until" date not null, "status" text not null, "invalidated_reason" text null, "invalidated_at" timestamptz null, "invalidated_by" text null, "issued_at" timestamptz not null, "issued_by" text not null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_enrolment_key" unique ("enrolment_id");`);
    this.addSql(`create index "certificate_course_idx" on "certificate" ("course_id");`);
    this.addSql(`create index "certificate_candidate_idx" on "certificate" ("candidate_id");`);
    this.addSql(`create index "certificate_member_idx" on "certificate" ("member_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_number_key" unique ("number");`);
    this.addSql(`alter table "certificate" add constraint "certificate_verification_code_key" unique ("verification_code");`);
    this.addSql(`create table "course" ("id" uuid not null, "kind" text not null, "institution_id" uuid not null, "title" text not null, "starts_on" date not null, "ends_on" date not null, "capacity" int not null, "location" text not null, "status" text not null, "cancel_reason" text null, "created_at" timestamptz not null, "created_by" text not null, "updated_at" timestamptz not null, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`create index "course_institution_idx" on "course" ("institution_id");`);
    this.addSql(`create index "course_starts_on_idx" on "course" ("starts_on", "id");`);
    this.addSql(`create table "course_session" ("id" uuid not null, "course_id" uuid not null, "position" int not null, "date" date not null, "starts_at" text not null, "ends_at" text not null, "topic" text not null, constraint "course_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "course_session" add constraint "course_session_position_key" unique ("course_id", "position");`);
    this.addSql(`create table "enrolment" ("id" uuid not null, "course_id" uuid not null, "course_kind" text not null, "candidate_id" uuid null, "member_id" uuid null, "organisation_id" uuid not null, "status" text not null, "nominated_at" timestamptz not null, "nominated_by" text not null, "decided_at" timestamptz null, "decided_by" text null, "decision_reason" text null, "result" text null, "score" numeric(4,2) null, "completed" boolean null, "result_recorded_at" timestamptz null, "result_recorded_by" text null, "updated_at" timestamptz not null, constraint "enrolment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_course_idx" on "enrolment" ("course_id");`);
    this.addSql(`create index "enrolment_candidate_idx" on "enrolment" ("candidate_id");`);
    this.addSql(`create index "enrolment_member_idx" on "enrolment" ("member_id");`);
    this.addSql(`create index "enrolment_organisation_idx" on "enrolment" ("organisation_id");`);
    this.addSql(`create unique index "enrolment_open_person_key" on "enrolment" ("course_id", coalesce("candidate_id", "member_id")) where "status" in ('NOMINATED', 'APPROVED');`);
    this.addSql(`create table "training_institution" ("id" uuid not null, "code" text not null, "name" text not null, "recorded_at" timestamptz not null, "recorded_by" text not null, "recorded_by_role" text null, constraint "training_institution_pkey" primary key ("id"));`);
    this.addSql(`alter table "training_institution" add constraint "training_institution_code_unique" unique ("code");`);
    this.addSql(`create table "training_policy_setting" ("key" text not null, "value" jsonb not null, "updated_at" timestamptz not null, "updated_by" text not null, constraint "training_policy_setting_pkey" primary key ("key"));`);
  }
}
