import type { EventEnvelope } from '@pdv/contracts';
import { EntitySchema, Type } from '@pdv/persistence';

/**
 * A timestamptz written from an ISO string as it is: MikroORM's date handling would round it
 * to the millisecond, and the outbox's order lives in the microseconds.
 */
class MicrosecondInstantType extends Type<string, string> {
  override convertToDatabaseValue(value: string): string {
    return value;
  }

  override convertToJSValue(value: string | Date): string {
    return typeof value === 'string' ? value : value.toISOString();
  }

  override getColumnType(): string {
    return 'timestamptz';
  }
}

/**
 * One event waiting for (or done with) publication. Written in the same transaction as the
 * state change it describes; the relay publishes it with `Nats-Msg-Id = id`.
 */
export interface OutboxEvent {
  /** The event id (envelope id), also the JetStream message id. */
  id: string;
  /** The full, namespaced subject it is published on. */
  subject: string;
  type: string;
  version: number;
  aggregateId: string;
  envelope: EventEnvelope;
  /**
   * Strictly increasing per process (see MonotonicClock): the publication order. An ISO
   * instant with microseconds, as the column keeps it (a Date would drop them).
   */
  createdAt: string;
  publishedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

export const OutboxEventEntity = new EntitySchema<OutboxEvent>({
  name: 'OutboxEvent',
  tableName: 'outbox_event',
  properties: {
    id: { type: 'uuid', primary: true },
    subject: { type: 'text' },
    type: { type: 'text' },
    version: { type: 'integer' },
    aggregateId: { type: 'text', fieldName: 'aggregate_id' },
    envelope: { type: 'json' },
    createdAt: { type: MicrosecondInstantType, columnType: 'timestamptz', fieldName: 'created_at' },
    publishedAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'published_at', nullable: true },
    attempts: { type: 'integer', default: 0 },
    lastError: { type: 'text', fieldName: 'last_error', nullable: true },
  },
  indexes: [
    {
      name: 'outbox_event_unpublished_idx',
      expression: 'create index "outbox_event_unpublished_idx" on "outbox_event" ("created_at") where "published_at" is null',
    },
  ],
});
