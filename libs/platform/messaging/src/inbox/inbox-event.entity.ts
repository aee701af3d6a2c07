import { EntitySchema } from '@pdv/persistence';

/**
 * An event a consumer has applied. Inserted in the same transaction as the handler's
 * effect, so a redelivered event finds its row and is not applied twice.
 */
export interface InboxEvent {
  consumer: string;
  eventId: string;
  subject: string;
  processedAt: Date;
}

export const InboxEventEntity = new EntitySchema<InboxEvent>({
  name: 'InboxEvent',
  tableName: 'inbox_event',
  properties: {
    consumer: { type: 'text', primary: true },
    eventId: { type: 'uuid', primary: true, fieldName: 'event_id' },
    subject: { type: 'text' },
    processedAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'processed_at' },
  },
});
