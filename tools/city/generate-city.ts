import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { ensureNats, ensurePostgres } from '../stack/infrastructure';
import { answersOk, canConnect, type Managed, type Output, runToCompletion, StackError, startProcess, stopProcess, waitUntil } from '../stack/processes';
import { appOf, databaseOf, filesOf, GATEWAY, gatewayEnvironment, serviceEnvironment, SERVICES, type ServiceDefinition, WORKSPACE_ROOT } from '../stack/services';
import { CITY_USAGE, type CityOptions, parseCityOptions } from './city-options';
import { GatewayClient } from './gateway-client';

// `npm run generate:city -- --wards 126`: the city-scale data of issue 7, loaded through the
// services' own paths. It builds and migrates the organisation and sourcing services against
// `<prefix>organisation` / `<prefix>sourcing`, starts them on their own ports and event
// namespace, then
//   1. organisation: seed-city.js loads the wards one by one through the demo ward's loader
//      (domain checks, bulk SQL, outbox events) and writes the referral csv files;
//   2. events: waits until sourcing's read model holds every organisation and member (the
//      organisation relay → JetStream → sourcing's consumer), and measures both;
//   3. sourcing: publishes the privacy notice, creates the six referring units and submits
//      each csv to importReferrals, then each ward's cell secretary accepts the referrals
//      (acceptReferrals, "accept the selected") — all through the gateway (its own port, development tokens).
// Prints the time of each phase and the totals, stops the services and leaves the databases
// for `npm run bench -- --city --database-prefix city_`. Re-running adds nothing twice.

const READY_TIMEOUT_MS = 90_000;
const EVENTS_TIMEOUT_MS = 60 * 60_000;
const ACCEPTS_PER_REQUEST = 100;
const ACCEPT_CONCURRENCY = 2;
const BOARD = { role: 'PARTY_BUILDING_BOARD' };
const TOKEN_CONCURRENCY = 4;

interface Phase {
  name: string;
  seconds: number;
  detail: string;
}

const phases: Phase[] = [];

async function phase<T>(name: string, run: () => Promise<{ result: T; detail: string }>): Promise<T> {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const { result, detail } = await run();
  const seconds = (Date.now() - started) / 1000;
  phases.push({ name, seconds, detail });
  console.log(`✔ ${name}: ${seconds.toFixed(1)} s — ${detail}`);
  return result;
}

function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  parsed.search = '';
  return parsed.toString().replace(/\/$/, '');
}

const rate = (count: number, seconds: number) => (seconds > 0 ? Math.round(count / seconds) : 0);

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql);
  return Number(rows[0].n);
}

