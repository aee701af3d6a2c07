import { setTimeout as delay } from 'node:timers/promises';
import type { ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { ContractViolation, type EventContract, type EventEnvelope, parseEnvelope, type StreamName } from '@pdv/contracts';
import { childTraceparent, formatTraceparent, type Logger, runWithContext } from '@pdv/observability';
import type { EntityManager, MikroORM } from '@pdv/persistence';
import { isFinalDelivery, redeliveryDelay } from '../backoff';
import {
  buildDeadLetterHeaders,
  DEAD_LETTER_HEADERS,
  deadLetterMsgId,
  eventIdOf,
  sanitizeError,
} from '../dead-letters/dead-letter-headers';
import { assertConsumerName, assertNamespace, bareSubject, deadLetterSubject, streamName, subjectOf } from '../namespace';
import { ensureDurableConsumer } from '../stream-definitions';
import { handlerDelayFor } from './handler-delay';

export interface HandlerContext {
  /** The transaction's EntityManager: what the handler persists commits with the inbox row. */
  em: EntityManager;
  logger: Logger;
}

export interface EventHandler<TData> {
  contract: EventContract<TData>;
  handle(envelope: EventEnvelope<TData>, context: HandlerContext): Promise<void>;
}

/** Keeps each handler's payload type while letting one consumer hold several contracts. */
export function eventHandler<TData>(
  contract: EventContract<TData>,
  handle: (envelope: EventEnvelope<TData>, context: HandlerContext) => Promise<void>,
): EventHandler<TData> {
  return { contract, handle };
}

export interface ConsumerSettings {
  orm: MikroORM;
  js: JetStreamClient;
  jsm: JetStreamManager;
  ns: string;
  /** The consuming service, e.g. `sourcing-service`: the durable's name and the inbox key. */
  consumerName: string;
  stream: StreamName;
  // Handlers of different payload types live in one list; each is typed where it is written.
  handlers: EventHandler<unknown>[];
  logger: Logger;
  /** Deliveries before a failing event is dead-lettered. */
  maxDeliver?: number;
  /** Delay before the 1st, 2nd, … redelivery; the last step repeats. */
  backoffMs?: number[];
  ackWaitMs?: number;
  /** Messages pulled per request; they are applied in stream order. */
  batchSize?: number;
  /**
   * Most events applied in one transaction when several are already waiting (default 50).
   * One commit and one round of acks then serve the whole group; 1 applies each event in a
   * transaction of its own. A group never waits for more messages to arrive.
   */
  eventsPerTransaction?: number;
}

export interface RunningConsumer {
  stop(): Promise<void>;
}

// The patience of a consumer before it dead-letters an event: ~48 minutes over 10 deliveries.
// Most failures are an event that depends on another stream's (a referral naming a cell the
// organisation read model has not received yet): at city scale one stream ran minutes behind
// another while 574,000 organisation events were loaded, and the earlier 5 deliveries over 66 s
// dead-lettered 88 referrals that would have applied a few minutes later. The first steps stay
// short, so an ordinary race settles in seconds.
export const DEFAULT_MAX_DELIVER = 10;
export const DEFAULT_BACKOFF_MS = [1_000, 5_000, 30_000, 120_000, 300_000, 600_000];
export const DEFAULT_EVENTS_PER_TRANSACTION = 50;

// The server's own limit sits a little above ours: the application dead-letters at
// maxDeliver, and the margin lets a crash during that last attempt, or a failed
// dead-letter publish, come back and be dead-lettered rather than silently dropped.
const SERVER_DELIVERY_MARGIN = 5;

type Outcome =
  | { kind: 'applied' }
  | { kind: 'duplicate' }
  | { kind: 'ignored' }
  | { kind: 'retry'; delayMs: number; error: unknown }
  | { kind: 'dead-letter'; error: unknown; payload: unknown; eventType: string };

const decoder = new TextDecoder();

const NOT_YET = Symbol('not yet');
function nextTurn(): Promise<typeof NOT_YET> {
  return new Promise((resolve) => setImmediate(() => resolve(NOT_YET)));
}

/**
 * Runs one durable pull consumer on one stream for one service and dispatches each message
 * by subject. Each event is applied at most once: its id goes into inbox_event in the same
 * transaction as the handler's effect, and the message is acknowledged only after commit.
 */
export async function startConsumer(settings: ConsumerSettings): Promise<RunningConsumer> {
  assertNamespace(settings.ns);
  assertConsumerName(settings.consumerName);
  const maxDeliver = settings.maxDeliver ?? DEFAULT_MAX_DELIVER;
  const backoffMs = settings.backoffMs ?? DEFAULT_BACKOFF_MS;
  const stream = streamName(settings.ns, settings.stream);
  const log = settings.logger.child({ component: 'consumer', consumer: settings.consumerName, stream });
  // The fault suite's slowed consumer (handler-delay.ts); 0 everywhere else.
  const handlerDelayMs = handlerDelayFor(process.env, settings.consumerName, settings.stream);
  if (handlerDelayMs > 0) log.warn({ handlerDelayMs }, 'handlers slowed on purpose (fault suite)');

  const handlers = new Map<string, EventHandler<unknown>>();
  for (const handler of settings.handlers) {
    if (handler.contract.stream !== settings.stream) {
      throw new Error(`${handler.contract.type} travels on ${handler.contract.stream}, not ${settings.stream}`);
    }
    const subject = subjectOf(settings.ns, handler.contract);
    if (handlers.has(subject)) throw new Error(`two handlers for ${subject} in ${settings.consumerName}`);
    handlers.set(subject, handler);
  }

  await ensureDurableConsumer(settings.jsm, settings.ns, {
    stream: settings.stream,
    durableName: settings.consumerName,
    ackWaitMs: settings.ackWaitMs ?? 30_000,
    maxDeliver: maxDeliver + SERVER_DELIVERY_MARGIN,
  });
  const consumer = await settings.js.consumers.get(stream, settings.consumerName);

  /** What a message needs before its handler may run, or the outcome it has without one. */
  type Prepared =
    | { kind: 'ready'; msg: JsMsg; handler: EventHandler<unknown>; envelope: EventEnvelope<unknown>; payload: unknown }
    | { kind: 'settled'; outcome: Outcome };

  function prepare(msg: JsMsg): Prepared {
    const handler = handlers.get(msg.subject);
    // Another event of the same stream that this service does not care about.
    if (!handler) return { kind: 'settled', outcome: { kind: 'ignored' } };
    const { contract } = handler;
    let payload: unknown;
    let envelope: EventEnvelope<unknown>;
    try {
      payload = JSON.parse(decoder.decode(msg.data));
      envelope = parseEnvelope(contract, payload);
    } catch (error) {
      // Retrying cannot fix a message that breaks its contract: straight to operators.
      const poison = error instanceof ContractViolation ? error : new ContractViolation(contract.type, ['body is not JSON']);
      return { kind: 'settled', outcome: { kind: 'dead-letter', error: poison, payload, eventType: contract.type } };
    }
    const deliveries = msg.info.deliveryCount;
    if (deliveries > maxDeliver) {
      // A previous final attempt never concluded (crash, ack_wait): do not run it again.
      const error = new Error(`delivered ${deliveries} times without an outcome`);
      return { kind: 'settled', outcome: { kind: 'dead-letter', error, payload, eventType: contract.type } };
    }
    return { kind: 'ready', msg, handler, envelope, payload };
  }

  /**
   * Records the event in the inbox and runs its handler in `em`'s transaction; false when an
   * earlier delivery (or a concurrent replica) already applied it, and nothing changes.
   */
  async function applyIn(em: EntityManager, ready: Extract<Prepared, { kind: 'ready' }>): Promise<boolean> {
    const { msg, handler, envelope } = ready;
    const trace = childTraceparent(envelope.traceparent);
    const context = { requestId: envelope.id, traceId: trace.traceId, traceparent: formatTraceparent(trace) };
    return runWithContext(context, async () => {
      const inserted = await em.execute<{ event_id: string }[]>(
        `insert into inbox_event (consumer, event_id, subject, processed_at)
         values (?, ?, ?, now()) on conflict do nothing returning event_id`,
        [settings.consumerName, envelope.id, bareSubject(settings.ns, msg.subject)],
      );
      if (inserted.length === 0) return false;
      const handlerLog = log.child({ eventId: envelope.id, subject: msg.subject, delivery: msg.info.deliveryCount });
      // After the inbox row: only a first application waits, a redelivery it absorbs does not.
      if (handlerDelayMs > 0) await delay(handlerDelayMs);
      await handler.handle(envelope, { em, logger: handlerLog });
      return true;
    });
  }

  async function apply(msg: JsMsg): Promise<Outcome> {
    const prepared = prepare(msg);
    if (prepared.kind === 'settled') return prepared.outcome;
    const deliveries = msg.info.deliveryCount;
    const eventType = prepared.handler.contract.type;
    try {
      const applied = await settings.orm.em.fork().transactional((em) => applyIn(em, prepared));
      return applied ? { kind: 'applied' } : { kind: 'duplicate' };
    } catch (error) {
      if (isFinalDelivery(deliveries, maxDeliver)) {
        return { kind: 'dead-letter', error, payload: prepared.payload, eventType };
      }
      log.warn(
        { eventId: prepared.envelope.id, subject: msg.subject, delivery: deliveries, reason: sanitizeError(error, prepared.payload) },
        'handler failed; will retry',
      );
      return { kind: 'retry', delayMs: redeliveryDelay(backoffMs, deliveries), error };
    }
  }

  async function deadLetter(msg: JsMsg, outcome: Extract<Outcome, { kind: 'dead-letter' }>): Promise<void> {
    const eventId = eventIdOf(outcome.payload);
    const facts = {
      consumerName: settings.consumerName,
      originalSubject: msg.subject,
      originalStream: msg.info.stream,
      originalSequence: msg.seq,
      eventId,
      eventType: outcome.eventType,
      deliveryCount: msg.info.deliveryCount,
      error: outcome.error,
      payload: outcome.payload,
      at: new Date(),
    };
    const headers = natsHeaders();
    for (const [key, value] of Object.entries(buildDeadLetterHeaders(facts))) headers.set(key, value);
    await settings.js.publish(deadLetterSubject(settings.ns, settings.consumerName, msg.subject), msg.data, {
      msgID: deadLetterMsgId(settings.consumerName, msg.info.stream, msg.seq),
      headers,
    });
    log.error(
      { eventId, subject: msg.subject, delivery: msg.info.deliveryCount, error: headers.get(DEAD_LETTER_HEADERS.errorName) },
      'event dead-lettered',
    );
  }

  async function handleMessage(msg: JsMsg): Promise<void> {
    const outcome = await apply(msg);
    switch (outcome.kind) {
      case 'applied':
      case 'duplicate':
      case 'ignored':
        // ackAck: a lost ack would only cost a redelivery (the inbox absorbs it), but
        // waiting for it keeps "stopped" meaning "nothing in flight".
        await msg.ackAck().catch(() => false);
        return;
      case 'retry':
        msg.nak(outcome.delayMs);
        return;
      case 'dead-letter':
        try {
          await deadLetter(msg, outcome);
          // term() without a reason: the reason argument needs server 2.11.
          msg.term();
        } catch (error) {
          log.error({ subject: msg.subject, error: error instanceof Error ? error.name : 'unknown' }, 'dead-letter publish failed');
          msg.nak(redeliveryDelay(backoffMs, msg.info.deliveryCount));
        }
        return;
    }
  }

  /**
   * Applies events that were already waiting together, in stream order, in one transaction,
   * and acknowledges them after its commit. Anything out of the ordinary (a message to
   * dead-letter, a handler that fails) sends the group back through `handleMessage` one by
   * one, so retries and dead letters stay per event and the group's rollback loses nothing.
   */
  async function handleGroup(group: JsMsg[]): Promise<void> {
    const prepared = group.map(prepare);
    const ready = prepared.filter((item): item is Extract<Prepared, { kind: 'ready' }> => item.kind === 'ready');
    const clean = prepared.every((item) => item.kind === 'ready' || item.outcome.kind === 'ignored');
    if (group.length > 1 && clean && ready.length > 1) {
      try {
        await settings.orm.em.fork().transactional(async (em) => {
          for (const item of ready) {
            await applyIn(em, item);
            // Flush each handler's entities before the next handler's SQL can look for them.
            await em.flush();
          }
        });
        await Promise.all(group.map((msg) => msg.ackAck().catch(() => false)));
        return;
      } catch {
        // Rolled back as a whole: each event gets its own attempt (and outcome) below.
      }
    }
    for (const msg of group) await handleOne(msg);
  }

  async function handleOne(msg: JsMsg): Promise<void> {
    try {
      await handleMessage(msg);
    } catch (error) {
      // Unexpected (e.g. the database is down): let JetStream redeliver after a pause.
      log.error({ subject: msg.subject, reason: error instanceof Error ? error.message : 'unknown' }, 'message failed');
      msg.nak(redeliveryDelay(backoffMs, msg.info.deliveryCount));
    }
  }

  const eventsPerTransaction = Math.max(1, settings.eventsPerTransaction ?? DEFAULT_EVENTS_PER_TRANSACTION);
  const state: {
    running: boolean;
    messages: ConsumerMessages | null;
    iterator: AsyncIterator<JsMsg> | null;
    /** The promise of the next message, always one ahead: what stop() hands back. */
    next: Promise<IteratorResult<JsMsg>> | null;
    /** Settles when the group in flight has been applied and acknowledged. */
    inFlight: Promise<void> | null;
  } = { running: true, messages: null, iterator: null, next: null, inFlight: null };
  const stopping = new AbortController();
  const loop = (async () => {
    while (state.running) {
      try {
        const messages = await consumer.consume({ max_messages: Math.max(settings.batchSize ?? 10, eventsPerTransaction) });
        const iterator = messages[Symbol.asyncIterator]();
        Object.assign(state, { messages, iterator, next: iterator.next() });
        while (state.running && state.next) {
          const first = await state.next;
          // Stopped while waiting: stop() hands this message back.
          if (first.done || !state.running) break;
          state.next = iterator.next();
          const group = [first.value];
          // Only messages already buffered join the group: a message that is there resolves
          // `next` within microtasks, before the next turn of the event loop; the group never
          // waits for one that has yet to arrive.
          while (group.length < eventsPerTransaction) {
            const more = await Promise.race([state.next, nextTurn()]);
            if (more === NOT_YET || more.done) break;
            group.push(more.value);
            state.next = iterator.next();
          }
          if (!state.running) {
            for (const msg of group) msg.nak();
            break;
          }
          state.inFlight = handleGroup(group);
          await state.inFlight;
          state.inFlight = null;
        }
      } catch (error) {
        log.error({ reason: error instanceof Error ? error.message : 'unknown' }, 'consume ended; restarting');
      }
      if (state.running) await delay(1_000, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();

  /**
   * Naks what was pulled but not started, so another replica (or this one, restarted) gets it
   * now rather than after ack_wait. Called after the subscription was closed: the iterator
   * yields what is buffered, then ends.
   */
  async function handBack(): Promise<number> {
    let handed = 0;
    try {
      while (state.iterator && state.next) {
        const more = await state.next;
        if (more.done) break;
        more.value.nak();
        handed += 1;
        state.next = state.iterator.next();
      }
    } catch {
      // The subscription ended with an error: what it held comes back after ack_wait.
    }
    return handed;
  }

  log.info({ subjects: [...handlers.keys()].map((subject) => bareSubject(settings.ns, subject)) }, 'consumer started');
  return {
    async stop() {
      state.running = false;
      stopping.abort();
      // No more pulls; the buffer stays readable up to the end marker close() queues behind it.
      const closed = state.messages?.close();
      // The group being applied commits and is acknowledged first; then the rest goes back.
      await state.inFlight;
      const handedBack = await handBack();
      await closed;
      await loop;
      log.info({ handedBack }, 'consumer stopped');
    },
  };
}
