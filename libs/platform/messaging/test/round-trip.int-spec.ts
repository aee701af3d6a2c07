import { setTimeout as delay } from 'node:timers/promises';
import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { currentContext, runWithContext } from '@pdv/observability';
import {
  EventRecorder,
  OutboxRelay,
  type RunningConsumer,
  startConsumer,
  streamName,
  subjectOf,
} from '../src';
import { TEST_NATS_URL, testEventNamespace } from '@pdv/testing';
import { Registry } from 'prom-client';
import {
  openTestDb,
  openTestNats,
  probeHandler,
  probeRows,
  recordRegistered,
  registeredData,
  sql,
  type TestDb,
  testLogger,
  type TestNats,
  waitFor,
} from './support/harness';

const CONSUMER = 'probe-service';
// Far longer than any wait below: every prompt publication in this suite is NOTIFY's doing.
const POLL_INTERVAL_MS = 15_000;

describe('outbox → JetStream → inbox', () => {
  const ns = testEventNamespace();
  let database: TestDb;
  let nats: TestNats;
  let relay: OutboxRelay;
  let consumer: RunningConsumer;
  let recorder: EventRecorder;
  const registry = new Registry();
  const applied: string[] = [];
  const traces = new Map<string, string | undefined>();

  beforeAll(async () => {
    database = await openTestDb('messaging round trip');
    nats = await openTestNats(TEST_NATS_URL, ns);
    recorder = new EventRecorder({ source: 'organisation-service', ns });
    relay = new OutboxRelay({
      orm: database.orm,
      js: nats.js,
      logger: testLogger,
      pollIntervalMs: POLL_INTERVAL_MS,
      registry,
    });
    await relay.start();
    consumer = await startConsumer({
      orm: database.orm,
      js: nats.js,
      jsm: nats.jsm,
      ns,
      consumerName: CONSUMER,
      stream: 'ORGANISATION',
      handlers: [
        probeHandler((data) => {
          applied.push(data.organisationId);
          traces.set(data.organisationId, currentContext()?.traceId);
        }),
      ],
      logger: testLogger,
    });
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await nats?.close();
    await database?.close();
  });

  async function publishedAt(eventId: string): Promise<string | null> {
    // Raw queries through MikroORM's pg driver return timestamps as text.
    const rows = await sql<{ published_at: string | null }>(database.orm, 'select published_at from outbox_event where id = ?', [
      eventId,
    ]);
    return rows[0]?.published_at ?? null;
  }

  it('applies a recorded event once, with its inbox row in the same transaction as the effect', async () => {
    const envelope = await recordRegistered(database.orm, recorder);
    await waitFor(() => probeRows(database.orm, envelope.id), { what: 'the handler to apply the event' });

    expect(await publishedAt(envelope.id)).not.toBeNull();
    const inbox = await sql<{ consumer: string; subject: string }>(
      database.orm,
      'select consumer, subject from inbox_event where event_id = ?',
      [envelope.id],
    );
    expect(inbox).toEqual([{ consumer: CONSUMER, subject: organisationRegistered.subject }]);
    expect(await probeRows(database.orm, envelope.id)).toBe(1);

    const stored = await nats.jsm.streams.getMessage(streamName(ns, 'ORGANISATION'), {
      last_by_subj: subjectOf(ns, organisationRegistered),
    });
    expect(stored?.header.get('Nats-Msg-Id')).toBe(envelope.id);
    expect(stored?.json()).toMatchObject({ id: envelope.id, source: 'organisation-service', type: organisationRegistered.type });
  });

  it('never publishes an event whose transaction rolled back', async () => {
    let rolledBack: string | undefined;
    await expect(
      database.orm.em.fork().transactional(async (em) => {
        const data = registeredData();
        rolledBack = recorder.recordEvent(em, organisationRegistered, {
          aggregateId: data.organisationId,
          data,
          actor: SYSTEM_ACTOR,
        }).id;
        await em.flush();
        throw new Error('the use case failed after recording');
      }),
    ).rejects.toThrow('the use case failed');

    // A later committed event is applied; had the rolled-back one been published, it would be too.
    const later = await recordRegistered(database.orm, recorder);
    await waitFor(() => probeRows(database.orm, later.id), { what: 'the later event' });
    await relay.drain();

    expect(rolledBack).toBeDefined();
    expect(await sql(database.orm, 'select 1 from outbox_event where id = ?', [rolledBack])).toEqual([]);
    expect(await sql(database.orm, 'select 1 from inbox_event where event_id = ?', [rolledBack])).toEqual([]);
    const stream = await nats.jsm.streams.info(streamName(ns, 'ORGANISATION'));
    const ids: string[] = [];
    for (let seq = stream.state.first_seq; seq <= stream.state.last_seq; seq += 1) {
      const msg = await nats.jsm.streams.getMessage(streamName(ns, 'ORGANISATION'), { seq });
      ids.push(msg?.header.get('Nats-Msg-Id') ?? '');
    }
    expect(ids).not.toContain(rolledBack);
    expect(ids).toContain(later.id);
  });

  it('records many events in one statement batch, published in the given order', async () => {
    const batch = [registeredData(), registeredData(), registeredData()];
    await database.orm.em.fork().transactional((em) =>
      recorder.recordMany(em, organisationRegistered, {
        actor: SYSTEM_ACTOR,
        at: new Date(),
        events: batch.map((data) => ({ aggregateId: data.organisationId, data })),
      }),
    );
    await waitFor(async () => batch.every((data) => applied.includes(data.organisationId)), { what: 'the batch to be applied' });
    const order = batch.map((data) => applied.indexOf(data.organisationId));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const rows = await sql<{ n: string }>(database.orm, "select count(*) as n from outbox_event where envelope->'data'->>'organisationId' = any(?::text[])", [
      `{${batch.map((data) => data.organisationId).join(',')}}`,
    ]);
    expect(Number(rows[0].n)).toBe(3);
  });

  it('refuses to record a batch with an event that breaks its contract, writing none of it', async () => {
    const good = registeredData();
    await expect(
      database.orm.em.fork().transactional((em) =>
        recorder.recordMany(em, organisationRegistered, {
          actor: SYSTEM_ACTOR,
          at: new Date(),
          events: [
            { aggregateId: good.organisationId, data: good },
            { aggregateId: 'x', data: { ...registeredData(), kind: 'CLUB' as never } },
          ],
        }),
      ),
    ).rejects.toThrow(/does not match its contract/);
    expect(await sql(database.orm, "select 1 from outbox_event where aggregate_id = ?", [good.organisationId])).toEqual([]);
  });

  it('applies an event delivered twice only once', async () => {
    const data = registeredData();
    const envelope = await database.orm.em.fork().transactional(async (em) =>
      recorder.recordEvent(em, organisationRegistered, { aggregateId: data.organisationId, data, actor: SYSTEM_ACTOR }),
    );
    await waitFor(() => probeRows(database.orm, envelope.id), { what: 'the first delivery' });

    // Two more copies under new message ids, so JetStream's dedup cannot be what saves us.
    const body = JSON.stringify(envelope);
    const subject = subjectOf(ns, organisationRegistered);
    await nats.js.publish(subject, body, { msgID: `${envelope.id}.copy.1` });
    await nats.js.publish(subject, body, { msgID: `${envelope.id}.copy.2` });
    await waitFor(
      async () => {
        const info = await nats.jsm.consumers.info(streamName(ns, 'ORGANISATION'), CONSUMER);
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'the copies to be acknowledged' },
    );

    expect(applied.filter((id) => id === data.organisationId)).toHaveLength(1);
    expect(await probeRows(database.orm, envelope.id)).toBe(1);
  });

  it('wakes on NOTIFY: publication takes far less than the poll interval', async () => {
    const latencies: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      const envelope = await recordRegistered(database.orm, recorder);
      await waitFor(() => publishedAt(envelope.id), { intervalMs: 5, what: 'publication' });
      latencies.push(Date.now() - started);
    }
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  });

  it('listens again after its database connection is killed', async () => {
    const listeners = () =>
      sql<{ pid: number }>(
        database.orm,
        "select pid from pg_stat_activity where datname = current_database() and application_name = 'pdv-outbox-relay'",
      );
    const [before] = await listeners();
    await sql(database.orm, 'select pg_terminate_backend(?)', [before.pid]);
    await waitFor(async () => {
      const now = await listeners();
      return now.length === 1 && now[0].pid !== before.pid;
    }, { what: 'the listener to reconnect' });
    await delay(100);

    const started = Date.now();
    const envelope = await recordRegistered(database.orm, recorder);
    await waitFor(() => publishedAt(envelope.id), { intervalMs: 5, what: 'publication after reconnect' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('lets several relays share one outbox: each event once, in order per aggregate', async () => {
    const second = new OutboxRelay({ orm: database.orm, js: nats.js, logger: testLogger, pollIntervalMs: 50, batchSize: 7 });
    await second.start();
    try {
      const aggregates = [registeredData(), registeredData(), registeredData()];
      const recorded: { id: string; aggregateId: string }[] = [];
      // 3 aggregates × 20 events, several per transaction, interleaved.
      for (let round = 0; round < 10; round += 1) {
        await database.orm.em.fork().transactional(async (em) => {
          for (const data of aggregates) {
            for (let k = 0; k < 2; k += 1) {
              const envelope = recorder.recordEvent(em, organisationRegistered, {
                aggregateId: data.organisationId,
                data,
                actor: SYSTEM_ACTOR,
              });
              recorded.push({ id: envelope.id, aggregateId: data.organisationId });
            }
          }
        });
      }
      await waitFor(
        async () => {
          const rows = await sql<{ n: string }>(database.orm, 'select count(*) as n from outbox_event where published_at is null');
          return Number(rows[0].n) === 0;
        },
        { what: 'both relays to publish everything' },
      );

      const stream = streamName(ns, 'ORGANISATION');
      const info = await nats.jsm.streams.info(stream);
      const seen: string[] = [];
      for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq += 1) {
        const id = (await nats.jsm.streams.getMessage(stream, { seq }))?.header.get('Nats-Msg-Id');
        if (id && recorded.some((event) => event.id === id)) seen.push(id);
      }
      expect(seen).toHaveLength(recorded.length);
      expect(new Set(seen).size).toBe(recorded.length);
      for (const data of aggregates) {
        const expected = recorded.filter((event) => event.aggregateId === data.organisationId).map((event) => event.id);
        expect(seen.filter((id) => expected.includes(id))).toEqual(expected);
      }
    } finally {
      await second.stop();
    }
  });

  it("continues the producer's trace in the handler", async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const data = registeredData();
    const envelope = await runWithContext(
      { requestId: 'r-1', traceId, traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
      () => recordRegistered(database.orm, recorder, data),
    );
    expect(envelope.traceparent).toBe(`00-${traceId}-00f067aa0ba902b7-01`);
    await waitFor(() => probeRows(database.orm, envelope.id), { what: 'the traced event' });
    expect(traces.get(data.organisationId)).toBe(traceId);
  });

  it('reports pending outbox rows as a gauge', async () => {
    const metrics = await registry.getSingleMetricAsString('outbox_pending_events');
    expect(metrics).toMatch(/^outbox_pending_events 0$/m);
  });
});
