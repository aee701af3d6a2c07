// The messaging figures of issue 7, measured with the real outbox relay and consumer of
// @pdv/messaging on this machine's PostgreSQL and NATS JetStream:
//
//   node tools/build/run-ts.mjs tools/bench/runtime/messaging-throughput.ts \
//     [--events 20000] [--seconds 10] [--rounds 3] [--rate 200] [--sustained 2000]
//
// 1. relay backlog: `--events` committed rows, then the relay starts: events/s from its start
//    to the last PubAck (the relay's capacity).
// 2. relay sustained: `--sustained` events/s offered as 10-event transactions for `--seconds`:
//    events/s published and each event's commit → published latency.
// 3. commit → effect at `--rate` events/s, one event per transaction, and 4. a consumer's
//    backlog (events/s): a consumer in a process of its own, as a service runs it, with its
//    own database, applying each event in its own transaction (`1 per transaction`) and in
//    groups of what is already waiting (the default), in alternating rounds.
//
// The producer and the relay share this process, as a service's relay shares its process.
// "Effect" is the consumer's handler running inside its transaction (clock_timestamp() of
// its insert), just before that transaction commits. Everything it creates — two databases,
// the run's streams — is removed at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { createInterface } from 'node:readline';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { organisationRegistered, SYSTEM_ACTOR, type EventData } from '@pdv/contracts';
import {
  ensureStreams,
  EventRecorder,
  eventHandler,
  messagingEntities,
  messagingMigration,
  OutboxRelay,
  startConsumer,
  streamDefinitions,
} from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { dropDatabase, ensureDatabase, migrate, type MikroORM, openOrm } from '@pdv/persistence';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const logger = createLogger('messaging-bench', process.env.LOG_LEVEL ?? 'warn');

