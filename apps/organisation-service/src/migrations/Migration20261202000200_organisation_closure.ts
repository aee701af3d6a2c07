import { Migration } from '@pdv/persistence';

/**
 * The organisation tree's closure table: for every organisation, each of its ancestors (and
 * itself, depth 0) with the dates the pair held. A subtree on a date is then one indexed
 * range read instead of a recursive walk per key, and the planner can estimate it (it
 * cannot estimate a recursive CTE, and fell back to scanning every placement of the city).
 *
 * refresh_organisation_closure(changed) rebuilds the rows of the changed organisations and
 * of everything under them; the writers call it in the transaction that changes the tree.
 * A pair's period is the intersection of the versions along the path, so a move or a
 * merge cuts it into dated pieces that never overlap (one version in force per day).
 * The walk stops at depth 20, as the recursive queries it replaces did.
 */
export class Migration20261202000200OrganisationClosure extends Migration {
  override up(): void {
    this.addSql(`create table "organisation_closure" (
      "ancestor_id" uuid not null,
      "descendant_id" uuid not null,
      "valid_from" date not null,
      "valid_to" date null,
      "depth" int not null,
      constraint "organisation_closure_pkey" primary key ("ancestor_id", "descendant_id", "valid_from")
    );`);
    this.addSql('create index "organisation_closure_descendant_idx" on "organisation_closure" ("descendant_id");');
    this.addSql(`create function refresh_organisation_closure(changed uuid[]) returns void language plpgsql as $$
      begin
        create temporary table if not exists organisation_closure_affected (id uuid primary key) on commit drop;
        delete from organisation_closure_affected;
        insert into organisation_closure_affected
          select unnest(changed) union select c.descendant_id from organisation_closure c where c.ancestor_id = any(changed);
        delete from organisation_closure c using organisation_closure_affected a where c.descendant_id = a.id;
        insert into organisation_closure (ancestor_id, descendant_id, valid_from, valid_to, depth)
        with recursive up(ancestor_id, descendant_id, span, depth) as (
          select v.organisation_id, v.organisation_id, daterange(v.valid_from, v.valid_to), 0
            from organisation_version v join organisation_closure_affected a on a.id = v.organisation_id
           where not isempty(daterange(v.valid_from, v.valid_to))
          union all
          select p.parent_id, u.descendant_id, u.span * daterange(p.valid_from, p.valid_to), u.depth + 1
            from up u join organisation_version p on p.organisation_id = u.ancestor_id
           where p.parent_id is not null and u.span && daterange(p.valid_from, p.valid_to) and u.depth < 20
        )
        select ancestor_id, descendant_id, lower(span), upper(span), depth from up;
      end
    $$;`);
    // The count reads placements of the subtree's organisations by (organisation, start date);
    // carrying the other columns it needs in the index makes that an index-only scan, cheap
    // enough that the planner stops preferring a scan of every placement for a page of cells.
    this.addSql('drop index "member_placement_organisation_idx";');
    this.addSql(
      'create index "member_placement_organisation_idx" on "member_placement" ("organisation_id", "valid_from") include ("valid_to", "member_id", "away");',
    );
    // Backfill: every organisation already recorded.
    this.addSql('select refresh_organisation_closure(array(select id from organisation));');
  }
}
