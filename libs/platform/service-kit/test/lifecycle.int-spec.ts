import { Writable } from 'node:stream';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { streamDefinitions } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { migrate, openOrm } from '@pdv/persistence';
import {
  createTestDatabase,
  gatewayHeaders,
  postGraphQL,
  TEST_INTERNAL_SECRET,
  TEST_NATS_URL,
  type TestDatabase,
  testEventNamespace,
  waitFor,
} from '@pdv/testing';
import { type ServiceRuntime, startServiceRuntime } from '../src';
import { type ProbeControls, probeEntities, probeHandlers, probeMigrations, probeSchema } from './support/probe-service';
import { TcpProxy } from './support/tcp-proxy';

const SERVICE = 'organisation-service';

/** The runtime's log lines, to check what start-up says it waits for. */
function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('lifecycle-test', 'info', sink), lines };
}

describe('service lifecycle: start-up, readiness, outages and drain', () => {
  const ns = testEventNamespace();
  const controls: ProbeControls = { slowHandlerMs: 3_000, handlerStarted: new Set() };
  const log = captureLog();
  let db: TestDatabase;
  let postgres: TcpProxy;
  let nats: TcpProxy;
  let runtime: ServiceRuntime | null = null;

  const start = () =>
    startServiceRuntime({
      service: SERVICE,
      config: {
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: 0,
        DATABASE_URL: postgres.urlFor(db.serverUrl),
        DATABASE_NAME: db.dbName,
        NATS_URL: nats.urlFor(TEST_NATS_URL),
        EVENT_NAMESPACE: ns,
        INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      },
      logger: log.logger,
      entities: probeEntities,
      migrations: probeMigrations,
      consumers: [{ stream: 'ORGANISATION', handlers: probeHandlers(controls) }],
      relayPollMs: 200,
      consumerBackoffMs: [200],
      dependencyWait: { timeoutMs: 30_000, firstRetryMs: 100, maxRetryMs: 400 },
      requestDrainMs: 5_000,
      graphql: { buildSchema: async () => ({ schema: probeSchema(ns) }), createContext: (_base, orm) => ({ orm }) },
    });

  const origin = () => new URL(runtime?.url ?? '').origin;
  const readyz = async () => {
    const response = await fetch(`${origin()}/readyz`);
    return { status: response.status, body: (await response.json()) as { status: string; down: string[] } };
  };
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}) => postGraphQL<T>(runtime?.url ?? '', query, variables, await gatewayHeaders(null));
  const recordProbe = (code: string, pauseMs = 0) => gql<{ recordProbe: string }>('mutation ($code: ID!, $pauseMs: Int) { recordProbe(code: $code, pauseMs: $pauseMs) }', { code, pauseMs });
  const sql = async <T>(query: string, params: unknown[] = []) => (runtime as ServiceRuntime).orm.em.fork().execute<T[]>(query, params);

  beforeAll(async () => {
    db = await createTestDatabase('service kit lifecycle');
    const migrator = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: probeEntities, migrations: probeMigrations });
    await migrate(migrator);
    await migrator.close(true);
    postgres = await TcpProxy.create(db.serverUrl, 5432);
    nats = await TcpProxy.create(TEST_NATS_URL, 4222);
  });

  afterAll(async () => {
    await runtime?.stop().catch(() => undefined);
    await postgres?.stop();
    await nats?.stop();
    const nc = await connect({ servers: TEST_NATS_URL });
    const jsm = await jetstreamManager(nc);
    for (const definition of streamDefinitions(ns)) await jsm.streams.delete(definition.name).catch(() => false);
    await nc.close();
    await db?.drop();
  });

  it('waits at start-up for PostgreSQL, then NATS, saying what it waits for, and then is ready', async () => {
    const starting = start();
    const waitingFor = (dependency: string) => log.lines.some((line) => line.msg === `waiting for ${dependency}`);
    await waitFor(async () => waitingFor('postgres'), { what: 'the wait for PostgreSQL to be logged' });
    const postgresLine = log.lines.find((line) => line.msg === 'waiting for postgres');
    expect(postgresLine).toMatchObject({ dependency: 'postgres', target: `127.0.0.1:${postgres.port}/${db.dbName}` });
    expect(JSON.stringify(postgresLine)).not.toContain('postgres@');
    expect(waitingFor('nats')).toBe(false);

    await postgres.start();
    await waitFor(async () => waitingFor('nats'), { what: 'the wait for NATS to be logged' });
    await nats.start();
    runtime = await starting;

    expect(log.lines.filter((line) => line.msg === 'waiting for postgres').length).toBeGreaterThanOrEqual(1);
    expect(await readyz()).toEqual({ status: 200, body: expect.objectContaining({ status: 'ready', down: [] }) });
  });

  it('without NATS keeps serving reads and accepting writes, and publishes their events when NATS is back', async () => {
    await nats.stop();
    const degraded = await waitFor(async () => {
      const answer = await readyz();
      return answer.body.status === 'degraded' && answer;
    }, { what: '/readyz to report NATS down' });
    expect(degraded).toEqual({ status: 200, body: expect.objectContaining({ down: ['nats'] }) });

    const written = await recordProbe('DURING-OUTAGE');
    expect(written.errors).toBeUndefined();
    const read = await gql<{ probes: number }>('{ probes }');
    expect(read.data?.probes).toBe(1);
    const [pending] = await sql<{ id: string; published_at: Date | null }>('select id, published_at from outbox_event');
    expect(pending.published_at).toBeNull();

    await nats.start();
    await waitFor(async () => (await sql<{ n: string }>(`select count(*) as n from outbox_event where published_at is not null`))[0].n === '1', {
      timeoutMs: 30_000,
      what: 'the waiting event to be published',
    });
    await waitFor(async () => (await sql<{ n: string }>(`select count(*) as n from probe_row where kind = 'applied' and event_id = ?`, [pending.id]))[0].n === '1', {
      timeoutMs: 30_000,
      what: 'the consumer to apply it',
    });
    expect((await readyz()).body.status).toBe('ready');
  });

  it('without PostgreSQL answers SERVICE_UNAVAILABLE ("try again", no stack) and /readyz 503 naming it, then recovers', async () => {
    await postgres.stop();
    for (const answer of [await gql<{ probes: number }>('{ probes }'), await recordProbe('NO-DATABASE')]) {
      expect(answer.errors).toHaveLength(1);
      const [error] = answer.errors ?? [];
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toMatch(/try again/);
      expect(JSON.stringify(error)).not.toMatch(/stacktrace|ECONNREFUSED|127\.0\.0\.1|at .*\.js/);
    }
    expect(await readyz()).toEqual({ status: 503, body: expect.objectContaining({ status: 'not ready', down: ['postgres'] }) });

    await postgres.start();
    const back = await waitFor(async () => {
      const answer = await gql<{ probes: number }>('{ probes }');
      return answer.data && answer;
    }, { what: 'reads to work again' });
    expect(back.data?.probes).toBe(1);
    expect((await readyz()).status).toBe(200);
  });

  it('stop drains an in-flight request and an in-flight handler, hands back the events not started, all within a bound', async () => {
    const running = runtime as ServiceRuntime;
    await recordProbe('SLOW');
    await waitFor(async () => controls.handlerStarted.has('SLOW'), { what: 'the slow handler to start' });
    for (const code of ['AFTER-1', 'AFTER-2', 'AFTER-3']) expect((await recordProbe(code)).errors).toBeUndefined();
    // Let the relay publish them and the consumer's pull receive them behind the slow one.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const inFlightRequest = recordProbe('IN-FLIGHT-REQUEST', 1_000);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const stopStarted = Date.now();
    await running.stop();
    const stopMs = Date.now() - stopStarted;
    runtime = null;

    const answered = await inFlightRequest;
    expect(answered.errors).toBeUndefined();
    expect(stopMs).toBeLessThan(8_000);

    const check = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: probeEntities, migrations: probeMigrations });
    try {
      const applied = await check.em.fork().execute<{ code: string }[]>(
        `select o.envelope->'data'->>'code' as code from probe_row p join outbox_event o on o.id = p.event_id where p.kind = 'applied'`,
      );
      // The slow event's transaction committed before the stop went on; the three behind it did not start.
      expect(applied.map((row) => row.code).sort()).toEqual(['DURING-OUTAGE', 'SLOW']);
      const written = await check.em.fork().execute<{ n: string }[]>(`select count(*) as n from probe_row where kind = 'written'`);
      expect(written[0].n).toBe('6');
    } finally {
      await check.close(true);
    }
    // The three behind the slow one (and the in-flight request's, if the relay got to it) were handed back.
    const stopped = log.lines.find((line) => line.msg === 'consumer stopped');
    expect(stopped?.handedBack).toBeGreaterThanOrEqual(3);

    // Started again, it publishes what was left in the outbox and applies each event once.
    runtime = await start();
    // Well inside the 30 s ack_wait: handed back, not left to time out.
    await waitFor(async () => (await sql<{ n: string }>(`select count(*) as n from probe_row where kind = 'applied'`))[0].n === '6', {
      timeoutMs: 10_000,
      what: 'every event to be applied after the restart',
    });
    const perEvent = await sql<{ event_id: string; n: string }>(`select event_id, count(*) as n from probe_row where kind = 'applied' group by event_id`);
    expect(perEvent.every((row) => row.n === '1')).toBe(true);
    const inbox = await sql<{ n: string }>('select count(*) as n from inbox_event');
    expect(inbox[0].n).toBe('6');
  });
});
