/**
 * `node tools/build/run-ts.mjs apps/organisation-service/src/bench-member-counts.ts [--database city_organisation] [--seconds 10] [--rounds 3] [--connections 4] [--as-of 2026-12-01]`
 *
 * memberCounts three ways, side by side in one run (issue 7): the SQL the organisation
 * subgraph sends for a page of 100 organisations and for one card, run by concurrent clients
 * in alternating rounds. "steps" is the service's own countMembersAsOf (the counts the
 * triggers keep, Migration20261204000100); "closure + placements" the query it replaced
 * (2026-12-03), and "recursive walk" the one before that, both kept here verbatim as
 * baselines. All run on the database itself, brought up to date by the service's migrations
 * (as the service does when it starts) and analysed first; the counts are only read. Before
 * timing, the steps are checked against the placements for every organisation.
 */
import { type EntityManager, migrate, openOrm, pgArray } from '@pdv/persistence';
import { entities } from './entities';
import { countMembersAsOf } from './member/member-counts.queries';
import { migrations } from './migrations';

/** The table goes to stdout, a line at a time (it is this command's output). */
const print = (line: string) => process.stdout.write(`${line}\n`);

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** The subtree count as it was before Migration20261202000200_organisation_closure (the baseline). */
async function countBefore(em: EntityManager, ids: readonly string[], date: string): Promise<number> {
  const inForce = `v.valid_from <= ?::date and (v.valid_to is null or v.valid_to > ?::date)`;
  const rows = await em.execute(
    `with recursive tree(root_id, id, depth) as (
       select v.organisation_id, v.organisation_id, 0 from organisation_version v where v.organisation_id = any(?::uuid[]) and ${inForce}
       union
       select t.root_id, v.organisation_id, t.depth + 1 from tree t join organisation_version v on v.parent_id = t.id and ${inForce} where t.depth < 20
     ), scope as (select distinct root_id, id from tree)
     select s.root_id, count(*)::int as total,
            count(*) filter (where case when m.official_date is not null then case when ?::date >= m.official_date then 'OFFICIAL' else 'PROBATIONARY' end else m.status end = 'OFFICIAL')::int as official
       from scope s
       join member_placement p on p.organisation_id = s.id and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to > ?::date)
       join party_member m on m.id = p.member_id and coalesce(m.ceremony_date, m.registered_on) <= ?::date
      group by s.root_id`,
    [pgArray(ids), date, date, date, date, date, date, date, date],
  );
  return rows.length;
}

/** The subtree count as it was before Migration20261204000100_member_count_steps: the closure table, then every placement. */
async function countByPlacements(em: EntityManager, ids: readonly string[], date: string): Promise<number> {
  return (await countsByPlacements(em, ids, date)).length;
}

async function countsByPlacements(em: EntityManager, ids: readonly string[], date: string) {
  return em.execute<{ root_id: string; official: number; probationary: number; total: number; vote_base: number }[]>(
    `with scope as (select c.ancestor_id as root_id, c.descendant_id as id from organisation_closure c
                     where c.ancestor_id = any(?::uuid[]) and c.valid_from <= ?::date and (c.valid_to is null or c.valid_to > ?::date))
     select x.root_id, count(*) filter (where x.status = 'OFFICIAL')::int as official, count(*) filter (where x.status = 'PROBATIONARY')::int as probationary,
            count(*)::int as total, count(*) filter (where x.status = 'OFFICIAL' and not x.away)::int as vote_base
       from (
         select s.root_id, p.away, (case when m.official_date is not null then case when ?::date >= m.official_date then 'OFFICIAL' else 'PROBATIONARY' end else m.status end) as status
           from scope s
           join member_placement p on p.organisation_id = s.id and p.valid_from <= ?::date and (p.valid_to is null or p.valid_to > ?::date)
           join party_member m on m.id = p.member_id and coalesce(m.ceremony_date, m.registered_on) <= ?::date
       ) x
      group by x.root_id`,
    [pgArray(ids), date, date, date, date, date, date],
  );
}

