import { AckPolicy, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { durableConsumerConfig, streamDefinitions } from './stream-definitions';

describe('streamDefinitions', () => {
  it('declares one stream per service and the dead-letter stream, namespaced', () => {
    const definitions = streamDefinitions('tab12');
    expect(definitions.map((d) => [d.name, d.subjects])).toEqual([
      ['tab12_ORGANISATION', ['tab12.organisation.>']],
      ['tab12_SOURCING', ['tab12.sourcing.>']],
      ['tab12_TRAINING', ['tab12.training.>']],
      ['tab12_ADMISSION', ['tab12.admission.>']],
      ['tab12_EVALUATION', ['tab12.evaluation.>']],
      ['tab12_DEADLETTER', ['tab12.deadletter.>']],
    ]);
  });

  it('uses file storage, limits retention and a two-minute dedup window', () => {
    for (const definition of streamDefinitions('')) {
      expect(definition.storage).toBe(StorageType.File);
      expect(definition.retention).toBe(RetentionPolicy.Limits);
      expect(definition.duplicate_window).toBe(nanos(120_000));
      expect(definition.max_age).toBeGreaterThan(0);
    }
  });

  it('asks nothing of the server that 2.9 does not know', () => {
    for (const definition of streamDefinitions('')) {
      for (const key of ['metadata', 'compression', 'first_seq', 'subject_transform', 'consumer_limits']) {
        expect(definition).not.toHaveProperty(key);
      }
    }
  });
});

describe('durableConsumerConfig', () => {
  it('is a durable pull consumer with explicit ack and one filter subject', () => {
    const config = durableConsumerConfig('tab12', {
      stream: 'ORGANISATION',
      durableName: 'sourcing-service',
      ackWaitMs: 30_000,
      maxDeliver: 10,
    });
    expect(config).toMatchObject({
      durable_name: 'sourcing-service',
      ack_policy: AckPolicy.Explicit,
      ack_wait: nanos(30_000),
      max_deliver: 10,
      filter_subject: 'tab12.organisation.>',
    });
    expect(config).not.toHaveProperty('filter_subjects');
    expect(config).not.toHaveProperty('deliver_subject');
  });
});