interface Options {
  events: number;
  seconds: number;
  rounds: number;
  rate: number;
  sustained: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { events: 20_000, seconds: 10, rounds: 3, rate: 200, sustained: 2_000 };
  for (let index = 0; index < argv.length; index += 2) {
    const name = argv[index].replace(/^--/, '') as keyof Options;
    const value = Number(argv[index + 1]);
    if (!(name in options) || !Number.isFinite(value) || value <= 0) throw new Error(`bad option ${argv[index]} ${argv[index + 1]}`);
    options[name] = value;
  }
  return options;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function organisation(): EventData<typeof organisationRegistered> {
  return {
    organisationId: randomUUID(),
    parentId: null,
    kind: 'PARTY_CELL',
    sector: 'RESIDENTIAL_AREA',
    code: `CB-${randomBytes(3).toString('hex')}`,
    name: 'Chi bộ khu dân cư số 1',
    validFrom: '2026-01-01',
  };
}

async function openDatabase(dbName: string): Promise<MikroORM> {
  await ensureDatabase(SERVER_URL, dbName);
  const orm = await openOrm({ serverUrl: SERVER_URL, dbName, entities: messagingEntities, migrations: [messagingMigration] });
  await migrate(orm);
  return orm;
}

// ── the consumer process ────────────────────────────────────────────────────────────────
async function runConsumerProcess(argv: string[]): Promise<void> {
  const [dbName, ns, consumerName, perTransaction] = argv;
  const orm = await openOrm({ serverUrl: SERVER_URL, dbName, entities: messagingEntities, migrations: [messagingMigration] });
  const nc = await connect({ servers: NATS_URL, name: consumerName });
  const consumer = await startConsumer({
    orm,
    js: jetstream(nc),
    jsm: await jetstreamManager(nc),
    ns,
    consumerName,
    stream: 'ORGANISATION',
    eventsPerTransaction: Number(perTransaction),
    handlers: [
      eventHandler(organisationRegistered, async (envelope, { em }) => {
        await em.execute('insert into bench_applied (event_id, applied_at) values (?, clock_timestamp())', [envelope.id]);
      }),
    ],
    logger,
  });
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await consumer.stop();
  await nc.close();
  await orm.close();
}

function startConsumerProcess(dbName: string, ns: string, consumerName: string, perTransaction: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [process.argv[1], '--consumer', dbName, ns, consumerName, String(perTransaction)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => (line === 'ready' ? resolve(child) : reject(new Error(`consumer said ${line}`))));
    child.once('exit', (code) => reject(new Error(`consumer exited with ${code}`)));
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

// ── the measuring process ───────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  if (process.argv[2] === '--consumer') return runConsumerProcess(process.argv.slice(3));
  const options = parseOptions(process.argv.slice(2));
  const run = randomBytes(4).toString('hex');
  const producerDb = `bench_msg_${run}_producer`;
  const consumerDb = `bench_msg_${run}_consumer`;
  const namespaces: string[] = [];
  const producer = await openDatabase(producerDb);
  const consumerOrm = await openDatabase(consumerDb);
  await consumerOrm.em.fork().execute('create table bench_applied (event_id uuid primary key, applied_at timestamptz not null)');
  const nc = await connect({ servers: NATS_URL, name: 'messaging-bench' });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const relay = new OutboxRelay({ orm: producer, js, logger, pollIntervalMs: 1_000 });

  async function freshNamespace(): Promise<EventRecorder> {
    const ns = `bm${run}${namespaces.length}`;
    namespaces.push(ns);
    await ensureStreams(jsm, ns);
    return new EventRecorder({ source: 'organisation-service', ns });
  }
  const sql = <T>(orm: MikroORM, query: string, params: unknown[] = []) => orm.em.fork().execute<T[]>(query, params);
  async function pending(): Promise<number> {
    const [row] = await sql<{ n: string }>(producer, 'select count(*) as n from outbox_event where published_at is null');
    return Number(row.n);
  }
  async function waitUntil(probe: () => Promise<boolean>, what: string, timeoutMs = 300_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await delay(5);
    }
  }
  async function commitBacklog(recorder: EventRecorder, count: number): Promise<void> {
    await producer.em.fork().transactional((em) =>
      recorder.recordMany(em, organisationRegistered, {
        actor: SYSTEM_ACTOR,
        at: new Date(),
        events: Array.from({ length: count }, () => {
          const data = organisation();
          return { aggregateId: data.organisationId, data };
        }),
      }),
    );
  }
  /** Commits `perTransaction` events per transaction at `eventsPerSecond` for `seconds`; their ids. */
  async function offer(recorder: EventRecorder, eventsPerSecond: number, perTransaction: number, seconds: number): Promise<string[]> {
    const ids: string[] = [];
    const transactions = Math.round((eventsPerSecond / perTransaction) * seconds);
    const start = performance.now();
    const inFlight = new Set<Promise<void>>();
    for (let index = 0; index < transactions; index += 1) {
      const due = start + (index * perTransaction * 1_000) / eventsPerSecond;
      const wait = due - performance.now();
      if (wait > 1) await delay(wait);
      const commit = producer.em
        .fork()
        .transactional(async (em) => {
          for (let event = 0; event < perTransaction; event += 1) {
            const data = organisation();
            ids.push(recorder.recordEvent(em, organisationRegistered, { aggregateId: data.organisationId, data, actor: SYSTEM_ACTOR }).id);
          }
        })
        .then(() => undefined);
      inFlight.add(commit);
      void commit.finally(() => inFlight.delete(commit));
      // A producer pool of 10 connections at most, as a service's would be.
      if (inFlight.size >= 10) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return ids;
  }

  const lines: string[] = [];
  const report = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  try {
    // 1. relay backlog
    const drainRates: number[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const recorder = await freshNamespace();
      await commitBacklog(recorder, options.events);
      const start = performance.now();
      await relay.start();
      await waitUntil(async () => (await pending()) === 0, 'the relay to publish the backlog');
      const seconds = (performance.now() - start) / 1_000;
      await relay.stop();
      drainRates.push(options.events / seconds);
      console.log(`  relay backlog round ${round}: ${fmt(options.events)} events in ${fmt(seconds, 2)} s = ${fmt(options.events / seconds)} events/s`);
    }

    // 2. relay sustained
    await relay.start();
    const sustained: { rate: number; p50: number; p99: number }[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      const recorder = await freshNamespace();
      const ids = await offer(recorder, options.sustained, 10, options.seconds);
      await waitUntil(async () => (await pending()) === 0, 'the relay to catch up');
      const rows = await sql<{ lag_ms: number; created: number; published: number }>(
        producer,
        `select extract(epoch from (published_at - created_at)) * 1000 as lag_ms,
                extract(epoch from created_at) * 1000 as created, extract(epoch from published_at) * 1000 as published
           from outbox_event where id = any(?::uuid[])`,
        [`{${ids.join(',')}}`],
      );
      const lags = rows.map((row) => Number(row.lag_ms)).sort((a, b) => a - b);
      const span = (Math.max(...rows.map((row) => Number(row.published))) - Math.min(...rows.map((row) => Number(row.created)))) / 1_000;
      sustained.push({ rate: ids.length / span, p50: percentile(lags, 50), p99: percentile(lags, 99) });
      console.log(`  relay sustained round ${round}: ${fmt(ids.length / span)} events/s, commit → published p50 ${fmt(percentile(lags, 50), 1)} ms, p99 ${fmt(percentile(lags, 99), 1)} ms`);
    }

    // 3 and 4. the consumer, per event and grouped, alternating
    const modes = [
      { label: 'grouped (default)', perTransaction: 50 },
      { label: '1 per transaction', perTransaction: 1 },
    ];
    const latency = new Map<string, { p50: number[]; p99: number[]; max: number[] }>();
    const backlog = new Map<string, number[]>();
    let durable = 0;
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const mode of modes) {
        // commit → effect at an even rate
        let recorder = await freshNamespace();
        let child = await startConsumerProcess(consumerDb, namespaces.at(-1)!, `bench-consumer-${(durable += 1)}`, mode.perTransaction);
        const ids = await offer(recorder, options.rate, 1, options.seconds);
        await waitUntil(async () => {
          const [row] = await sql<{ n: string }>(consumerOrm, 'select count(*) as n from bench_applied where event_id = any(?::uuid[])', [`{${ids.join(',')}}`]);
          return Number(row.n) === ids.length;
        }, 'the consumer to apply the offered events');
        await stopProcess(child);
        const created = new Map(
          (await sql<{ id: string; at: number }>(producer, 'select id, extract(epoch from created_at) * 1000 as at from outbox_event where id = any(?::uuid[])', [`{${ids.join(',')}}`])).map((row) => [row.id, Number(row.at)]),
        );
        const applied = await sql<{ event_id: string; at: number }>(consumerOrm, 'select event_id, extract(epoch from applied_at) * 1000 as at from bench_applied where event_id = any(?::uuid[])', [`{${ids.join(',')}}`]);
        const lags = applied.map((row) => Number(row.at) - created.get(row.event_id)!).sort((a, b) => a - b);
        const entry = latency.get(mode.label) ?? { p50: [], p99: [], max: [] };
        entry.p50.push(percentile(lags, 50));
        entry.p99.push(percentile(lags, 99));
        entry.max.push(lags.at(-1)!);
        latency.set(mode.label, entry);
        console.log(`  consumer ${mode.label} at ${options.rate} events/s round ${round}: commit → effect p50 ${fmt(percentile(lags, 50), 1)} ms, p99 ${fmt(percentile(lags, 99), 1)} ms`);

        // backlog: everything published before the consumer starts
        recorder = await freshNamespace();
        const count = Math.min(options.events, 10_000);
        await commitBacklog(recorder, count);
        await waitUntil(async () => (await pending()) === 0, 'the backlog to be published');
        const before = Number((await sql<{ n: string }>(consumerOrm, 'select count(*) as n from bench_applied'))[0].n);
        const start = performance.now();
        child = await startConsumerProcess(consumerDb, namespaces.at(-1)!, `bench-consumer-${(durable += 1)}`, mode.perTransaction);
        await waitUntil(async () => Number((await sql<{ n: string }>(consumerOrm, 'select count(*) as n from bench_applied'))[0].n) - before === count, 'the consumer to apply the backlog');
        const seconds = (performance.now() - start) / 1_000;
        await stopProcess(child);
        backlog.set(mode.label, [...(backlog.get(mode.label) ?? []), count / seconds]);
        console.log(`  consumer ${mode.label} backlog round ${round}: ${fmt(count)} events in ${fmt(seconds, 2)} s = ${fmt(count / seconds)} events/s (process start included)`);
      }
    }
    await relay.stop();

