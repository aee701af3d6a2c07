import { Migration } from '@pdv/persistence';

/** Organisations and their dated versions (the tree on any date is a query over these). */
export class Migration20261128000100OrganisationTree extends Migration {
  override up(): void {
    this.addSql(`create table "organisation" (
      "id" uuid not null,
      "created_at" timestamptz not null,
      "created_by" text not null,
      "created_by_role" text null,
      "closed_on" date null,
      "closure_reason" text null,
      "successor_ids" jsonb null,
      "closed_at" timestamptz null,
      "closed_by" text null,
      "closed_by_role" text null,
      "closure_note" text null,
      constraint "organisation_pkey" primary key ("id")
    );`);
    this.addSql(`create table "organisation_version" (
      "id" uuid not null,
      "organisation_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "parent_id" uuid null,
      "kind" text not null,
      "sector" text not null,
      "code" text not null,
      "name" text not null,
      "name_sort_key" text not null,
      "search_text" text not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      "change_kind" text not null,
      "change_note" text null,
      constraint "organisation_version_pkey" primary key ("id")
    );`);
    this.addSql('create index "organisation_version_organisation_idx" on "organisation_version" ("organisation_id");');
    this.addSql('create index "organisation_version_parent_idx" on "organisation_version" ("parent_id");');
    this.addSql(
      'create unique index "organisation_version_open_unique" on "organisation_version" ("organisation_id") where "valid_to" is null;',
    );
  }
}
