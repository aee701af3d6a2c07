import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { migrate, openOrm, pgArray } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';
import { entities } from '../src/entities';
import { migrations } from '../src/migrations';

/**
 * The member-count steps the triggers keep (Migration20261204000100) against the counts
 * taken from the placements themselves — the query they replaced, kept here as the oracle —
 * for every organisation on every day a count can change, after each kind of write the
 * service makes: a bulk load, placements closed and moved, placements deleted and rewritten,
 * member dates and status corrected, and a write the counts do not depend on.
 */

const ORACLE = `with day as (select unnest($1::date[]) as day), org as (select unnest($2::uuid[]) as id)
  select org.id, day.day::text as day,
         count(m.id) filter (where s.status = 'OFFICIAL')::int as official,
         count(m.id) filter (where s.status = 'PROBATIONARY')::int as probationary,
         count(m.id)::int as total,
         count(m.id) filter (where s.status = 'OFFICIAL' and not p.away)::int as vote_base
    from org cross join day
    left join member_placement p on p.organisation_id = org.id and p.valid_from <= day.day and (p.valid_to is null or p.valid_to > day.day)
    left join party_member m on m.id = p.member_id and coalesce(m.ceremony_date, m.registered_on) <= day.day
    left join lateral (select case when m.official_date is not null
                              then case when day.day >= m.official_date then 'OFFICIAL' else 'PROBATIONARY' end
                              else m.status end as status) s on true
   group by org.id, day.day order by 1, 2`;

const STEPS = `with day as (select unnest($1::date[]) as day), org as (select unnest($2::uuid[]) as id)
  select org.id, day.day::text as day, coalesce(c.official, 0) as official, coalesce(c.probationary, 0) as probationary,
         coalesce(c.total, 0) as total, coalesce(c.official_vote_base, 0) as vote_base
    from org cross join day
    left join lateral (select * from member_count_step c where c.organisation_id = org.id and c.from_day <= day.day order by c.from_day desc limit 1) c on true
   order by 1, 2`;