/** Peak resident memory of a process we started (Linux), in MiB. */
function peakRssMb(managed: Managed | undefined): number | null {
  const pid = managed?.child.pid;
  if (!pid) return null;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Commit → publish (relay) and publish-side throughput, from the outbox's own timestamps. */
async function outboxFigures(client: pg.Client, since: Date) {
  const { rows } = await client.query<{ events: string; first: Date | null; last: Date | null; p50: number | null; p99: number | null; busiest: string | null; median: string | null }>(
    `with o as (select created_at, published_at from outbox_event where created_at >= $1 and published_at is not null),
          s as (select date_trunc('second', published_at) as s, count(*) as n from o group by 1)
     select (select count(*) from o) as events, (select min(created_at) from o) as first, (select max(published_at) from o) as last,
            (select percentile_cont(0.5) within group (order by extract(epoch from published_at - created_at)) from o) as p50,
            (select percentile_cont(0.99) within group (order by extract(epoch from published_at - created_at)) from o) as p99,
            (select max(n) from s) as busiest, (select percentile_cont(0.5) within group (order by n) from s) as median`,
    [since],
  );
  const row = rows[0];
  const seconds = row.first && row.last ? (row.last.getTime() - row.first.getTime()) / 1000 : 0;
  return { events: Number(row.events), seconds, busiestSecond: Number(row.busiest ?? 0), medianBusySecond: Number(row.median ?? 0), lagP50: row.p50 ?? 0, lagP99: row.p99 ?? 0 };
}

/** The consumer's applied events (its inbox), per second. */
async function inboxFigures(client: pg.Client, since: Date, subjectPattern: string) {
  const { rows } = await client.query<{ events: string; first: Date | null; last: Date | null; busiest: string | null; median: string | null }>(
    `with i as (select processed_at from inbox_event where processed_at >= $1 and subject ~ $2),
          s as (select date_trunc('second', processed_at) as s, count(*) as n from i group by 1)
     select (select count(*) from i) as events, (select min(processed_at) from i) as first, (select max(processed_at) from i) as last,
            (select max(n) from s) as busiest, (select percentile_cont(0.5) within group (order by n) from s) as median`,
    [since, subjectPattern],
  );
  const row = rows[0];
  const seconds = row.first && row.last ? (row.last.getTime() - row.first.getTime()) / 1000 : 0;
  return { events: Number(row.events), seconds, busiestSecond: Number(row.busiest ?? 0), medianBusySecond: Number(row.median ?? 0) };
}

interface Manifest {
  notice: { version: string; publishedAt: string; summary: string };
  files: { fileName: string; massOrganisation: { kind: string; code: string; name: string }; rows: number; cellCodes: string[] }[];
}

async function main(options: CityOptions): Promise<void> {
  const totalStarted = Date.now();
  const environment = process.env;
  const serverUrl = serverUrlOf(environment.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432');
  const natsUrl = environment.NATS_URL || 'nats://127.0.0.1:4222';
  const dataDir = path.resolve(WORKSPACE_ROOT, environment.STACK_DATA_DIR || '.data');
  const output: Output = { pretty: !options.rawLogs, colour: Boolean(process.stdout.isTTY), width: 20 };

  // Each service on portBase + 1 + its place in SERVICES (organisation 1, sourcing 2, …).
  const withPort = (service: ServiceDefinition, index: number) => ({ ...service, port: options.portBase + 1 + index });
  const byName = (name: string) => withPort(SERVICES.find((s) => s.name === name) as ServiceDefinition, SERVICES.findIndex((s) => s.name === name));
  const organisation = byName('organisation');
  const sourcing = byName('sourcing');
  // The later services (training, admission, …) have no city data of their own yet, but the
  // gateway is ready only when every subgraph of the supergraph answers: they run migrated and
  // empty beside the two that are loaded.
  const others = SERVICES.map(withPort).filter((service) => !['organisation', 'sourcing'].includes(service.name) && filesOf(service).main && filesOf(service).printSchema);
  const everyService = [organisation, sourcing, ...others];
  const databaseName = (service: ServiceDefinition) => `${options.databasePrefix}${databaseOf(service)}`;
  const envOf = (service: ServiceDefinition): NodeJS.ProcessEnv => ({
    ...environment,
    ...serviceEnvironment(service, { databaseUrl: serverUrl, natsUrl, logLevel: environment.LOG_LEVEL || 'warn', nodeEnv: 'development', internalAuthSecret: environment.INTERNAL_AUTH_SECRET || undefined }),
    DATABASE_NAME: databaseName(service),
    EVENT_NAMESPACE: options.eventNamespace,
  });
  const bundle = (app: string, entry: string) => [path.join('dist/apps', app, `${entry}.js`)];
  const gatewayPort = options.portBase;
  // A csv of 10,000 rows is ~4.4 MB in base64, and a batch of accepts is one alias each.
  const gatewayEnv: NodeJS.ProcessEnv = {
    ...environment,
    ...gatewayEnvironment(everyService, { databaseUrl: serverUrl, natsUrl, logLevel: environment.LOG_LEVEL || 'warn', nodeEnv: 'development', internalAuthSecret: environment.INTERNAL_AUTH_SECRET || undefined }),
    PORT: String(gatewayPort),
    BODY_LIMIT: '16mb',
    MAX_ALIASES: String(ACCEPTS_PER_REQUEST * 2),
  };

  const started: Managed[] = [];
  const stopAll = async () => {
    for (const managed of [...started].reverse()) await stopProcess(managed);
  };
  process.on('SIGINT', () => void stopAll().then(() => process.exit(130)));
  const referralsDir = await mkdtemp(path.join(os.tmpdir(), 'pdv-city-'));

  console.log(
    `City: ${options.wards} wards, seed ${options.seed ?? 'default'}, databases ${databaseName(organisation)} / ${databaseName(sourcing)}, ` +
      `events namespace "${options.eventNamespace}", ports ${organisation.port} / ${sourcing.port}${options.reuse ? ' (reusing running services)' : ''}`,
  );
  const orgDb = new pg.Client({ connectionString: `${serverUrl}/${databaseName(organisation)}` });
  const srcDb = new pg.Client({ connectionString: `${serverUrl}/${databaseName(sourcing)}` });
  const running = new Map<string, Managed>();
  try {
    await phase('build and migrate', async () => {
      if (!options.reuse) {
        for (const service of everyService) {
          if (await canConnect('127.0.0.1', service.port)) throw new StackError(`Port ${service.port} is in use: pass --port-base, or --reuse to use the services there.`);
        }
        if (await canConnect('127.0.0.1', gatewayPort)) {
          throw new StackError(`Port ${gatewayPort} is in use: pass --port-base, or --reuse to use the stack there.`);
        }
      }
      const postgres = await ensurePostgres(serverUrl, dataDir, output);
      if (postgres) started.push(postgres);
      const nats = await ensureNats(natsUrl, dataDir, output);
      if (nats) started.push(nats);
      await Promise.all([
        runToCompletion('build organisation', process.execPath, ['tools/build/build-app.mjs', 'apps/organisation-service', 'src/main.ts', 'src/migrate.ts', 'src/seed-city.ts'], { cwd: WORKSPACE_ROOT, output }),
        runToCompletion('build gateway', process.execPath, ['tools/build/build-app.mjs', 'apps/gateway'], { cwd: WORKSPACE_ROOT, output }),
        runToCompletion('build sourcing', process.execPath, ['tools/build/build-app.mjs', 'apps/sourcing-service', 'src/main.ts', 'src/migrate.ts'], { cwd: WORKSPACE_ROOT, output }),
        ...others.map((service) =>
          runToCompletion(`build ${service.name}`, process.execPath, ['tools/build/build-app.mjs', `apps/${appOf(service)}`, 'src/main.ts', 'src/migrate.ts'], { cwd: WORKSPACE_ROOT, output }),
        ),
      ]);
      for (const service of everyService) {
        await runToCompletion(`${service.name} migrate`, process.execPath, bundle(appOf(service), 'migrate'), { cwd: WORKSPACE_ROOT, env: envOf(service), output });
      }
      return { result: null, detail: `${everyService.map(databaseName).join(', ')} migrated` };
    });
    await orgDb.connect();
    await srcDb.connect();

    await phase('start services', async () => {
      if (!options.reuse) {
        for (const service of everyService) {
          const managed = startProcess(appOf(service), process.execPath, bundle(appOf(service), 'main'), { cwd: WORKSPACE_ROOT, env: envOf(service), output });
          started.push(managed);
          running.set(service.name, managed);
        }
      }
      for (const service of everyService) {
        await waitUntil(`${appOf(service)} to be ready`, () => answersOk(`http://127.0.0.1:${service.port}/readyz`), { timeoutMs: READY_TIMEOUT_MS, process: running.get(service.name) });
      }
      if (!options.reuse) {
        const managed = startProcess(GATEWAY.app, process.execPath, bundle(GATEWAY.app, 'main'), { cwd: WORKSPACE_ROOT, env: gatewayEnv, output });
        started.push(managed);
        running.set(GATEWAY.app, managed);
      }
      await waitUntil('the gateway to be ready', () => answersOk(`http://127.0.0.1:${gatewayPort}/readyz`), { timeoutMs: READY_TIMEOUT_MS, process: running.get(GATEWAY.app) });
      return { result: null, detail: `gateway :${gatewayPort}, ${everyService.map((service) => `${service.name} :${service.port}`).join(', ')}` };
    });

    // ---- 1. organisation ---------------------------------------------------------------------
    const eventsSince = new Date(Date.now() - 1_000);
    const seedArgs = [
      '--wards', String(options.wards), '--referrals-dir', referralsDir,
      ...(options.seed === null ? [] : ['--seed', String(options.seed)]),
      ...(options.members === null ? [] : ['--members', String(options.members)]),
      ...(options.candidates === null ? [] : ['--candidates', String(options.candidates)]),
    ];
    const seedReport = await phase('organisation: generate and load the wards', async () => {
      const managed = startProcess('organisation city', process.execPath, [...bundle(appOf(organisation), 'seed-city'), ...seedArgs], {
        cwd: WORKSPACE_ROOT,
        env: { ...envOf(organisation), LOG_LEVEL: 'info' },
        output,
      });
      let report: Record<string, number> | null = null;
      readline.createInterface({ input: managed.child.stdout!, crlfDelay: Infinity }).on('line', (line) => {
        if (line.startsWith('city-seed ')) report = JSON.parse(line.slice('city-seed '.length)) as Record<string, number>;
      });
      const result = await managed.exited;
      if (result !== 0 || report === null) throw new StackError(`the city seed failed (exit ${result}); its output is above.`);
      const r = report as Record<string, number>;
      const seconds = r.elapsedMs / 1000;
      return {
        result: r,
        detail:
          `${r.wards} wards, ${r.organisations} organisations, ${r.members} members, ${r.movements} movements, ${r.exemptions} exemptions, ` +
          `${r.supervisionAssignments} supervisions, ${r.events} events (${rate(r.members, seconds)} members/s, ${rate(r.events, seconds)} events/s; ` +
          `generate ${(r.generateMs / 1000).toFixed(1)} s, load ${(r.loadMs / 1000).toFixed(1)} s, peak RSS ${r.peakRssMb} MiB)`,
      };
    });

    // ---- 2. events ---------------------------------------------------------------------------
    const expected = {
      organisations: await count(orgDb, 'select count(*) as n from organisation'),
      members: await count(orgDb, 'select count(*) as n from party_member'),
    };
    await phase('events: organisation relay → JetStream → sourcing read model', async () => {
      const deadline = Date.now() + EVENTS_TIMEOUT_MS;
      let announced = 0;
      for (;;) {
        const pending = await count(orgDb, 'select count(*) as n from outbox_event where published_at is null');
        const organisations = await count(srcDb, 'select count(*) as n from org_read_model');
        const members = await count(srcDb, 'select count(*) as n from member_read_model');
        if (pending === 0 && organisations >= expected.organisations && members >= expected.members) break;
        if (Date.now() > deadline) throw new StackError(`sourcing's read model did not catch up within ${EVENTS_TIMEOUT_MS / 60_000} min (${organisations}/${expected.organisations} organisations, ${members}/${expected.members} members)`);
        if (Date.now() - announced > 15_000) {
          announced = Date.now();
          console.log(`  … outbox unpublished ${pending}; sourcing has ${organisations}/${expected.organisations} organisations, ${members}/${expected.members} members`);
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      const relay = await outboxFigures(orgDb, eventsSince);
      const consumer = await inboxFigures(srcDb, eventsSince, '(^|\\.)organisation\\.');
      return {
        result: null,
        detail:
          `relay published ${relay.events} events in ${relay.seconds.toFixed(1)} s (${rate(relay.events, relay.seconds)}/s overall, median busy second ${relay.medianBusySecond}, busiest ${relay.busiestSecond}; ` +
          `commit → publish p50 ${(relay.lagP50 * 1000).toFixed(0)} ms, p99 ${(relay.lagP99 * 1000).toFixed(0)} ms while loading); ` +
          `consumer applied ${consumer.events} in ${consumer.seconds.toFixed(1)} s (${rate(consumer.events, consumer.seconds)}/s, median busy second ${consumer.medianBusySecond}, busiest ${consumer.busiestSecond})`,
      };
    });

    // ---- 3. sourcing -------------------------------------------------------------------------
    const client = new GatewayClient(`http://127.0.0.1:${gatewayPort}/graphql`, gatewayEnv);
    const manifest = JSON.parse(readFileSync(path.join(referralsDir, 'manifest.json'), 'utf8')) as Manifest;
    const referralIds = await phase('sourcing: import the referral spreadsheets (importReferrals)', async () => {
      const notices = await client.query<{ privacyNotices: { version: string }[] }>(BOARD, '{ privacyNotices { version } }');
      if (!notices.privacyNotices.some((n) => n.version === manifest.notice.version)) {
        await client.query(BOARD, 'mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }', { input: manifest.notice });
      }
      const units = await client.query<{ massOrganisations: { id: string; code: string }[] }>(BOARD, '{ massOrganisations(includeInactive: true) { id code } }');
      const ids: { referralId: string; wardCode: string }[] = [];
      const lines: string[] = [];
      let rows = 0;
      let imported = 0;
      let duplicates = 0;
      for (const file of manifest.files) {
        let unit = units.massOrganisations.find((u) => u.code === file.massOrganisation.code);
        if (!unit) {
          unit = (
            await client.query<{ createMassOrganisation: { id: string; code: string } }>(BOARD, 'mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id code } }', {
              input: file.massOrganisation,
            })
          ).createMassOrganisation;
        }
        const staff = { role: 'MASS_ORG_STAFF', scopeId: unit.id };
        const content = readFileSync(path.join(referralsDir, file.fileName));
        await client.token(staff); // minted before the clock starts: the import is what is timed
        const fileStarted = Date.now();
        const report = await client.query<{
          importReferrals: { committed: boolean; totalRows: number; imported: number; duplicates: number; errors: number; rows: { row: number; status: string; referralId: string | null; problems: { message: string }[] }[] };
        }>(
          staff,
          `mutation($input: ImportReferralsInput!) { importReferrals(input: $input) {
             committed totalRows imported duplicates errors rows { row status referralId problems { message } } } }`,
          { input: { massOrganisationId: unit.id, fileName: file.fileName, contentBase64: content.toString('base64'), format: 'CSV', mode: 'VALID_ROWS_ONLY', consentNoticeVersion: manifest.notice.version } },
        );
        const r = report.importReferrals;
        if (r.errors > 0) {
          const first = r.rows.filter((row) => row.status === 'ERROR').slice(0, 3).map((row) => `row ${row.row}: ${row.problems.map((p) => p.message).join('; ')}`);
          console.log(`  ${file.fileName}: ${r.errors} rows with errors, e.g. ${first.join(' | ')}`);
        }
        const ms = Date.now() - fileStarted;
        lines.push(`${file.fileName} ${r.totalRows} rows ${ms} ms (${rate(r.totalRows, ms / 1000)} rows/s, ${(content.length / 2 ** 20).toFixed(1)} MiB)`);
        console.log(`  ${lines[lines.length - 1]}: ${r.imported} imported, ${r.duplicates} duplicates, ${r.errors} errors`);
        rows += r.totalRows;
        imported += r.imported;
        duplicates += r.duplicates;
        // Row 2 is the file's first person (the header is row 1); a cell code starts with its ward's.
        for (const row of r.rows) {
          if (row.referralId && row.status !== 'ERROR') ids.push({ referralId: row.referralId, wardCode: file.cellCodes[row.row - 2].split('.')[0] });
        }
      }
      return { result: ids, detail: `${manifest.files.length} files, ${rows} rows: ${imported} imported, ${duplicates} duplicates` };
    });

    await phase('sourcing: cells accept the referrals (acceptReferrals)', async () => {
      // Only a cell secretary decides on referrals: one per ward, scoped to the ward committee.
      const wardIds = new Map<string, string>();
      for (let after: string | null = null; ; ) {
        const page: { organisations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; code: string } }[] } } = await client.query(
          BOARD,
          'query($after: String) { organisations(first: 100, after: $after, filter: { kind: WARD_COMMITTEE }) { pageInfo { hasNextPage endCursor } edges { node { id code } } } }',
          { after },
        );
        for (const { node } of page.organisations.edges) wardIds.set(node.code, node.id);
        if (!page.organisations.pageInfo.hasNextPage) break;
        after = page.organisations.pageInfo.endCursor;
      }
      const secretaryOf = (wardCode: string) => ({ role: 'CELL_SECRETARY', scopeId: wardIds.get(wardCode) });
      // Every n-th referral, so a share below 1 still spreads over all units and cells; in
      // batches of one ward (one identity per request).
      const chosen = referralIds.filter((_, i) => Math.floor((i + 1) * options.acceptShare) > Math.floor(i * options.acceptShare));
      let accepted = 0;
      let refused = 0;
      const codes = new Map<string, number>();
      let next = 0;
      const byWard = new Map<string, string[]>();
      for (const { referralId, wardCode } of chosen) byWard.set(wardCode, [...(byWard.get(wardCode) ?? []), referralId]);
      const batches = [...byWard].flatMap(([wardCode, ids]) =>
        Array.from({ length: Math.ceil(ids.length / ACCEPTS_PER_REQUEST) }, (_, i) => ({ wardCode, ids: ids.slice(i * ACCEPTS_PER_REQUEST, (i + 1) * ACCEPTS_PER_REQUEST) })),
      );
      const worker = async () => {
        while (next < batches.length) {
          const batch = batches[next];
          next += 1;
          // Each referral is accepted on its own: one already decided is answered, not fatal to the batch.
          const { data, errors } = await client.request<{ acceptReferrals: { ok: boolean; code: string | null }[] }>(
            secretaryOf(batch.wardCode),
            'mutation($ids: [ID!]!) { acceptReferrals(input: { referralIds: $ids }) { ok code } }',
            { ids: batch.ids },
          );
          const answers = data?.acceptReferrals ?? [];
          accepted += answers.filter((answer) => answer.ok).length;
          refused += answers.filter((answer) => !answer.ok).length + errors.length;
          for (const code of [...answers.filter((answer) => !answer.ok).map((answer) => answer.code ?? 'ERROR'), ...errors.map((error) => error.extensions?.code ?? 'ERROR')]) {
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        }
      };
      const wardCodes = [...byWard.keys()];
      for (let i = 0; i < wardCodes.length; i += TOKEN_CONCURRENCY) await Promise.all(wardCodes.slice(i, i + TOKEN_CONCURRENCY).map((code) => client.token(secretaryOf(code))));
      const acceptStarted = Date.now();
      await Promise.all(Array.from({ length: ACCEPT_CONCURRENCY }, worker));
      const seconds = (Date.now() - acceptStarted) / 1000;
      const refusals = [...codes].map(([code, n]) => `${n} ${code}`).join(', ');
      return { result: null, detail: `${accepted} accepted of ${chosen.length} (${rate(accepted, seconds)}/s)${refused ? `; refused: ${refusals}` : ''}` };
    });

    // Every service's tables were filled in bulk or event by event in minutes: fresh planner
    // statistics, so the first reads of a benchmark plan on the city's real shape (autovacuum
    // may be off, as on the CI machine, or not yet round).
    await phase('analyze every database', async () => {
      for (const service of everyService) {
        const db = new pg.Client({ connectionString: `${serverUrl}/${databaseName(service)}` });
        await db.connect();
        try {
          await db.query('analyze');
        } finally {
          await db.end();
        }
      }
      return { result: null, detail: everyService.map((service) => databaseName(service)).join(', ') };
    });

    // ---- totals -------------------------------------------------------------------------------
    const tables = async (db: pg.Client, names: string[]) => {
      const counts: Record<string, number> = {};
      for (const name of names) counts[name] = await count(db, `select count(*) as n from ${name}`);
      return counts;
    };
    const orgRows = await tables(orgDb, ['organisation', 'organisation_version', 'party_member', 'member_movement', 'member_placement', 'target_exemption', 'supervision_assignment', 'outbox_event']);
    const srcRows = await tables(srcDb, ['org_read_model', 'member_read_model', 'mass_organisation', 'candidate', 'referral', 'inbox_event', 'outbox_event']);
    const byStatus = (await srcDb.query<{ status: string; n: string }>('select status, count(*) as n from candidate group by status order by status')).rows;
    const sizes = (
      await orgDb.query<{ datname: string; size: string }>('select datname, pg_size_pretty(pg_database_size(datname)) as size from pg_database where datname = any($1) order by datname', [
        [databaseName(organisation), databaseName(sourcing)],
      ])
    ).rows;
    console.log('\nCity generated');
    console.log('phase                                                          seconds  detail');
    for (const p of phases) console.log(`${p.name.padEnd(62)} ${p.seconds.toFixed(1).padStart(7)}  ${p.detail}`);
    console.log(`${'total'.padEnd(62)} ${((Date.now() - totalStarted) / 1000).toFixed(1).padStart(7)}`);
    console.log(`organisation rows: ${Object.entries(orgRows).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`sourcing rows: ${Object.entries(srcRows).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    console.log(`candidates by status: ${byStatus.map((row) => `${row.status} ${row.n}`).join(', ')}`);
    console.log(`database sizes: ${sizes.map((row) => `${row.datname} ${row.size}`).join(', ')}`);
    console.log(
      `peak RSS: city seed ${seedReport.peakRssMb} MiB, gateway ${peakRssMb(running.get(GATEWAY.app)) ?? '?'} MiB, organisation-service ${peakRssMb(running.get('organisation')) ?? '?'} MiB, sourcing-service ${peakRssMb(running.get('sourcing')) ?? '?'} MiB`,
    );
    console.log(`Benchmark it: npm run bench -- --city --database-prefix ${options.databasePrefix}`);
  } finally {
    await orgDb.end().catch(() => undefined);
    await srcDb.end().catch(() => undefined);
    await rm(referralsDir, { recursive: true, force: true });
    await stopAll();
  }
}

let options: CityOptions;
try {
  options = parseCityOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${CITY_USAGE}`);
  process.exit(2);
}
main(options).catch((error: unknown) => {
  console.error(`\n${error instanceof StackError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
