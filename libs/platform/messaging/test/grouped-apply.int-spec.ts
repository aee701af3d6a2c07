import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import { TEST_NATS_URL, testEventNamespace } from '@pdv/testing';
import { EventRecorder, eventHandler, listDeadLetters, OutboxRelay, type RunningConsumer, startConsumer, streamName } from '../src';
import { openTestDb, openTestNats, persistProbe, registeredData, sql, type TestDb, testLogger, type TestNats, waitFor } from './support/harness';

// Events that are already waiting when the consumer reads them are applied several to a
// transaction (one commit, one round of acks); this suite checks that grouping changes
// nothing a consumer promises: stream order, exactly once, and per-event retry and dead letter.
const CONSUMER = 'grouped-service';
const EVENTS = 120;

describe('a consumer applying waiting events in groups', () => {
  const ns = testEventNamespace();
  let database: TestDb;
  let nats: TestNats;
  let relay: OutboxRelay;
  let consumer: RunningConsumer | undefined;
  const recorder = new EventRecorder({ source: 'organisation-service', ns });
  /** organisationId → the transaction that applied it, in the order handlers ran. */
  const appliedIn: { organisationId: string; transaction: string }[] = [];
  const poisonedIds = new Set<string>();

  beforeAll(async () => {
    database = await openTestDb('messaging grouped apply');
    nats = await openTestNats(TEST_NATS_URL, ns);
    relay = new OutboxRelay({ orm: database.orm, js: nats.js, logger: testLogger, pollIntervalMs: 60_000 });
  });

  afterAll(async () => {
    await consumer?.stop();
    await relay?.stop();
    await nats?.close();
    await database?.close();
  });

  async function startGroupedConsumer(): Promise<RunningConsumer> {
    return startConsumer({
      orm: database.orm,
      js: nats.js,
      jsm: nats.jsm,
      ns,
      consumerName: CONSUMER,
      stream: 'ORGANISATION',
      maxDeliver: 2,
      backoffMs: [50],
      eventsPerTransaction: 50,
      handlers: [
        eventHandler(organisationRegistered, async (envelope, { em }) => {
          if (poisonedIds.has(envelope.data.organisationId)) throw new Error('this handler cannot apply that event');
          const [row] = await em.execute<{ transaction: string }[]>('select txid_current()::text as transaction');
          appliedIn.push({ organisationId: envelope.data.organisationId, transaction: row.transaction });
          persistProbe(em, envelope);
        }),
      ],
      logger: testLogger,
    });
  }

  async function publishWaiting(events: ReturnType<typeof registeredData>[]): Promise<void> {
    await database.orm.em.fork().transactional((em) =>
      recorder.recordMany(em, organisationRegistered, {
        actor: SYSTEM_ACTOR,
        at: new Date(),
        events: events.map((data) => ({ aggregateId: data.organisationId, data })),
      }),
    );
    expect(await relay.drain()).toBe(events.length);
  }

  async function settled(): Promise<boolean> {
    const info = await nats.jsm.consumers.info(streamName(ns, 'ORGANISATION'), CONSUMER);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  it('applies a backlog in stream order, each event once, in far fewer transactions than events', async () => {
    const events = Array.from({ length: EVENTS }, (_, index) => registeredData({ code: `CB-${index}` }));
    await publishWaiting(events);
    consumer = await startGroupedConsumer();
    await waitFor(async () => appliedIn.length >= EVENTS && (await settled()), { what: 'the backlog to be applied' });

    expect(appliedIn.map((entry) => entry.organisationId)).toEqual(events.map((data) => data.organisationId));
    const transactions = new Set(appliedIn.map((entry) => entry.transaction));
    // 50 to a group at most, so at least 3; one per event would be 120.
    expect(transactions.size).toBeGreaterThanOrEqual(Math.ceil(EVENTS / 50));
    expect(transactions.size).toBeLessThan(EVENTS / 4);
    const [inbox] = await sql<{ n: string }>(database.orm, 'select count(*) as n from inbox_event where consumer = ?', [CONSUMER]);
    expect(Number(inbox.n)).toBe(EVENTS);
  });

  it('gives a failing event its own retries and dead letter, and applies the rest of its group once', async () => {
    await consumer?.stop();
    consumer = undefined;
    appliedIn.length = 0;
    const events = Array.from({ length: 30 }, () => registeredData());
    poisonedIds.add(events[10].organisationId);
    await publishWaiting(events);
    consumer = await startGroupedConsumer();
    const letters = await waitFor(
      async () => {
        const found = await listDeadLetters(nats.jsm, nats.js, ns, { consumerName: CONSUMER });
        return found.length > 0 && (await settled()) ? found : null;
      },
      { what: 'the failing event to be dead-lettered' },
    );

    // The group's first attempt ran handlers that were rolled back with it; what counts is
    // what committed: every healthy event once, the failing one not at all.
    const healthy = events.filter((data) => !poisonedIds.has(data.organisationId)).map((data) => data.organisationId);
    const probes = await sql<{ organisation_id: string }>(
      database.orm,
      'select organisation_id from probe_applied where organisation_id = any(?::uuid[]) order by applied_at',
      [`{${events.map((data) => data.organisationId).join(',')}}`],
    );
    expect(probes.map((row) => row.organisation_id)).toEqual(healthy);
    const [inbox] = await sql<{ n: string }>(
      database.orm,
      "select count(*) as n from inbox_event where consumer = ? and processed_at > now() - interval '1 minute'",
      [CONSUMER],
    );
    expect(Number(inbox.n)).toBe(EVENTS + healthy.length);
    expect(letters).toHaveLength(1);
    expect(letters[0]).toMatchObject({
      eventId: expect.any(String),
      deliveredCount: 2,
      error: 'Error: this handler cannot apply that event',
    });
  });
});