/** The steps must give what the placements give, for every organisation of the city: checked before timing them. */
async function expectSameCounts(em: EntityManager, pages: readonly (readonly string[])[], date: string): Promise<void> {
  for (const ids of pages) {
    const steps = await countMembersAsOf(em, ids, date, true);
    for (const row of await countsByPlacements(em, ids, date)) {
      const counted = steps.get(row.root_id);
      const expected = { official: row.official, probationary: row.probationary, total: row.total, officialVoteBase: row.vote_base };
      if (JSON.stringify(counted) !== JSON.stringify(expected)) throw new Error(`steps and placements differ for ${row.root_id}: ${JSON.stringify(counted)} vs ${JSON.stringify(expected)}`);
    }
  }
}

async function countAfter(em: EntityManager, ids: readonly string[], date: string): Promise<number> {
  return (await countMembersAsOf(em, ids, date, true)).size;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function round(em: EntityManager, run: (em: EntityManager, ids: readonly string[]) => Promise<unknown>, batches: readonly (readonly string[])[], seconds: number, connections: number) {
  const latencies: number[] = [];
  const deadline = Date.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const fork = em.fork();
      while (Date.now() < deadline) {
        const batch = batches[next++ % batches.length];
        const started = performance.now();
        await run(fork, batch);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { rate: latencies.length / seconds, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) };
}

async function main(): Promise<void> {
  const source = option('database', 'city_organisation');
  const seconds = Number(option('seconds', '10'));
  const rounds = Number(option('rounds', '3'));
  const connections = Number(option('connections', '4'));
  const asOf = option('as-of', '2026-12-01');
  const orm = await openOrm({ serverUrl: SERVER, dbName: source, entities, migrations });
  try {
    await migrate(orm);
    const em = orm.em.fork();
    await em.execute('vacuum analyze');
    const pages = (
      await em.execute<{ id: string }[]>(
        `select organisation_id as id from organisation_version where valid_from <= ?::date and (valid_to is null or valid_to > ?::date)
          order by name_sort_key collate "C", organisation_id`,
        [asOf, asOf],
      )
    ).map((row) => row.id);
    const page100: string[][] = [];
    for (let start = 0; start + 100 <= pages.length; start += 100) page100.push(pages.slice(start, start + 100));
    const cells = (
      await em.execute<{ id: string }[]>(
        `select organisation_id as id from organisation_version where kind in ('PARTY_CELL', 'GRASSROOTS_CELL') and valid_to is null order by md5(organisation_id::text) limit 400`,
      )
    ).map((row) => [row.id]);
    const everyOrganisation: string[][] = [];
    for (let start = 0; start < pages.length; start += 100) everyOrganisation.push(pages.slice(start, start + 100));
    await expectSameCounts(em, everyOrganisation, asOf);
    print(`steps equal the placements' counts for all ${pages.length} organisations on ${asOf}`);
    const workloads = [
      { name: 'memberCounts, page of 100', batches: page100 },
      { name: 'memberCounts, one card', batches: cells },
    ];
    const variants = [
      { name: 'recursive walk (until 2026-12-02)', run: (fork: EntityManager, ids: readonly string[]) => countBefore(fork, ids, asOf) },
      { name: 'closure + placements (2026-12-03)', run: (fork: EntityManager, ids: readonly string[]) => countByPlacements(fork, ids, asOf) },
      { name: 'steps (now)', run: (fork: EntityManager, ids: readonly string[]) => countAfter(fork, ids, asOf) },
    ];
    print(`database ${source}, as of ${asOf}: ${pages.length} organisations; ${connections} connections, ${rounds} alternating rounds of ${seconds} s, medians`);
    print('| workload | variant | req/s | p50 ms | p99 ms |');
    print('| --- | --- | --- | --- | --- |');
    for (const workload of workloads) {
      const results = new Map<string, { rate: number; p50: number; p99: number }[]>();
      for (let index = 0; index < rounds; index++) {
        for (const variant of index % 2 === 0 ? variants : [...variants].reverse()) {
          const result = await round(em, variant.run, workload.batches, seconds, connections);
          results.set(variant.name, [...(results.get(variant.name) ?? []), result]);
        }
      }
      for (const variant of variants) {
        const all = results.get(variant.name) ?? [];
        const rate = median(all.map((r) => r.rate));
        print(`| ${workload.name} | ${variant.name} | ${rate.toFixed(1)} | ${median(all.map((r) => r.p50)).toFixed(1)} | ${median(all.map((r) => r.p99)).toFixed(1)} |`);
      }
    }
  } finally {
    await orm.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
