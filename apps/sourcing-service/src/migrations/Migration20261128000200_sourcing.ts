import { Migration } from '@pdv/persistence';

/**
 * The sourcing service's tables. Foreign keys are not declared: rows are only written by
 * this service's own code paths (which check existence in the same transaction), and the
 * schema-drift test compares the database with the entity mapping, which has no relations.
 */
export class Migration20261128000200Sourcing extends Migration {
  override up(): void {
    // Trigram index for diacritic-insensitive substring search on folded names.
    this.addSql('create extension if not exists pg_trgm;');

    this.addSql(`create table "org_read_model" (
      "id" uuid not null,
      "parent_id" uuid null,
      "kind" text not null,
      "sector" text not null,
      "code" text not null,
      "name" text not null,
      "valid_from" date not null,
      "closed_on" date null,
      "active" boolean not null,
      "last_event_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "org_read_model_pkey" primary key ("id")
    );`);
    this.addSql('create index "org_read_model_parent_idx" on "org_read_model" ("parent_id");');
    this.addSql('create index "org_read_model_code_idx" on "org_read_model" ("code");');

    this.addSql(`create table "member_read_model" (
      "id" uuid not null,
      "organisation_id" uuid null,
      "status" text not null,
      "active" boolean not null,
      "temporarily_away" boolean not null,
      "activity_exempt" boolean not null,
      "last_event_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "member_read_model_pkey" primary key ("id")
    );`);
    this.addSql('create index "member_read_model_organisation_idx" on "member_read_model" ("organisation_id");');

    this.addSql(`create table "mass_organisation" (
      "id" uuid not null,
      "parent_id" uuid null,
      "kind" text not null,
      "code" text not null,
      "name" text not null,
      "name_sort_key" text not null,
      "active" boolean not null,
      "created_at" timestamptz not null,
      "created_by" text not null,
      "updated_at" timestamptz not null,
      "updated_by" text not null,
      constraint "mass_organisation_pkey" primary key ("id")
    );`);
    this.addSql('create index "mass_organisation_parent_idx" on "mass_organisation" ("parent_id");');
    this.addSql('alter table "mass_organisation" add constraint "mass_organisation_code_key" unique ("code");');

    this.addSql(`create table "candidate" (
      "id" uuid not null,
      "full_name" text not null,
      "name_search_key" text not null,
      "name_sort_key" text not null,
      "fuzzy_key" text not null,
      "date_of_birth" date not null,
      "gender" text not null,
      "national_id" text not null,
      "phone" text null,
      "address" text null,
      "occupation" text null,
      "education_level" text not null,
      "source_category" text not null,
      "cell_id" uuid not null,
      "status" text not null,
      "referred_on" date not null,
      "accepted_on" date null,
      "last_reviewed_on" date null,
      "duplicate_of_id" uuid null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "candidate_pkey" primary key ("id")
    );`);
    this.addSql('create index "candidate_fuzzy_key_idx" on "candidate" ("fuzzy_key");');
    this.addSql('create index "candidate_date_of_birth_idx" on "candidate" ("date_of_birth");');
    this.addSql('alter table "candidate" add constraint "candidate_national_id_key" unique ("national_id");');
    this.addSql('create index "candidate_cell_status_idx" on "candidate" ("cell_id", "status");');
    this.addSql('create index "candidate_name_sort_idx" on "candidate" ("name_sort_key" collate "C", "id");');
    this.addSql(
      'create index "candidate_name_search_trgm_idx" on "candidate" using gin ("name_search_key" gin_trgm_ops);',
    );

    this.addSql(`create table "candidate_stage" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "from_status" text null,
      "to_status" text not null,
      "event" text not null,
      "reason" text not null,
      "note" text null,
      "actor_id" text not null,
      "actor_role" text null,
      "at" timestamptz not null,
      "seq" bigserial not null,
      constraint "candidate_stage_pkey" primary key ("id")
    );`);
    this.addSql('create index "candidate_stage_candidate_idx" on "candidate_stage" ("candidate_id");');

    this.addSql(`create table "candidate_review" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "reviewed_on" date not null,
      "assessment" text not null,
      "recorded_by" text not null,
      "recorded_at" timestamptz not null,
      constraint "candidate_review_pkey" primary key ("id")
    );`);
    this.addSql('create index "candidate_review_candidate_idx" on "candidate_review" ("candidate_id");');

    this.addSql(`create table "referral" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "mass_organisation_id" uuid not null,
      "cell_id" uuid not null,
      "source_category" text not null,
      "referrer_name" text null,
      "achievements" text null,
      "reason" text null,
      "consent_notice_version" text not null,
      "consented_at" timestamptz not null,
      "status" text not null,
      "is_repeat" boolean not null,
      "decline_reason" text null,
      "decline_note" text null,
      "decided_at" timestamptz null,
      "decided_by" text null,
      "submitted_on" date not null,
      "submitted_at" timestamptz not null,
      "submitted_by" text not null,
      "import_id" uuid null,
      "moved_from_candidate_id" uuid null,
      constraint "referral_pkey" primary key ("id")
    );`);
    this.addSql('create index "referral_candidate_idx" on "referral" ("candidate_id");');
    this.addSql('create index "referral_mass_organisation_idx" on "referral" ("mass_organisation_id", "submitted_on");');
    this.addSql('create index "referral_cell_status_idx" on "referral" ("cell_id", "status");');

    this.addSql(`create table "mentor_assignment" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "member_id" uuid not null,
      "cell_id" uuid not null,
      "assigned_on" date not null,
      "assigned_at" timestamptz not null,
      "assigned_by" text not null,
      "released_on" date null,
      "released_at" timestamptz null,
      "released_by" text null,
      "release_reason" text null,
      constraint "mentor_assignment_pkey" primary key ("id")
    );`);
    this.addSql('create index "mentor_assignment_candidate_idx" on "mentor_assignment" ("candidate_id");');
    this.addSql('create index "mentor_assignment_member_idx" on "mentor_assignment" ("member_id");');
    this.addSql(
      'create unique index "mentor_assignment_open_key" on "mentor_assignment" ("candidate_id", "member_id") where "released_on" is null;',
    );

    this.addSql(`create table "referral_quota" (
      "id" uuid not null,
      "mass_organisation_id" uuid not null,
      "year" int not null,
      "target" int not null,
      "set_by" text not null,
      "set_at" timestamptz not null,
      constraint "referral_quota_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "referral_quota" add constraint "referral_quota_organisation_year_key" unique ("mass_organisation_id", "year");',
    );

    this.addSql(`create table "possible_duplicate" (
      "id" uuid not null,
      "candidate_id" uuid not null,
      "other_candidate_id" uuid not null,
      "status" text not null,
      "flagged_at" timestamptz not null,
      "resolved_at" timestamptz null,
      "resolved_by" text null,
      "kept_candidate_id" uuid null,
      "note" text null,
      constraint "possible_duplicate_pkey" primary key ("id")
    );`);
    this.addSql('create index "possible_duplicate_other_idx" on "possible_duplicate" ("other_candidate_id");');
    this.addSql('create index "possible_duplicate_status_idx" on "possible_duplicate" ("status");');
    this.addSql(
      'alter table "possible_duplicate" add constraint "possible_duplicate_pair_key" unique ("candidate_id", "other_candidate_id");',
    );

    this.addSql(`create table "referral_import" (
      "id" uuid not null,
      "mass_organisation_id" uuid not null,
      "file_name" text not null,
      "format" text not null,
      "mode" text not null,
      "consent_notice_version" text not null,
      "total_rows" int not null,
      "imported" int not null,
      "duplicates" int not null,
      "errors" int not null,
      "committed" boolean not null,
      "imported_by" text not null,
      "imported_at" timestamptz not null,
      "duration_ms" int not null,
      "file_warnings" jsonb not null,
      "rows" jsonb not null,
      constraint "referral_import_pkey" primary key ("id")
    );`);
    this.addSql('create index "referral_import_mass_organisation_idx" on "referral_import" ("mass_organisation_id");');

    this.addSql(`create table "audit_log" (
      "id" uuid not null,
      "at" timestamptz not null,
      "actor_id" text not null,
      "actor_role" text not null,
      "action" text not null,
      "subject_type" text not null,
      "subject_id" uuid not null,
      "field" text not null,
      "request_id" text null,
      constraint "audit_log_pkey" primary key ("id")
    );`);
    this.addSql('create index "audit_log_subject_idx" on "audit_log" ("subject_id", "at");');
    this.addSql('create index "audit_log_actor_idx" on "audit_log" ("actor_id", "at");');

    this.addSql(`create table "sourcing_policy_setting" (
      "key" text not null,
      "value" jsonb not null,
      "updated_at" timestamptz not null,
      "updated_by" text not null,
      constraint "sourcing_policy_setting_pkey" primary key ("key")
    );`);

    this.addSql(`create table "privacy_notice" (
      "version" text not null,
      "published_at" timestamptz not null,
      "summary" text not null,
      "recorded_by" text not null,
      "recorded_at" timestamptz not null,
      constraint "privacy_notice_pkey" primary key ("version")
    );`);

    // Subtrees by recursive walk: "is this cell inside the secretary's part of the ward?"
    // and "is this branch inside the staffer's mass organisation?", as one reusable query.
    this.addSql(`create function "org_subtree"(root uuid) returns table ("id" uuid) language sql stable as $$
      with recursive subtree as (
        select o.id from org_read_model o where o.id = root
        union
        select child.id from org_read_model child join subtree on child.parent_id = subtree.id
      )
      select subtree.id from subtree
    $$;`);
    this.addSql(`create function "mass_organisation_subtree"(root uuid) returns table ("id" uuid) language sql stable as $$
      with recursive subtree as (
        select m.id from mass_organisation m where m.id = root
        union
        select child.id from mass_organisation child join subtree on child.parent_id = subtree.id
      )
      select subtree.id from subtree
    $$;`);

    // History and the audit trail are evidence: nobody edits or deletes them, not even by mistake.
    this.addSql(`create function "refuse_change_of_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'table % is append-only', TG_TABLE_NAME using errcode = 'P0001';
      end;
    $$;`);
    for (const table of ['candidate_stage', 'audit_log']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete on "${table}"
        for each row execute function "refuse_change_of_append_only"();`);
    }
  }
}
