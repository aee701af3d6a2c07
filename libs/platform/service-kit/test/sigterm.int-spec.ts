import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { streamDefinitions, streamName } from '@pdv/messaging';
import { migrate, type MikroORM, openOrm } from '@pdv/persistence';
import { createTestDatabase, gatewayHeaders, postGraphQL, TEST_INTERNAL_SECRET, TEST_NATS_URL, type TestDatabase, testEventNamespace, waitFor } from '@pdv/testing';
import { probeEntities, probeMigrations } from './support/probe-service';

// A real SIGTERM to a service process (support/probe-main.ts, started the way every main.ts
// starts): with a request in flight and an event handler in flight, the process answers the
// request, commits and acknowledges the event, hands back what it had not started, and exits
// 0 within the bound; started again, it applies every event exactly once.
const SLOW_HANDLER_MS = 3_000;
/** onShutdown's grace is 10 s; a drain of a 3 s handler and a 1.5 s request must end well inside it. */
const EXIT_BOUND_MS = 8_000;

interface ProbeProcess {
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

describe('SIGTERM to a running service process', () => {
  const ns = testEventNamespace();
  let db: TestDatabase;
  let check: MikroORM;
  let running: ProbeProcess | null = null;

  async function startProbe(): Promise<ProbeProcess> {
    // tools/build/run-ts.mjs bundles and runs the entry, passing SIGTERM on to it.
    const child = spawn(process.execPath, ['tools/build/run-ts.mjs', 'libs/platform/service-kit/test/support/probe-main.ts'], {
      cwd: path.resolve(__dirname, '../../../..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: db.serverUrl,
        DATABASE_NAME: db.dbName,
        NATS_URL: TEST_NATS_URL,
        EVENT_NAMESPACE: ns,
        INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
        PROBE_SLOW_HANDLER_MS: String(SLOW_HANDLER_MS),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: Record<string, unknown>[] = [];
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString();
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      for (const part of parts.filter((line) => line.startsWith('{'))) lines.push(JSON.parse(part) as Record<string, unknown>);
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    const listening = await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`the probe exited at start-up (${child.exitCode}): ${stderr.slice(0, 2000)}`);
        return lines.find((line) => line.msg === 'probe listening');
      },
      { timeoutMs: 45_000, what: 'the probe process to listen' },
    );
    return { child, url: String(listening.url), lines, exited };
  }

  const recordProbe = async (probe: ProbeProcess, code: string, pauseMs = 0) =>
    postGraphQL<{ recordProbe: string }>(probe.url, 'mutation ($code: ID!, $pauseMs: Int) { recordProbe(code: $code, pauseMs: $pauseMs) }', { code, pauseMs }, await gatewayHeaders(null));
  const sql = <T>(query: string, params: unknown[] = []) => check.em.fork().execute<T[]>(query, params);
  const appliedCodes = async () =>
    (
      await sql<{ code: string }>(`select o.envelope->'data'->>'code' as code from probe_row p join outbox_event o on o.id = p.event_id where p.kind = 'applied'`)
    )
      .map((row) => row.code)
      .sort();

  beforeAll(async () => {
    db = await createTestDatabase('service kit sigterm');
    check = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: probeEntities, migrations: probeMigrations });
    await migrate(check);
  });

  afterAll(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    await check?.close(true);
    const nc = await connect({ servers: TEST_NATS_URL });
    const jsm = await jetstreamManager(nc);
    for (const definition of streamDefinitions(ns)) await jsm.streams.delete(definition.name).catch(() => false);
    await nc.close();
    await db?.drop();
  });

  it('finishes the request and the handler in flight, acknowledges the event and exits 0 within the bound', async () => {
    const probe = await startProbe();
    running = probe;
    expect((await recordProbe(probe, 'SLOW')).errors).toBeUndefined();
    await waitFor(async () => probe.lines.some((line) => line.msg === 'probe handler started' && line.code === 'SLOW'), { what: 'the slow handler to start' });
    const inFlightRequest = recordProbe(probe, 'IN-FLIGHT-REQUEST', 1_500);
    // The request is in the resolver (its row written, its pause running) when the signal comes.
    await new Promise((resolve) => setTimeout(resolve, 300));

    const signalled = Date.now();
    expect(probe.child.kill('SIGTERM')).toBe(true);
    const answered = await inFlightRequest;
    const exit = await probe.exited;
    const exitMs = Date.now() - signalled;
    running = null;

    expect(answered.errors).toBeUndefined();
    expect(answered.data?.recordProbe).toEqual(expect.any(String));
    expect(exit).toEqual({ code: 0, signal: null });
    expect(exitMs).toBeLessThan(EXIT_BOUND_MS);
    expect(probe.lines.map((line) => line.msg)).toEqual(expect.arrayContaining(['shutting down', 'consumer stopped', 'stopped']));

    // The slow handler's transaction committed, with its inbox row, before the process went.
    expect(await appliedCodes()).toEqual(['SLOW']);
    const [inbox] = await sql<{ n: string }>('select count(*) as n from inbox_event');
    expect(inbox.n).toBe('1');
    // …and its message was acknowledged: nothing the consumer received is left waiting for ack_wait.
    const nc = await connect({ servers: TEST_NATS_URL });
    try {
      const info = await (await jetstreamManager(nc)).consumers.info(streamName(ns, 'ORGANISATION'), 'organisation-service');
      expect(info.num_ack_pending).toBe(0);
      expect(info.ack_floor.stream_seq).toBeGreaterThanOrEqual(1);
    } finally {
      await nc.close();
    }
  });

  it('started again, publishes what the stop left and applies every event exactly once', async () => {
    const probe = await startProbe();
    running = probe;
    await waitFor(async () => (await appliedCodes()).length === 2, { timeoutMs: 20_000, what: 'the in-flight request event to be applied after the restart' });
    expect(await appliedCodes()).toEqual(['IN-FLIGHT-REQUEST', 'SLOW']);
    const perEvent = await sql<{ n: string }>(`select count(*) as n from probe_row where kind = 'applied' group by event_id`);
    expect(perEvent.map((row) => row.n)).toEqual(['1', '1']);
    const [unpublished] = await sql<{ n: string }>('select count(*) as n from outbox_event where published_at is null');
    expect(unpublished.n).toBe('0');

    probe.child.kill('SIGTERM');
    expect(await probe.exited).toEqual({ code: 0, signal: null });
    running = null;
  });
});
