import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { connectNats, ensureStreams, EventRecorder, natsReadinessCheck, OutboxRelay, streamName } from '../src';
import { testEventNamespace } from '@pdv/testing';
import { openTestDb, recordRegistered, registeredData, sql, type TestDb, testLogger, waitFor } from './support/harness';
import { DisposableNatsServer } from './support/nats-server';

interface OutboxRow {
  id: string;
  published_at: string | null;
  attempts: number;
  last_error: string | null;
}

describe('outbox while NATS is unreachable', () => {
  const ns = testEventNamespace();
  let server: DisposableNatsServer;
  let database: TestDb;
  let nc: NatsConnection;
  let relay: OutboxRelay;

  beforeAll(async () => {
    server = await DisposableNatsServer.create();
    database = await openTestDb('messaging outage');
    nc = await connectNats({ url: server.url, name: 'outage-test', logger: testLogger });
    await ensureStreams(await jetstreamManager(nc), ns);
    relay = new OutboxRelay({
      orm: database.orm,
      js: jetstream(nc),
      logger: testLogger,
      pollIntervalMs: 300,
      publishTimeoutMs: 500,
      retryBaseMs: 100,
      retryMaxMs: 500,
    });
    await relay.start();
  });

  afterAll(async () => {
    await relay?.stop();
    await nc?.close();
    await server?.dispose();
    await database?.close();
  });

  const rows = (ids: string[]) =>
    sql<OutboxRow>(database.orm, 'select id, published_at, attempts, last_error from outbox_event where id in (?) order by created_at', [
      ids,
    ]);

  it('keeps events while NATS is down and publishes each exactly once when it is back', async () => {
    const recorder = new EventRecorder({ source: 'organisation-service', ns });
    const before = await recordRegistered(database.orm, recorder);
    await waitFor(async () => (await rows([before.id]))[0].published_at, { what: 'the first event before the outage' });

    await server.kill();
    const readiness = natsReadinessCheck(nc);
    await expect(readiness.check()).rejects.toThrow();

    const during: string[] = [];
    for (let i = 0; i < 4; i += 1) during.push((await recordRegistered(database.orm, recorder)).id);
    // Two facts about one aggregate in one transaction: their order must survive the outage.
    const data = registeredData();
    await database.orm.em.fork().transactional(async (em) => {
      for (let k = 0; k < 2; k += 1) {
        during.push(
          recorder.recordEvent(em, organisationRegistered, { aggregateId: data.organisationId, data, actor: SYSTEM_ACTOR }).id,
        );
      }
    });

    const stuck = await waitFor(
      async () => {
        const current = await rows(during);
        return current[0].attempts >= 2 && current;
      },
      { what: 'the relay to fail against the dead server' },
    );
    expect(stuck.every((row) => row.published_at === null)).toBe(true);
    expect(stuck[0].last_error).toBeTruthy();

    await server.start();
    await waitFor(async () => (await rows(during)).every((row) => row.published_at !== null), {
      timeoutMs: 15_000,
      what: 'the backlog to be published after the restart',
    });
    await readiness.check();

    // The stream holds every event exactly once, in recording order, whatever was
    // buffered and retried during the outage.
    const jsm = await jetstreamManager(nc);
    const stream = streamName(ns, 'ORGANISATION');
    const info = await jsm.streams.info(stream);
    const ids: string[] = [];
    for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq += 1) {
      const msg = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
      if (msg) ids.push(msg.header.get('Nats-Msg-Id'));
    }
    expect(ids).toEqual([before.id, ...during]);
    expect((await rows(during)).every((row) => row.last_error === null)).toBe(true);
  });
});
