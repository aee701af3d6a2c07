/**
 * `node tools/build/run-ts.mjs apps/organisation-service/src/bench-member-counts.ts [--database city_organisation] [--seconds 10] [--rounds 3] [--connections 4] [--as-of 2026-12-01]`
 *
 * memberCounts before and after the closure table, side by side in one run (issue 7): the SQL
 * the organisation subgraph sends for a page of 100 organisations and for one card, run by
 * concurrent clients in alternating rounds. "after" is the service's own countMembersAsOf;
 * "before" is the recursive walk it replaced, kept here verbatim as the baseline. Each runs on
 * its own throwaway copy of the database: "before" on the copy as it is (the source's
 * migrations, its indexes), "after" on a copy migrated by the service's migrations (the closure
 * table backfilled, the covering placement index). Both copies are dropped at the end; the
 * source database is only read as a template.
 */
import { Client } from 'pg';
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
  const copies = { before: `${source}_counts_before`, after: `${source}_counts_after` };
  const admin = new Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  for (const copy of Object.values(copies)) {
    await admin.query(`drop database if exists "${copy}"`);
    await admin.query(`create database "${copy}" template "${source}"`);
  }
  // The "before" copy is never migrated: only read through the ORM's connection.
  const beforeOrm = await openOrm({ serverUrl: SERVER, dbName: copies.before, entities, migrations });
  const orm = await openOrm({ serverUrl: SERVER, dbName: copies.after, entities, migrations });
  try {
    await migrate(orm);
    const em = orm.em.fork();
    const beforeEm = beforeOrm.em.fork();
    await em.execute('vacuum analyze');
    await beforeEm.execute('vacuum analyze');
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
    const workloads = [
      { name: 'memberCounts, page of 100', batches: page100 },
      { name: 'memberCounts, one card', batches: cells },
    ];
    const variants = [
      { name: 'before (recursive walk)', em: beforeEm, run: (fork: EntityManager, ids: readonly string[]) => countBefore(fork, ids, asOf) },
      { name: 'after (closure table)', em, run: (fork: EntityManager, ids: readonly string[]) => countAfter(fork, ids, asOf) },
    ];
    print(`database ${source} (copies ${copies.before}, ${copies.after}), as of ${asOf}: ${pages.length} organisations; ${connections} connections, ${rounds} alternating rounds of ${seconds} s, medians`);
    print('| workload | variant | req/s | p50 ms | p99 ms |');
    print('| --- | --- | --- | --- | --- |');
    for (const workload of workloads) {
      const results = new Map<string, { rate: number; p50: number; p99: number }[]>();
      for (let index = 0; index < rounds; index++) {
        for (const variant of index % 2 === 0 ? variants : [...variants].reverse()) {
          const result = await round(variant.em, variant.run, workload.batches, seconds, connections);
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
    await beforeOrm.close();
    for (const copy of Object.values(copies)) await admin.query(`drop database if exists "${copy}"`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
