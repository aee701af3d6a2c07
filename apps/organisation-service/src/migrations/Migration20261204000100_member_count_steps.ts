import { Migration } from '@pdv/persistence';

/**
 * Member counts kept as steps: for each organisation, its own members' counts (official,
 * probationary, total, official vote base) from each day they change until the next step.
 * A count on a date is then one index probe per organisation — the latest step on or before
 * the date — instead of a read of every placement under it: a ward committee's subtree holds
 * ~4,000 placements, and a dashboard page of 100 organisations asks for them all (issue 7).
 *
 * The steps are derived data, rebuilt per organisation by refresh_member_count_steps(ids)
 * from the placements and member dates, with the semantics of member-counts.queries.ts (a
 * member counts where a placement period contains the day and their membership has begun;
 * official from the official date, or by status without one; the vote base leaves out those
 * away on temporary transfer). Statement triggers on member_placement and party_member call
 * it for the organisations a statement touched, so no writer can forget it and a bulk
 * insert rebuilds each organisation once. A transaction-scoped advisory lock serialises the
 * rebuilds: two writers recounting one cell at once would otherwise each compute from a
 * snapshot without the other's rows, and the later commit would drop the earlier change.
 */
export class Migration20261204000100MemberCountSteps extends Migration {
  override up(): void {
    this.addSql(`create table "member_count_step" (
      "organisation_id" uuid not null,
      "from_day" date not null,
      "official" int not null,
      "probationary" int not null,
      "total" int not null,
      "official_vote_base" int not null,
      constraint "member_count_step_pkey" primary key ("organisation_id", "from_day")
    );`);
    this.addSql(`create function refresh_member_count_steps(changed uuid[]) returns void language plpgsql as $$
      begin
        if coalesce(cardinality(changed), 0) = 0 then return; end if;
        -- One lock for every recount (see the migration's comment); held to the commit.
        perform pg_advisory_xact_lock(hashtextextended('member_count_step', 0));
        delete from member_count_step where organisation_id = any(changed);
        insert into member_count_step (organisation_id, from_day, official, probationary, total, official_vote_base)
        with span as (
          -- Each placement's counted days [lo, hi): from its start or the membership's, whichever is later.
          select p.organisation_id, greatest(p.valid_from, coalesce(m.ceremony_date, m.registered_on)) as lo, p.valid_to as hi,
                 m.official_date, m.status, p.away
            from member_placement p join party_member m on m.id = p.member_id
           where p.organisation_id = any(changed)
        ), part as (
          -- The days counted in each column: total all of them; probationary until the official date
          -- (or all, by status, without one); official from it (likewise). hi null = still open.
          select organisation_id, lo, hi, 0 as official, 0 as probationary, 1 as total, 0 as vote_base from span
          union all
          select organisation_id, lo, case when official_date is null then hi else least(official_date, hi) end, 0, 1, 0, 0 from span
           where official_date is not null or status = 'PROBATIONARY'
          union all
          select organisation_id, greatest(lo, official_date), hi, 1, 0, 0, case when away then 0 else 1 end from span
           where official_date is not null or status = 'OFFICIAL'
        ), edge as (
          select organisation_id, lo as day, official, probationary, total, vote_base from part where hi is null or lo < hi
          union all
          select organisation_id, hi, -official, -probationary, -total, -vote_base from part where hi is not null and lo < hi
        ), change as (
          select organisation_id, day, sum(official) as official, sum(probationary) as probationary, sum(total) as total, sum(vote_base) as vote_base
            from edge group by organisation_id, day
        )
        select organisation_id, day,
               sum(official) over w, sum(probationary) over w, sum(total) over w, sum(vote_base) over w
          from change
        window w as (partition by organisation_id order by day);
      end
    $$;`);
    // The statement triggers: the organisations of the rows a statement inserted, deleted or
    // changed (both sides of a move); for members, the organisations of their placements when a
    // date or the status that decides the counts changed.
    this.addSql(`create function member_placement_counts_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          perform refresh_member_count_steps(array(select distinct organisation_id from new_rows));
        elsif tg_op = 'DELETE' then
          perform refresh_member_count_steps(array(select distinct organisation_id from old_rows));
        else
          perform refresh_member_count_steps(array(select organisation_id from new_rows union select organisation_id from old_rows));
        end if;
        return null;
      end
    $$;`);
    this.addSql(`create function party_member_counts_changed() returns trigger language plpgsql as $$
      begin
        perform refresh_member_count_steps(array(
          select distinct p.organisation_id
            from new_rows n join old_rows o on o.id = n.id
            join member_placement p on p.member_id = n.id
           where (n.status, n.ceremony_date, n.registered_on, n.official_date) is distinct from (o.status, o.ceremony_date, o.registered_on, o.official_date)));
        return null;
      end
    $$;`);
    this.addSql(`create function member_count_steps_truncate() returns trigger language plpgsql as $$
      begin
        truncate member_count_step;
        return null;
      end
    $$;`);
    for (const operation of ['insert', 'delete', 'update']) {
      const transition = operation === 'insert' ? 'new table as new_rows' : operation === 'delete' ? 'old table as old_rows' : 'old table as old_rows new table as new_rows';
      this.addSql(
        `create trigger "member_placement_counts_${operation}" after ${operation} on "member_placement" referencing ${transition} for each statement execute function member_placement_counts_changed();`,
      );
    }
    this.addSql(
      'create trigger "party_member_counts_update" after update on "party_member" referencing old table as old_rows new table as new_rows for each statement execute function party_member_counts_changed();',
    );
    this.addSql('create trigger "member_placement_counts_truncate" after truncate on "member_placement" for each statement execute function member_count_steps_truncate();');
    // Backfill: every organisation that has placements.
    this.addSql('select refresh_member_count_steps(array(select distinct organisation_id from member_placement));');
  }
}
