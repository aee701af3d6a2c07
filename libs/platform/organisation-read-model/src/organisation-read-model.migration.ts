import { Migration, type MigrationObject } from '@pdv/persistence';

// Deep enough for any real tree; stops a malformed cycle from recursing for ever.
const MAX_DEPTH = 1000;

// The statements below are part of landed migrations (this library's and sourcing's):
// never change them; a change to the shape is a new migration.

/**
 * Every (ancestor, descendant, depth) path for the organisations in `from` (a SQL select of
 * ids), walking up through known parents only: a parent never announced is not an ancestor,
 * exactly as the recursive walk over parent_id answered.
 */
export function closurePathsSql(from: string): string {
  return `with recursive chain as (
      select f.id as descendant_id, f.id as ancestor_id, 0 as depth from (${from}) f
      union all
      select c.descendant_id, p.id, c.depth + 1
        from chain c
        join org_read_model o on o.id = c.ancestor_id
        join org_read_model p on p.id = o.parent_id
       where c.depth < ${MAX_DEPTH}
    )
    insert into org_read_model_closure (ancestor_id, descendant_id, depth)
    select ancestor_id, descendant_id, depth from chain`;
}

/** The closure table, and org_subtree() answering from it (one indexed read, no recursion). */
export function closureTableStatements(): string[] {
  return [
    `create table "org_read_model_closure" (
      "ancestor_id" uuid not null,
      "descendant_id" uuid not null,
      "depth" int not null,
      constraint "org_read_model_closure_pkey" primary key ("ancestor_id", "descendant_id")
    );`,
    'create index "org_read_model_closure_descendant_idx" on "org_read_model_closure" ("descendant_id");',
    // Kept for the SQL of consumer services that ask "the subtree of X" in a condition.
    `create or replace function "org_subtree"(root uuid) returns table ("id" uuid) language sql stable as $$
      select c.descendant_id from org_read_model_closure c where c.ancestor_id = root
    $$;`,
  ];
}

/** The plan term's one-row read model. */
export function planTermTableStatements(): string[] {
  return [
    `create table "plan_term_read_model" (
      "id" int not null,
      "first_year" int not null,
      "last_year" int not null,
      "last_event_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "plan_term_read_model_pkey" primary key ("id")
    );`,
  ];
}

/**
 * The organisation read model a consumer service keeps from the organisation service's
 * events: organisations, their closure, party members (ids and standing only) and the plan term.
 */
export class OrganisationReadModelMigration extends Migration {
  override up(): void {
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
      "moved_from_organisation_id" uuid null,
      "moved_on" date null,
      "moved_at" timestamptz null,
      constraint "member_read_model_pkey" primary key ("id")
    );`);
    this.addSql('create index "member_read_model_organisation_idx" on "member_read_model" ("organisation_id");');
    for (const statement of [...closureTableStatements(), ...planTermTableStatements()]) this.addSql(statement);
  }
}

/** List it in a new consumer service's migrationsList (sourcing, which had the first tables before, adds the rest itself). */
export const organisationReadModelMigration: MigrationObject = {
  name: 'Migration20261202000200_organisation_read_model',
  class: OrganisationReadModelMigration,
};
