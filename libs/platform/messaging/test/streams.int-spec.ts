import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, nanos, type NatsConnection } from '@nats-io/transport-node';
import { TEST_NATS_URL, testEventNamespace } from '@pdv/testing';
import { ensureDurableConsumer, ensureStreams, natsReadinessCheck, streamDefinitions, streamName } from '../src';

describe('stream and consumer declarations', () => {
  const ns = testEventNamespace();
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    nc = await connect({ servers: TEST_NATS_URL });
    jsm = await jetstreamManager(nc);
  });

  afterAll(async () => {
    for (const definition of streamDefinitions(ns)) await jsm.streams.delete(definition.name).catch(() => false);
    await nc?.close();
  });

  it('creates the six streams, and a second run changes nothing', async () => {
    const first = await ensureStreams(jsm, ns);
    const second = await ensureStreams(jsm, ns);
    expect(second).toEqual(first);
    expect(first).toContain(`${ns}_DEADLETTER`);
    const info = await jsm.streams.info(streamName(ns, 'ADMISSION'));
    expect(info.config).toMatchObject({
      subjects: [`${ns}.admission.>`],
      storage: 'file',
      retention: 'limits',
      duplicate_window: nanos(120_000),
    });
  });

  it('creates a durable once, updates what may change, and refuses a silent filter change', async () => {
    const spec = { stream: 'ORGANISATION' as const, durableName: 'sourcing-service', ackWaitMs: 30_000, maxDeliver: 10 };
    const created = await ensureDurableConsumer(jsm, ns, spec);
    const again = await ensureDurableConsumer(jsm, ns, spec);
    expect(again.created).toEqual(created.created);
    expect(created.config).toMatchObject({ ack_policy: 'explicit', filter_subject: `${ns}.organisation.>`, max_deliver: 10 });

    const updated = await ensureDurableConsumer(jsm, ns, { ...spec, maxDeliver: 12, ackWaitMs: 20_000 });
    expect(updated.config).toMatchObject({ max_deliver: 12, ack_wait: nanos(20_000) });

    await expect(
      ensureDurableConsumer(jsm, ns, { ...spec, filterSubject: `${ns}.organisation.organisation.>` }),
    ).rejects.toThrow(/delete the durable to change its filter/);
  });

  it('is ready while the server answers', async () => {
    await expect(natsReadinessCheck(nc).check()).resolves.toBeUndefined();
  });
});
