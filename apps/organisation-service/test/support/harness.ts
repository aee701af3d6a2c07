import { jetstream, type JetStreamClient, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { Identity } from '@pdv/auth';
import { type Actor, type EventContract, type EventEnvelope, SYSTEM_ACTOR } from '@pdv/contracts';
import { buildEnvelope, DEAD_LETTER_STREAM, SERVICE_STREAMS, streamName, subjectOf } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { migrate, openOrm } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import {
  createTestDatabase,
  gatewayHeaders,
  type GraphQLResponse,
  postGraphQL,
  TEST_INTERNAL_SECRET,
  TEST_NATS_URL,
  type TestDatabase,
  testEventNamespace,
} from '@pdv/testing';
import { randomUUID } from 'node:crypto';
import { loadOrganisationConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { type OrganisationService, startOrganisationService } from '../../src/server';

/**
 * A clock whose day is fixed (so dates in tests do not depend on when they run) while its
 * time of day advances, like a real one: rows recorded one after another keep their order.
 */
export function clockAt(localDate: string): Clock {
  const base = new Date(`${localDate}T03:00:00Z`).getTime(); // 10:00 in Hanoi
  const started = Date.now();
  return { now: () => new Date(base + (Date.now() - started)) };
}

export interface Harness {
  service: OrganisationService;
  db: TestDatabase;
  ns: string;
  nc: NatsConnection;
  js: JetStreamClient;
  /** Runs an operation as `identity` (null: anonymous through the gateway). */
  gql<TData = Record<string, unknown>>(
    identity: Identity | null,
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Runs an operation without the gateway's identity header (a call bypassing the gateway). */
  gqlWithoutGateway(query: string): Promise<GraphQLResponse>;
  /** Runs SQL on the service's database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Every event of a service stream so far, oldest first. */
  streamEvents(stream: 'ORGANISATION' | 'ADMISSION' | 'DEADLETTER'): Promise<EventEnvelope[]>;
  /** Publishes an event of another service on its namespaced subject, as its relay would. */
  publish<TData>(contract: EventContract<TData>, aggregateId: string, data: TData, options?: { id?: string; actor?: Actor }): Promise<EventEnvelope<TData>>;
  stop(): Promise<void>;
}

/** A fresh database (migrated), event namespace and running service on a free port. */
export async function startHarness(label: string, options: { today?: string } = {}): Promise<Harness> {
  const db = await createTestDatabase(`org ${label}`);
  const ns = testEventNamespace();
  const migrator = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities, migrations });
  await migrate(migrator);
  await migrator.close();
  const config = loadOrganisationConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.dbName,
    NATS_URL: TEST_NATS_URL,
    EVENT_NAMESPACE: ns,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    PORT: '0',
  });
  const service = await startOrganisationService(config, {
    clock: clockAt(options.today ?? '2026-07-15'),
    logger: createLogger('organisation-test', 'silent'),
    relayPollMs: 200,
    consumerBackoffMs: [200, 400],
  });
  const nc = await connect({ servers: TEST_NATS_URL });
  const js = jetstream(nc);
  const decoder = new TextDecoder();

  return {
    service,
    db,
    ns,
    nc,
    js,
    async gql(identity, query, variables = {}, headers = {}) {
      return postGraphQL(service.url, query, variables, { ...(await gatewayHeaders(identity)), ...headers });
    },
    gqlWithoutGateway(query) {
      return postGraphQL(service.url, query);
    },
    async sql(query, params = []) {
      return service.orm.em.fork().execute(query, params);
    },
    async streamEvents(stream) {
      const consumer = await js.consumers.get(streamName(ns, stream));
      const envelopes: EventEnvelope[] = [];
      const info = await consumer.info(true);
      let pending = info.num_pending;
      while (pending > 0) {
        const batch = await consumer.fetch({ max_messages: Math.min(pending, 500), expires: 2_000 });
        let got = 0;
        for await (const message of batch) {
          envelopes.push(JSON.parse(decoder.decode(message.data)) as EventEnvelope);
          got += 1;
        }
        if (got === 0) break;
        pending -= got;
      }
      return envelopes;
    },
    async publish(contract, aggregateId, data, publishOptions = {}) {
      const envelope = buildEnvelope(contract, { aggregateId, data, actor: publishOptions.actor ?? SYSTEM_ACTOR }, {
        id: publishOptions.id ?? randomUUID(),
        source: 'admission-service',
        now: new Date(),
        traceparent: null,
      });
      await js.publish(subjectOf(ns, contract), JSON.stringify(envelope), { msgID: envelope.id });
      return envelope;
    },
    async stop() {
      await service.stop();
      // The suite's streams go with it, so test runs do not pile up in the shared NATS.
      const jsm = await jetstreamManager(nc);
      for (const stream of [...SERVICE_STREAMS, DEAD_LETTER_STREAM]) await jsm.streams.delete(streamName(ns, stream)).catch(() => false);
      await nc.close();
      await db.drop();
    },
  };
}

/** Polls `check` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}
