import { randomUUID } from 'node:crypto';
import { organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import {
  type DeadLetter,
  discardDeadLetter,
  eventHandler,
  EventRecorder,
  listDeadLetters,
  OutboxRelay,
  replayDeadLetter,
  runDeadLetterCli,
  type RunningConsumer,
  startConsumer,
  streamName,
  subjectOf,
} from '../src';
import { TEST_NATS_URL, testEventNamespace } from '@pdv/testing';
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
const MAX_DELIVER = 3;

describe('dead letters', () => {
  const ns = testEventNamespace();
  let database: TestDb;
  let nats: TestNats;
  let relay: OutboxRelay;
  let consumer: RunningConsumer;
  let recorder: EventRecorder;
  /** Organisation codes the handler cannot process until "fixed". */
  const broken = new Set<string>();
  const attempts = new Map<string, number>();

  beforeAll(async () => {
    database = await openTestDb('messaging dead letters');
    nats = await openTestNats(TEST_NATS_URL, ns);
    recorder = new EventRecorder({ source: 'organisation-service', ns });
    relay = new OutboxRelay({ orm: database.orm, js: nats.js, logger: testLogger });
    await relay.start();
    const apply = probeHandler();
    consumer = await startConsumer({
      orm: database.orm,
      js: nats.js,
      jsm: nats.jsm,
      ns,
      consumerName: CONSUMER,
      stream: 'ORGANISATION',
      maxDeliver: MAX_DELIVER,
      backoffMs: [50, 100],
      handlers: [
        eventHandler(organisationRegistered, async (envelope, context) => {
          const code = envelope.data.code;
          attempts.set(code, (attempts.get(code) ?? 0) + 1);
          // The handler's own writes happen first, so a rollback is really exercised.
          await apply.handle(envelope, context);
          await context.em.flush();
          if (broken.has(code)) throw new Error(`cannot place organisation ${code} named ${envelope.data.name}`);
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

  async function deadLettersFor(eventId: string | null, originalSubject?: string): Promise<DeadLetter[]> {
    const letters = await listDeadLetters(nats.jsm, nats.js, ns, { consumerName: CONSUMER });
    return letters.filter(
      (letter) => letter.eventId === eventId && (!originalSubject || letter.originalSubject === originalSubject),
    );
  }

  it('dead-letters a message that breaks its contract at once, without retrying', async () => {
    const id = randomUUID();
    const envelope = {
      id,
      type: organisationRegistered.type,
      version: 1,
      occurredAt: new Date().toISOString(),
      source: 'a-buggy-producer',
      aggregateId: 'x',
      actor: SYSTEM_ACTOR,
      traceparent: null,
      data: { ...registeredData(), kind: 'NOT_A_KIND' },
    };
    await nats.js.publish(subjectOf(ns, organisationRegistered), JSON.stringify(envelope), { msgID: id });
    await nats.js.publish(subjectOf(ns, organisationRegistered), 'not json at all', { msgID: randomUUID() });

    const [letter] = await waitFor(() => deadLettersFor(id).then((found) => found.length > 0 && found), {
      what: 'the poison message in dead letters',
    });
    expect(letter).toMatchObject({
      consumerName: CONSUMER,
      originalSubject: subjectOf(ns, organisationRegistered),
      eventId: id,
      type: organisationRegistered.type,
      deliveredCount: 1,
    });
    expect(letter.error).toMatch(/^ContractViolation: .*contract: kind: invalid_value$/);
    expect(letter.error).not.toContain('NOT_A_KIND');
    const [notJson] = await waitFor(() => deadLettersFor(null).then((found) => found.length > 0 && found), {
      what: 'the unparseable message in dead letters',
    });
    expect(notJson).toMatchObject({ deliveredCount: 1, error: expect.stringMatching(/not JSON/) });

    // Nothing of either message reached the database.
    expect(await sql(database.orm, 'select 1 from inbox_event where event_id = ?', [id])).toEqual([]);
    expect(await probeRows(database.orm, id)).toBe(0);

    await discardDeadLetter(nats.jsm, ns, letter.sequence);
    await discardDeadLetter(nats.jsm, ns, notJson.sequence);
    expect(await deadLettersFor(id)).toEqual([]);
  });

  it('dead-letters a failing event after maxDeliver tries; replay applies it once when fixed', async () => {
    const data = registeredData({ code: `FAIL-${randomUUID().slice(0, 8)}` });
    broken.add(data.code);
    const envelope = await recordRegistered(database.orm, recorder, data);

    const [letter] = await waitFor(() => deadLettersFor(envelope.id).then((found) => found.length > 0 && found), {
      what: 'the failing event in dead letters',
    });
    expect(attempts.get(data.code)).toBe(MAX_DELIVER);
    expect(letter).toMatchObject({ eventId: envelope.id, deliveredCount: MAX_DELIVER, type: organisationRegistered.type });
    // The error text keeps its shape but none of the payload's values.
    expect(letter.error).toBe('Error: cannot place organisation [redacted] named [redacted]');
    // Each failed attempt rolled back the handler's write and the inbox row with it.
    expect(await probeRows(database.orm, envelope.id)).toBe(0);
    expect(await sql(database.orm, 'select 1 from inbox_event where event_id = ?', [envelope.id])).toEqual([]);

    // The operator's view through the CLI module.
    const printed: string[] = [];
    expect(await runDeadLetterCli(['list', '--consumer', CONSUMER], { natsUrl: TEST_NATS_URL, ns, write: (t) => printed.push(t) })).toBe(0);
    expect(JSON.parse(printed[0])).toEqual(expect.arrayContaining([expect.objectContaining({ sequence: letter.sequence })]));

    broken.delete(data.code);
    const replay = await replayDeadLetter(nats.jsm, nats.js, ns, letter.sequence);
    expect(replay.deadLetter.eventId).toBe(envelope.id);
    await waitFor(() => probeRows(database.orm, envelope.id), { what: 'the replayed event to be applied' });
    expect(await deadLettersFor(envelope.id)).toEqual([]);

    // A second copy (say, a replay from another operator's stale list) changes nothing.
    const stored = await nats.jsm.streams.getMessage(streamName(ns, 'ORGANISATION'), { seq: replay.replayedSequence });
    await nats.js.publish(subjectOf(ns, organisationRegistered), stored!.data, { msgID: `${envelope.id}.again` });
    await waitFor(
      async () => {
        const info = await nats.jsm.consumers.info(streamName(ns, 'ORGANISATION'), CONSUMER);
        return info.num_pending === 0 && info.num_ack_pending === 0;
      },
      { what: 'the copy to be acknowledged' },
    );
    expect(await probeRows(database.orm, envelope.id)).toBe(1);
    expect(attempts.get(data.code)).toBe(MAX_DELIVER + 1);
    await expect(replayDeadLetter(nats.jsm, nats.js, ns, letter.sequence)).rejects.toThrow(/no dead letter/);
  });

  it('answers an unknown dead letter with an error and exit code 1', async () => {
    const printed: string[] = [];
    const code = await runDeadLetterCli(['replay', '999999'], { natsUrl: TEST_NATS_URL, ns, write: (t) => printed.push(t) });
    expect(code).toBe(1);
    expect(JSON.parse(printed[0]).error).toMatch(/no dead letter/);
  });
});
