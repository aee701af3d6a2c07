import type { EventEnvelope } from '@pdv/contracts';
import { EntitySchema } from '@pdv/persistence';

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
  /** Strictly increasing per process (see EventRecorder): the publication order. */
  createdAt: Date;
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
    createdAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'created_at' },
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
