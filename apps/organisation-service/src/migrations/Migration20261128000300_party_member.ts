import { Migration } from '@pdv/persistence';

/** Party members, their movements, the placement periods derived from them, and corrections. */
export class Migration20261128000300PartyMember extends Migration {
  override up(): void {
    this.addSql(`create table "party_member" (
      "id" uuid not null,
      "full_name" text null,
      "name_sort_key" text not null,
      "search_name" text not null,
      "date_of_birth" date null,
      "gender" text null,
      "national_id" text null,
      "registered_cell_id" uuid not null,
      "registration_kind" text not null,
      "registered_on" date not null,
      "status" text not null,
      "admission_decision_date" date null,
      "ceremony_date" date null,
      "official_date" date null,
      "candidate_id" uuid null,
      "cell_id" uuid not null,
      "active" boolean not null,
      "temporarily_away" boolean not null,
      "activity_exempt" boolean not null,
      "left_by" text null,
      "state_as_of" date not null,
      "created_at" timestamptz not null,
      "created_by" text not null,
      "created_by_role" text null,
      "updated_at" timestamptz not null,
      constraint "party_member_pkey" primary key ("id")
    );`);
    this.addSql('alter table "party_member" add constraint "party_member_national_id_unique" unique ("national_id");');
    this.addSql('alter table "party_member" add constraint "party_member_candidate_id_unique" unique ("candidate_id");');
    this.addSql('create index "party_member_cell_idx" on "party_member" ("cell_id");');

    this.addSql(`create table "member_movement" (
      "id" uuid not null,
      "member_id" uuid not null,
      "position" int not null,
      "kind" text not null,
      "effective_date" date not null,
      "from_organisation_id" uuid null,
      "to_organisation_id" uuid null,
      "origin" text not null,
      "note" text null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "member_movement_pkey" primary key ("id")
    );`);
    this.addSql(
      'alter table "member_movement" add constraint "member_movement_member_position_unique" unique ("member_id", "position");',
    );

    this.addSql(`create table "member_placement" (
      "id" uuid not null,
      "member_id" uuid not null,
      "organisation_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "away" boolean not null,
      "exempt" boolean not null,
      constraint "member_placement_pkey" primary key ("id")
    );`);
    this.addSql('create index "member_placement_member_idx" on "member_placement" ("member_id");');
    this.addSql('create index "member_placement_organisation_idx" on "member_placement" ("organisation_id", "valid_from");');

    this.addSql(`create table "member_correction" (
      "id" uuid not null,
      "member_id" uuid not null,
      "kind" text not null,
      "field" text not null,
      "old_value" text null,
      "new_value" text null,
      "reason" text not null,
      "corrected_at" timestamptz not null,
      "corrected_by" text not null,
      "corrected_by_role" text null,
      constraint "member_correction_pkey" primary key ("id")
    );`);
    this.addSql('create index "member_correction_member_idx" on "member_correction" ("member_id");');
  }
}
