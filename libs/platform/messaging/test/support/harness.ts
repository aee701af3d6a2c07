import { randomUUID } from 'node:crypto';
import { jetstream, type JetStreamClient, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { type EventData, organisationRegistered, SYSTEM_ACTOR } from '@pdv/contracts';
import {
  connectNats,
  ensureStreams,
  EventRecorder,
  eventHandler,
  messagingEntities,
  messagingMigration,
  streamDefinitions,
} from '../../src';
import { createLogger, type Logger } from '@pdv/observability';
import { type EntityManager, migrate, type MikroORM, openOrm } from '@pdv/persistence';
import { createTestDatabase, type TestDatabase } from '@pdv/testing';
import { ProbeAppliedEntity, probeMigration } from './probe.entity';

export const testLogger: Logger = createLogger('messaging-test', process.env.LOG_LEVEL ?? 'silent');

export { waitFor } from '@pdv/testing';

export interface TestDb {
  db: TestDatabase;
  orm: MikroORM;
  close(): Promise<void>;
}

/** A fresh database with the committed migrations (messaging first, then the probe's). */
export async function openTestDb(label: string): Promise<TestDb> {
  const db = await createTestDatabase(label);
  const orm = await openOrm({
    serverUrl: db.serverUrl,
    dbName: db.dbName,
    entities: [...messagingEntities, ProbeAppliedEntity],
    migrations: [messagingMigration, probeMigration],
  });
  await migrate(orm);
  return {
    db,
    orm,
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

export interface TestNats {
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** Deletes the namespace's streams and closes the connection. */
  close(): Promise<void>;
}

export async function openTestNats(url: string, ns: string): Promise<TestNats> {
  const nc = await connectNats({ url, name: `messaging-test-${ns}`, logger: testLogger });
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm, ns);
  return {
    nc,
    js: jetstream(nc),
    jsm,
    async close() {
      for (const definition of streamDefinitions(ns)) {
        await jsm.streams.delete(definition.name).catch(() => false);
      }
      await nc.close();
    },
  };
}

export type Registered = EventData<typeof organisationRegistered>;

export function registeredData(overrides: Partial<Registered> = {}): Registered {
  return {
    organisationId: randomUUID(),
    parentId: null,
    kind: 'PARTY_CELL',
    sector: 'RESIDENTIAL_AREA',
    code: `CB-${Math.floor(Math.random() * 1000)}`,
    name: 'Chi bộ khu dân cư',
    validFrom: '2026-01-01',
    ...overrides,
  };
}

/** Records one organisation-registered event in its own committed transaction. */
export async function recordRegistered(orm: MikroORM, recorder: EventRecorder, data: Registered = registeredData()) {
  return orm.em.fork().transactional(async (em) =>
    recorder.recordEvent(em, organisationRegistered, { aggregateId: data.organisationId, data, actor: SYSTEM_ACTOR }),
  );
}

/** A handler that writes a probe row in the consumer's transaction. */
export function probeHandler(onApply: (data: Registered) => void = () => undefined) {
  return eventHandler(organisationRegistered, async (envelope, { em }) => {
    onApply(envelope.data);
    persistProbe(em, envelope);
  });
}

/** The probe's effect of one organisation-registered event, in the handler's transaction. */
export function persistProbe(em: EntityManager, envelope: { id: string; data: Registered }): void {
  em.persist(
    em.create(ProbeAppliedEntity, {
      id: randomUUID(),
      eventId: envelope.id,
      organisationId: envelope.data.organisationId,
      code: envelope.data.code,
      appliedAt: new Date(),
    }),
  );
}

export async function probeRows(orm: MikroORM, eventId: string): Promise<number> {
  return orm.em.fork().count(ProbeAppliedEntity, { eventId });
}

export async function sql<T>(orm: MikroORM, query: string, params: unknown[] = []): Promise<T[]> {
  const em: EntityManager = orm.em.fork();
  return em.execute<T[]>(query, params);
}
