import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { TEST_NATS_URL, testEventNamespace } from '@pdv/testing';
import { EventRecorder, HANDLER_DELAY_VARIABLES, listDeadLetters, OutboxRelay, type RunningConsumer, startConsumer, streamName } from '../src';
import { openTestDb, openTestNats, probeHandler, registeredData, sql, type TestDb, testLogger, type TestNats, waitFor } from './support/harness';

// The fault suite's slowed consumer (src/inbox/handler-delay.ts), for real: a group of events
// whose handlers each wait outlasts ack_wait, JetStream redelivers while the first delivery
// is still applying them, and the inbox keeps every event applied exactly once.
const CONSUMER = 'slowed-service';
const EVENTS = 4;
const ACK_WAIT_MS = 1_000;
const DELAY_MS = 600;

describe('a consumer slowed by the fault suite hook', () => {
  const ns = testEventNamespace();
  let database: TestDb;
  let nats: TestNats;
  let relay: OutboxRelay;
  let consumer: RunningConsumer | undefined;
  const recorder = new EventRecorder({ source: 'organisation-service', ns });
  const applied: string[] = [];

  beforeAll(async () => {
    database = await openTestDb('messaging slowed consumer');
    nats = await openTestNats(TEST_NATS_URL, ns);
    relay = new OutboxRelay({ orm: database.orm, js: nats.js, logger: testLogger, pollIntervalMs: 60_000 });
  });

  afterAll(async () => {
    delete process.env[HANDLER_DELAY_VARIABLES.consumer];
    delete process.env[HANDLER_DELAY_VARIABLES.delayMs];
    await consumer?.stop();
    await relay?.stop();
    await nats?.close();
    await database?.close();
  });

  it('piles up redeliveries past ack_wait and still applies each event once', async () => {
    const events = Array.from({ length: EVENTS }, () => registeredData());
    await database.orm.em.fork().transactional((em) =>
      recorder.recordMany(em, organisationRegistered, { actor: SYSTEM_ACTOR, at: new Date(), events: events.map((data) => ({ aggregateId: data.organisationId, data })) }),
    );
    expect(await relay.drain()).toBe(EVENTS);

    process.env[HANDLER_DELAY_VARIABLES.consumer] = `${CONSUMER}/ORGANISATION`;
    process.env[HANDLER_DELAY_VARIABLES.delayMs] = String(DELAY_MS);
    const started = Date.now();
    consumer = await startConsumer({
      orm: database.orm,
      js: nats.js,
      jsm: nats.jsm,
      ns,
      consumerName: CONSUMER,
      stream: 'ORGANISATION',
      ackWaitMs: ACK_WAIT_MS,
      handlers: [probeHandler((data) => applied.push(data.organisationId))],
      logger: testLogger,
    });
    // Read once at start-up: turning the variables off now changes nothing for this consumer.
    delete process.env[HANDLER_DELAY_VARIABLES.consumer];
    delete process.env[HANDLER_DELAY_VARIABLES.delayMs];

    const stream = streamName(ns, 'ORGANISATION');
    // The group of four takes 4 × 600 ms, past the 1 s ack_wait: the server redelivers meanwhile.
    await waitFor(async () => (await nats.jsm.consumers.info(stream, CONSUMER)).num_redelivered > 0, { timeoutMs: 10_000, what: 'redeliveries to pile up' });
    await waitFor(
      async () => {
        const info = await nats.jsm.consumers.info(stream, CONSUMER);
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { timeoutMs: 20_000, what: 'the consumer to catch up' },
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(EVENTS * DELAY_MS);

    // The handlers ran once per event (the redelivered copies met the inbox row and waited for nothing).
    expect(applied.sort()).toEqual(events.map((data) => data.organisationId).sort());
    const perEvent = await sql<{ event_id: string; n: string }>(database.orm, 'select event_id, count(*) as n from probe_applied group by event_id');
    expect(perEvent).toHaveLength(EVENTS);
    expect(perEvent.every((row) => row.n === '1')).toBe(true);
    const [inbox] = await sql<{ n: string }>(database.orm, 'select count(*) as n from inbox_event where consumer = ?', [CONSUMER]);
    expect(Number(inbox.n)).toBe(EVENTS);
    expect(await listDeadLetters(nats.jsm, nats.js, ns, { consumerName: CONSUMER })).toEqual([]);
  });
});
