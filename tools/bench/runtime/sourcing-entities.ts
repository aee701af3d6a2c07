// Load on the sourcing subgraph alone: the `_entities` fetch the gateway sends for a page of
// the ward dashboard (or referralStats alone), against one or more running sourcing services,
// in alternating rounds, so before and after are measured side by side in one run. With
// `--query memberCounts` the same for the organisation subgraph's part of the page (its
// `--database` an organisation database).
//
//   node tools/build/run-ts.mjs tools/bench/runtime/sourcing-entities.ts \
//     --target before=http://127.0.0.1:4192/graphql --target after=http://127.0.0.1:4292/graphql \
//     --database perfsrc_demo_sourcing [--organisations 50] [--query dashboard|stats|memberCounts] \
//     [--connections 10] [--seconds 10] [--rounds 3] [--rate 50]
//
// Closed loop (`--connections` requests in flight) gives req/s; `--rate` offers an even rate
// instead and gives the latency at that rate. It also reads PostgreSQL's tuple counters
// around 20 serial requests per target (tuples read per request).
import { Client } from 'pg';
import { INTERNAL_IDENTITY_HEADER, signInternalIdentity } from '@pdv/auth';

const QUERIES = {
  dashboard: `query($representations:[_Any!]!){ _entities(representations:$representations){ ... on Organisation {
    referralStats(year: 2026){ referrals people accepted nurturedNow admitted }
    candidates(first: 5){ totalCount edges { node { id } } } } } }`,
  stats: `query($representations:[_Any!]!){ _entities(representations:$representations){ ... on Organisation {
    referralStats(year: 2026){ referrals people accepted nurturedNow admitted } } } }`,
  memberCounts: `query($representations:[_Any!]!){ _entities(representations:$representations){ ... on Organisation {
    memberCounts { official probationary total officialVoteBase } } } }`,
} as const;

interface Options {
  targets: { label: string; url: string }[];
  database: string;
  databaseUrl: string;
  organisations: number;
  query: keyof typeof QUERIES;
  connections: number;
  seconds: number;
  rounds: number;
  rate: number | null;
  secret: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    targets: [],
    database: 'sourcing',
    databaseUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432',
    organisations: 50,
    query: 'dashboard',
    connections: 10,
    seconds: 10,
    rounds: 3,
    rate: null,
    secret: process.env.INTERNAL_AUTH_SECRET ?? 'development-only-internal-secret-change-me',
  };
  for (let index = 0; index < argv.length; index += 2) {
    const [name, value] = [argv[index], argv[index + 1]];
    if (value === undefined) throw new Error(`${name} needs a value`);
    if (name === '--target') {
      const [label, url] = value.split(/=(.*)/s);
      options.targets.push({ label, url });
    } else if (name === '--database') options.database = value;
    else if (name === '--organisations') options.organisations = Number(value);
    else if (name === '--query' && (value === 'dashboard' || value === 'stats' || value === 'memberCounts')) options.query = value;
    else if (name === '--connections') options.connections = Number(value);
    else if (name === '--seconds') options.seconds = Number(value);
    else if (name === '--rounds') options.rounds = Number(value);
    else if (name === '--rate') options.rate = Number(value);
    else throw new Error(`unknown option ${name} ${value}`);
  }
  if (options.targets.length === 0) throw new Error('give at least one --target label=url');
  return options;
}

/** The first organisations of the tree by code: the page a ward dashboard shows first. */
async function pageOfOrganisations(client: Client, size: number): Promise<string[]> {
  // A sourcing database keeps the tree as a read model; the organisation database owns it.
  const [{ owner }] = (await client.query<{ owner: boolean }>(`select to_regclass('organisation_version') is not null as owner`)).rows;
  const rows = owner
    ? await client.query<{ id: string }>('select organisation_id as id from organisation_version where valid_to is null order by code, organisation_id limit $1', [size])
    : await client.query<{ id: string }>('select id from org_read_model where active order by code, id limit $1', [size]);
  return rows.rows.map((row) => row.id);
}

