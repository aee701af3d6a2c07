export * from './namespace';
export * from './stream-definitions';
export * from './nats-connection';
export * from './backoff';
export * from './messaging.migration';
export * from './outbox/outbox-event.entity';
export * from './outbox/event-recorder';
export * from './outbox/outbox-relay';
export * from './inbox/inbox-event.entity';
export * from './inbox/consumer';
export * from './inbox/handler-delay';
export * from './dead-letters/dead-letter-headers';
export * from './dead-letters/dead-letters';
export * from './dead-letters/dead-letters.cli';

export * from './messaging-entities';
