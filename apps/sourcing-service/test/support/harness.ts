import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { type ConsumerMessages, jetstream, type JetStreamClient, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Identity } from '@pdv/auth';
import { type EventContract, type EventEnvelope, SYSTEM_ACTOR } from '@pdv/contracts';
import {
  connectNats,
  EventRecorder,
  messagingEntities,
  messagingMigration,
  OutboxRelay,
  streamDefinitions,
  streamName,
} from '@pdv/messaging';
import { createLogger, type Logger } from '@pdv/observability';
import { migrate, type MikroORM, openOrm } from '@pdv/persistence';
import { createTestDatabase, gatewayHeaders, TEST_INTERNAL_SECRET, TEST_NATS_URL, testEventNamespace, type TestDatabase } from '@pdv/testing';
import { loadSourcingConfig, type SourcingConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { type SourcingService, startSourcingService } from '../../src/server';

export const testLogger: Logger = createLogger('sourcing-test', process.env.LOG_LEVEL ?? 'silent');

export { waitFor } from '@pdv/testing';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(instant: string | Date): void {
    this.current = new Date(instant);
  }
}

/**
 * Another service's outbox, as that service would have it: its own database with the
 * messaging tables, an EventRecorder under its name, and the real relay publishing to the
 * suite's namespace. Tests record events here exactly as the organisation, training or
 * admission service would.
 */
export class EventSource {
  private constructor(
    readonly source: string,
    private readonly orm: MikroORM,
    private readonly db: TestDatabase,
    private readonly recorder: EventRecorder,
    private readonly relay: OutboxRelay,
  ) {}

  static async open(source: string, ns: string, js: JetStreamClient): Promise<EventSource> {
    const db = await createTestDatabase(`${source.replace(/-service$/, '')}_src`);
    const orm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: [...messagingEntities], migrations: [messagingMigration] });
    await migrate(orm);
    const relay = new OutboxRelay({ orm, js, logger: testLogger, pollIntervalMs: 60_000 });
    return new EventSource(source, orm, db, new EventRecorder({ source, ns }), relay);
  }

  /** Records events in one committed transaction and publishes them now. */
  async publish<T>(contract: EventContract<T>, items: { aggregateId: string; data: T; occurredAt?: Date }[]): Promise<EventEnvelope<T>[]> {
    const envelopes = await this.orm.em.fork().transactional(async (em) =>
      items.map((item) => this.recorder.recordEvent(em, contract, { aggregateId: item.aggregateId, data: item.data, actor: SYSTEM_ACTOR, occurredAt: item.occurredAt })),
    );
    await this.relay.drain();
    return envelopes;
  }

  async close(): Promise<void> {
    await this.relay.stop();
    await this.orm.close(true);
    await this.db.drop();
  }
}

export interface GraphqlResult<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; rule?: string; problems?: { field: string; message: string }[] } }[];
}

export interface Harness {
  ns: string;
  config: SourcingConfig;
  service: SourcingService;
  clock: TestClock;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  organisation: EventSource;
  training: EventSource;
  admission: EventSource;
  /** Calls the subgraph as the gateway would, with the identity re-signed for subgraphs. */
  gql<T = Record<string, unknown>>(identity: Identity | null, query: string, variables?: Record<string, unknown>): Promise<GraphqlResult<T>>;
  /** Like gql, but fails the test on any error. */
  ok<T = Record<string, unknown>>(identity: Identity | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  /** Sourcing events published so far on the suite's namespaced subjects. */
  sourcingEvents(): Promise<EventEnvelope[]>;
  close(): Promise<void>;
}

export async function startHarness(label: string, options: { now?: string; config?: Partial<Record<string, string>> } = {}): Promise<Harness> {
  const ns = testEventNamespace();
  const db = await createTestDatabase(label);
  const migrationOrm = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities, migrations });
  await migrate(migrationOrm);
  await migrationOrm.close(true);
  const config = loadSourcingConfig({
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.dbName,
    NATS_URL: TEST_NATS_URL,
    EVENT_NAMESPACE: ns,
    PORT: '0',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    ...options.config,
  });
  const clock = new TestClock(new Date(options.now ?? '2026-03-16T03:00:00Z'));
  const service = await startSourcingService(config, { logger: testLogger, clock, relayPollMs: 100, consumerBackoffMs: [100, 200, 400] });
  const nc = await connectNats({ url: TEST_NATS_URL, name: `sourcing-test-${ns}`, logger: testLogger });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  const [organisation, training, admission] = await Promise.all([
    EventSource.open('organisation-service', ns, js),
    EventSource.open('training-service', ns, js),
    EventSource.open('admission-service', ns, js),
  ]);

  async function gql<T>(identity: Identity | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResult<T>> {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: await gatewayHeaders(identity, config.INTERNAL_AUTH_SECRET),
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResult<T>;
  }

  const seen: EventEnvelope[] = [];
  let reader: ConsumerMessages | null = null;
  const decoder = new TextDecoder();
  return {
    ns,
    config,
    service,
    clock,
    nc,
    js,
    jsm,
    organisation,
    training,
    admission,
    gql,
    async ok<T>(identity: Identity | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const result = await gql<T>(identity, query, variables);
      if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data;
    },
    async sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
      return service.orm.em.fork().execute<T[]>(query, params);
    },
    async sourcingEvents(): Promise<EventEnvelope[]> {
      if (!reader) {
        // An ordered (ephemeral) consumer reading the suite's SOURCING stream from the start.
        const consumer = await js.consumers.get(streamName(ns, 'SOURCING'));
        reader = await consumer.consume();
        void (async () => {
          for await (const message of reader!) seen.push({ ...(JSON.parse(decoder.decode(message.data)) as EventEnvelope), subject: message.subject } as EventEnvelope);
        })().catch(() => undefined);
      }
      await service.relay.drain();
      await delay(200);
      return [...seen];
    },
    async close() {
      await reader?.close();
      await service.stop();
      await Promise.allSettled([organisation.close(), training.close(), admission.close()]);
      for (const definition of streamDefinitions(ns)) await jsm.streams.delete(definition.name).catch(() => false);
      await nc.close();
      await db.drop();
    },
  };
}

export const newId = (): string => randomUUID();