async function tuplesRead(client: Client, database: string): Promise<number> {
  await client.query('select pg_stat_clear_snapshot()');
  const rows = await client.query<{ tuples: string }>('select tup_returned + tup_fetched as tuples from pg_stat_database where datname = $1', [database]);
  return Number(rows.rows[0]?.tuples ?? 0);
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const client = new Client({ connectionString: `${options.databaseUrl.replace(/\/$/, '')}/${options.database}` });
  await client.connect();
  const ids = await pageOfOrganisations(client, options.organisations);
  const body = JSON.stringify({ query: QUERIES[options.query], variables: { representations: ids.map((id) => ({ __typename: 'Organisation', id })) } });
  const board = { userId: 'bench-board', role: 'PARTY_BUILDING_BOARD' as const, scopeId: null };
  let token = await signInternalIdentity(board, options.secret);
  const refresh = setInterval(() => {
    void signInternalIdentity(board, options.secret).then((fresh) => (token = fresh));
  }, 30_000);

  async function request(url: string): Promise<number> {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', [INTERNAL_IDENTITY_HEADER]: token }, body });
    const result = (await response.json()) as { errors?: unknown[]; data?: { _entities: unknown[] } };
    if (result.errors?.length || result.data?._entities.length !== ids.length) throw new Error(`bad answer from ${url}: ${JSON.stringify(result.errors ?? result).slice(0, 300)}`);
    return performance.now() - started;
  }

  async function closedLoop(url: string): Promise<{ rate: number; latencies: number[] }> {
    const latencies: number[] = [];
    const until = performance.now() + options.seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.connections }, async () => {
        while (performance.now() < until) latencies.push(await request(url));
      }),
    );
    return { rate: latencies.length / ((performance.now() - started) / 1000), latencies };
  }

  async function openLoop(url: string, rate: number): Promise<{ rate: number; latencies: number[] }> {
    const latencies: number[] = [];
    const total = Math.round(rate * options.seconds);
    const started = performance.now();
    const pending: Promise<void>[] = [];
    for (let index = 0; index < total; index += 1) {
      const due = started + (index * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // Latency from the moment the request was due, so a backlog shows (no coordinated omission).
      pending.push(request(url).then(() => void latencies.push(performance.now() - due)));
    }
    await Promise.all(pending);
    return { rate: latencies.length / ((performance.now() - started) / 1000), latencies };
  }

  const results = new Map(options.targets.map((target) => [target.label, { rates: [] as number[], p50: [] as number[], p99: [] as number[], tuples: 0 }]));
  for (const target of options.targets) {
    for (let index = 0; index < 5; index += 1) await request(target.url); // warm up
    const before = await tuplesRead(client, options.database);
    for (let index = 0; index < 20; index += 1) await request(target.url);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the statistics collector flushes about every second
    results.get(target.label)!.tuples = Math.round(((await tuplesRead(client, options.database)) - before) / 20);
  }
  for (let round = 0; round < options.rounds; round += 1) {
    for (const target of round % 2 === 0 ? options.targets : [...options.targets].reverse()) {
      const { rate, latencies } = options.rate ? await openLoop(target.url, options.rate) : await closedLoop(target.url);
      const sorted = latencies.sort((a, b) => a - b);
      const entry = results.get(target.label)!;
      entry.rates.push(rate);
      entry.p50.push(percentile(sorted, 50));
      entry.p99.push(percentile(sorted, 99));
    }
  }
  clearInterval(refresh);
  await client.end();

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const first = median(results.get(options.targets[0].label)!.rates);
  const mode = options.rate ? `offered ${options.rate} req/s` : `${options.connections} connections`;
  console.log(`_entities (${options.query}), ${ids.length} organisations of ${options.database}, ${mode}, ${options.seconds} s rounds, medians of ${options.rounds}`);
  console.log('| target | req/s | p50 ms | p99 ms | tuples read / request | × first |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [label, entry] of results) {
    const rate = median(entry.rates);
    console.log(`| ${label} | ${rate.toFixed(1)} | ${median(entry.p50).toFixed(1)} | ${median(entry.p99).toFixed(1)} | ${entry.tuples} | ${(rate / first).toFixed(2)} |`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