    report('');
    report(`Machine: 2 cores, Node ${process.version}; ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}; medians of ${options.rounds} rounds`);
    report('');
    report('| measurement | figure |');
    report('| --- | --- |');
    report(`| relay, backlog of ${fmt(options.events)} committed events → JetStream | ${fmt(median(drainRates))} events/s |`);
    report(`| relay, ${fmt(options.sustained)} events/s offered (10 per transaction) for ${options.seconds} s | ${fmt(median(sustained.map((s) => s.rate)))} events/s published; commit → published p50 ${fmt(median(sustained.map((s) => s.p50)), 1)} ms, p99 ${fmt(median(sustained.map((s) => s.p99)), 1)} ms |`);
    for (const mode of modes) {
      const entry = latency.get(mode.label)!;
      report(`| consumer ${mode.label}: commit → effect at ${options.rate} events/s | p50 ${fmt(median(entry.p50), 1)} ms, p99 ${fmt(median(entry.p99), 1)} ms, max ${fmt(median(entry.max), 1)} ms |`);
    }
    for (const mode of modes) {
      report(`| consumer ${mode.label}: backlog of ${fmt(Math.min(options.events, 10_000))} published events | ${fmt(median(backlog.get(mode.label)!))} events/s |`);
    }
  } finally {
    await relay.stop();
    for (const ns of namespaces) {
      for (const definition of streamDefinitions(ns)) await jsm.streams.delete(definition.name).catch(() => false);
    }
    await nc.close();
    await producer.close();
    await consumerOrm.close();
    await dropDatabase(SERVER_URL, producerDb);
    await dropDatabase(SERVER_URL, consumerDb);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
