import { randomUUID } from 'node:crypto';
import { type Actor, type EventContract, type EventEnvelope, parseEnvelope } from '@pdv/contracts';
import { currentContext } from '@pdv/observability';
import { chunks, type EntityManager, executeBound, pgArray } from '@pdv/persistence';
import { assertNamespace, subjectOf } from '../namespace';
import { OutboxEventEntity } from './outbox-event.entity';

export interface RecordEventInput<TData> {
  aggregateId: string;
  data: TData;
  actor: Actor;
  /** When the fact happened; defaults to now. */
  occurredAt?: Date;
  /** Defaults to the current request's traceparent, so the event continues its trace. */
  traceparent?: string | null;
}

export interface EnvelopeFacts {
  id: string;
  source: string;
  now: Date;
  /** The ambient traceparent, used when the input names none. */
  traceparent: string | null;
}

/**
 * Builds and validates an envelope. A failure is a programming error (the producer broke
 * its own contract), so ContractViolation propagates and the caller's transaction rolls back.
 */
export function buildEnvelope<TData>(
  contract: EventContract<TData>,
  input: RecordEventInput<TData>,
  facts: EnvelopeFacts,
): EventEnvelope<TData> {
  const raw: EventEnvelope<TData> = {
    id: facts.id,
    type: contract.type,
    version: contract.version,
    occurredAt: (input.occurredAt ?? facts.now).toISOString(),
    source: facts.source,
    aggregateId: input.aggregateId,
    actor: input.actor,
    traceparent: input.traceparent === undefined ? facts.traceparent : input.traceparent,
    data: input.data,
  };
  return parseEnvelope(contract, raw);
}

/** An instant of the outbox: the event's time, and its created_at with microseconds. */
export interface OutboxInstant {
  at: Date;
  /** ISO 8601 with six fraction digits, strictly increasing within the process. */
  timestamp: string;
}

/**
 * A clock that never repeats or goes back within the process, at microsecond resolution.
 * The relay publishes in created_at order, and two events recorded in the same millisecond
 * (one transaction emitting two facts about one aggregate) must keep their order. Stepping
 * a microsecond (PostgreSQL's resolution), not a millisecond, keeps the clock on the wall:
 * a millisecond step ran ahead of real time by a second per second at 2,000 events/s, and
 * envelopes' occurredAt with it.
 */
export class MonotonicClock {
  private lastMicros = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): OutboxInstant {
    const candidate = this.now() * 1_000;
    this.lastMicros = candidate > this.lastMicros ? candidate : this.lastMicros + 1;
    const millis = Math.floor(this.lastMicros / 1_000);
    const at = new Date(millis);
    const micros = String(this.lastMicros - millis * 1_000).padStart(3, '0');
    return { at, timestamp: `${at.toISOString().slice(0, -1)}${micros}Z` };
  }
}

const processClock = new MonotonicClock();

/** Rows per statement in recordMany: keeps each statement's array parameters moderate. */
const BULK_CHUNK = 2_000;

export interface EventRecorderSettings {
  /** The service name written as the envelope's `source`. */
  source: string;
  /** EVENT_NAMESPACE: '' in production. */
  ns: string;
  clock?: MonotonicClock;
  newId?: () => string;
}

/** Writes events into the outbox of the caller's unit of work. One per service. */
export class EventRecorder {
  private readonly clock: MonotonicClock;
  private readonly newId: () => string;

  constructor(private readonly settings: EventRecorderSettings) {
    assertNamespace(settings.ns);
    if (!settings.source) throw new Error('EventRecorder needs the service name as source');
    this.clock = settings.clock ?? processClock;
    this.newId = settings.newId ?? randomUUID;
  }

  /**
   * Persists the event in `em`; it is written when the caller flushes or its
   * `em.transactional` commits, and is never published if that transaction rolls back.
   */
  recordEvent<TData>(em: EntityManager, contract: EventContract<TData>, input: RecordEventInput<TData>): EventEnvelope<TData> {
    const createdAt = this.clock.next();
    const envelope = buildEnvelope(contract, input, {
      id: this.newId(),
      source: this.settings.source,
      now: createdAt.at,
      traceparent: currentContext()?.traceparent ?? null,
    });
    const row = em.create(OutboxEventEntity, {
      id: envelope.id,
      subject: subjectOf(this.settings.ns, contract),
      type: envelope.type,
      version: envelope.version,
      aggregateId: envelope.aggregateId,
      envelope: envelope as EventEnvelope,
      createdAt: createdAt.timestamp,
      publishedAt: null,
      attempts: 0,
      lastError: null,
    });
    em.persist(row);
    return envelope;
  }

  /**
   * Writes many events of one contract in the caller's transaction with a few multi-row
   * statements (a 10,000-row import would otherwise be 10,000 persisted entities). Same
   * validation and columns as recordEvent; rows get `at` plus their position in
   * microseconds, so the relay publishes them in the given order, after earlier events.
   */
  async recordMany<TData>(
    em: EntityManager,
    contract: EventContract<TData>,
    input: { actor: Actor; at: Date; events: readonly { aggregateId: string; data: TData }[] },
  ): Promise<void> {
    const subject = subjectOf(this.settings.ns, contract);
    const traceparent = currentContext()?.traceparent ?? null;
    let position = 0;
    for (const part of chunks(input.events, BULK_CHUNK)) {
      const envelopes = part.map((event) =>
        buildEnvelope(
          contract,
          { aggregateId: event.aggregateId, data: event.data, actor: input.actor, occurredAt: input.at },
          { id: this.newId(), source: this.settings.source, now: input.at, traceparent },
        ),
      );
      await executeBound(
        em,
        `insert into outbox_event (id, subject, type, version, aggregate_id, envelope, created_at, published_at, attempts, last_error)
         select t.id, ?, ?, ?, t.aggregate_id, t.envelope::jsonb, ?::timestamptz + make_interval(secs => (t.n + ?) / 1000000.0), null, 0, null
           from unnest(?::uuid[], ?::text[], ?::text[]) with ordinality as t(id, aggregate_id, envelope, n)`,
        [
          subject,
          contract.type,
          contract.version,
          input.at.toISOString(),
          position,
          pgArray(envelopes.map((envelope) => envelope.id)),
          pgArray(envelopes.map((envelope) => envelope.aggregateId)),
          pgArray(envelopes.map((envelope) => JSON.stringify(envelope))),
        ],
      );
      position += part.length;
    }
  }
}