/** A small deterministic generator: the same data on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const isoDay = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('member count steps', () => {
  let db: TestDatabase;
  let sql: Client;
  const random = seeded(20261204);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];
  const organisations = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const memberIds: string[] = [];

  const insertMembers = async (count: number) => {
    const rows = Array.from({ length: count }, () => {
      const registeredOn = isoDay('2000-01-01', Math.floor(random() * 9_000));
      const ceremony = random() < 0.7 ? isoDay(registeredOn, Math.floor(random() * 60)) : null;
      const official = ceremony && random() < 0.8 ? isoDay(ceremony, 365) : null;
      return { id: randomUUID(), registeredOn, ceremony, official, status: pick(['OFFICIAL', 'PROBATIONARY', 'PROBATIONARY', 'LEFT']) };
    });
    await sql.query(
      `insert into party_member (id, name_sort_key, search_name, registered_cell_id, registration_kind, registered_on, status, ceremony_date, official_date,
                                 cell_id, active, temporarily_away, activity_exempt, state_as_of, created_at, created_by, updated_at)
       select v.id, 'x', 'x', $6::uuid, 'ADMITTED', v.registered_on, v.status, v.ceremony, v.official, $6::uuid, true, false, false, v.registered_on, now(), 'test', now()
         from unnest($1::uuid[], $2::date[], $3::text[], $4::date[], $5::date[]) as v(id, registered_on, status, ceremony, official)`,
      [pgArray(rows.map((r) => r.id)), pgArray(rows.map((r) => r.registeredOn)), pgArray(rows.map((r) => r.status)), pgArray(rows.map((r) => r.ceremony)), pgArray(rows.map((r) => r.official)), organisations[0]],
    );
    memberIds.push(...rows.map((r) => r.id));
    return rows.map((r) => r.id);
  };

  /** One to three consecutive placements per member, in random organisations, some still open, some away. */
  const placementRows = (ids: readonly string[]) =>
    ids.flatMap((memberId) => {
      let from = isoDay('1998-01-01', Math.floor(random() * 9_000));
      const periods = 1 + Math.floor(random() * 3);
      return Array.from({ length: periods }, (_, index) => {
        const to = index === periods - 1 && random() < 0.6 ? null : isoDay(from, 30 + Math.floor(random() * 2_000));
        const row = { id: randomUUID(), memberId, organisationId: pick(organisations), from, to, away: random() < 0.2 };
        from = to ?? from;
        return row;
      });
    });

  const insertPlacements = async (rows: ReturnType<typeof placementRows>, client: Client = sql) =>
    client.query(
      `insert into member_placement (id, member_id, organisation_id, valid_from, valid_to, away, exempt)
       select v.id, v.member_id, v.organisation_id, v.valid_from, v.valid_to, v.away, false
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::date[], $6::boolean[]) as v(id, member_id, organisation_id, valid_from, valid_to, away)`,
      [pgArray(rows.map((r) => r.id)), pgArray(rows.map((r) => r.memberId)), pgArray(rows.map((r) => r.organisationId)), pgArray(rows.map((r) => r.from)), pgArray(rows.map((r) => r.to)), pgArray(rows.map((r) => r.away))],
    );

  /** Every day a count can change (each boundary, the day before it) and a coarse grid besides. */
  const daysToCheck = async () => {
    const { rows } = await sql.query<{ day: string }>(
      `select distinct d::text as day from (
         select unnest(array[valid_from, valid_to, valid_from - 1, valid_to - 1]) as d from member_placement
         union all select unnest(array[registered_on, ceremony_date, official_date, official_date - 1, ceremony_date - 1]) from party_member
         union all select generate_series('1997-01-01'::date, '2035-01-01'::date, interval '97 days')::date) x where d is not null`,
    );
    return rows.map((row) => row.day);
  };

  const expectStepsToMatchThePlacements = async () => {
    const days = await daysToCheck();
    const [oracle, steps] = await Promise.all([sql.query(ORACLE, [pgArray(days), pgArray(organisations)]), sql.query(STEPS, [pgArray(days), pgArray(organisations)])]);
    expect(oracle.rows.length).toBe(days.length * organisations.length);
    const differing = steps.rows.filter((row, index) => JSON.stringify(row) !== JSON.stringify(oracle.rows[index]));
    expect(differing.slice(0, 5)).toEqual([]);
    // The data must exercise every column, or the comparison proves little.
    for (const column of ['official', 'probationary', 'total', 'vote_base']) expect(Math.max(...oracle.rows.map((row) => row[column] as number))).toBeGreaterThan(0);
  };

  beforeAll(async () => {
    db = await createTestDatabase('member count steps');
    const orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities, migrations });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
    sql = new Client({ connectionString: `${db.serverUrl}/${db.dbName}` });
    await sql.connect();
    await insertPlacements(placementRows(await insertMembers(120)));
  });

  afterAll(async () => {
    await sql?.end();
    await db?.drop();
  });

  it('match the placements after a bulk load', async () => {
    await expectStepsToMatchThePlacements();
  });

  it('match after placements are closed, moved elsewhere, and marked away', async () => {
    // Checked after each statement: with four organisations, any one recount covers most members.
    await sql.query(`update member_placement set valid_to = valid_from + 400 where valid_to is null and member_id = any($1::uuid[])`, [pgArray(memberIds.slice(0, 30))]);
    await expectStepsToMatchThePlacements();
    await sql.query(`update member_placement set organisation_id = $2::uuid where member_id = any($1::uuid[])`, [pgArray(memberIds.slice(30, 45)), organisations[3]]);
    await expectStepsToMatchThePlacements();
    await sql.query(`update member_placement set away = not away where member_id = any($1::uuid[])`, [pgArray(memberIds.slice(45, 70))]);
    await expectStepsToMatchThePlacements();
  });

  it('match after placements are deleted and rewritten, as a member’s movements are replayed', async () => {
    const rewritten = memberIds.slice(60, 90);
    await sql.query('begin');
    await sql.query('delete from member_placement where member_id = any($1::uuid[])', [pgArray(rewritten)]);
    await insertPlacements(placementRows(rewritten));
    await sql.query('commit');
    await expectStepsToMatchThePlacements();
  });

  it('match after members’ dates and status change, one and many at a time, and are unchanged by other columns', async () => {
    await sql.query(`update party_member set official_date = null, status = 'OFFICIAL' where id = $1::uuid`, [memberIds[0]]);
    await expectStepsToMatchThePlacements();
    await sql.query(`update party_member set official_date = coalesce(ceremony_date, registered_on) + 200 where id = any($1::uuid[])`, [pgArray(memberIds.slice(1, 40))]);
    await expectStepsToMatchThePlacements();
    await sql.query(`update party_member set ceremony_date = null where id = any($1::uuid[])`, [pgArray(memberIds.slice(40, 50))]);
    await expectStepsToMatchThePlacements();
    await sql.query(`update party_member set registered_on = registered_on + 10, status = 'PROBATIONARY' where id = any($1::uuid[])`, [pgArray(memberIds.slice(50, 60))]);
    await expectStepsToMatchThePlacements();
    const before = (await sql.query('select * from member_count_step order by organisation_id, from_day')).rows;
    await sql.query(`update party_member set full_name = 'y', updated_at = now() where id = any($1::uuid[])`, [pgArray(memberIds)]);
    expect((await sql.query('select * from member_count_step order by organisation_id, from_day')).rows).toEqual(before);
  });

  it('keep both of two transactions that place members in one organisation at once', async () => {
    const [first, second] = [new Client({ connectionString: `${db.serverUrl}/${db.dbName}` }), new Client({ connectionString: `${db.serverUrl}/${db.dbName}` })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      const members = await insertMembers(2);
      const rows = placementRows(members).map((row) => ({ ...row, organisationId: organisations[1] }));
      await first.query('begin');
      await second.query('begin');
      await insertPlacements(rows.filter((row) => row.memberId === members[0]), first);
      // The second recount waits for the first transaction's lock, then reads its committed rows.
      const waiting = insertPlacements(rows.filter((row) => row.memberId === members[1]), second);
      const blocked = async () => (await sql.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)).rows[0].n > 0;
      for (let tries = 0; tries < 50 && !(await blocked()); tries += 1) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await blocked()).toBe(true);
      await first.query('commit');
      await waiting;
      await second.query('commit');
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    await expectStepsToMatchThePlacements();
  });

  it('are emptied with the placements', async () => {
    await sql.query('truncate member_placement');
    expect((await sql.query('select count(*)::int as n from member_count_step')).rows[0].n).toBe(0);
  });
});
