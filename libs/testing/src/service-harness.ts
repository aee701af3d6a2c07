import { randomUUID } from 'node:crypto';
import { jetstream, type JetStreamClient, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { type Identity, signUserToken } from '@pdv/auth';
import { type Actor, type EventContract, type EventEnvelope, parseEnvelope, STREAMS, type StreamName, SYSTEM_ACTOR } from '@pdv/contracts';
import { createLogger, type Logger } from '@pdv/observability';
import { type EntitySchema, type MigrationObject, migrate, type MikroORM, openOrm } from '@pdv/persistence';
import { type GatewayProcess, startGatewayProcess, TEST_GATEWAY_JWT } from './gateway-process';
import { gatewayHeaders, type GraphQLResponse, postGraphQL, TEST_INTERNAL_SECRET } from './identities';
import { TestClock } from './test-clock';
import { createTestDatabase, TEST_NATS_URL, type TestDatabase, testEventNamespace } from './test-database';

// The messaging library's naming of a namespaced deployment (libs/platform/messaging/src/namespace.ts).
// This library cannot import it: messaging's own tests import this one, and Nx refuses the cycle.
const namespacedStream = (ns: string, stream: string) => `${ns}_${stream}`;
const namespacedSubject = (ns: string, subject: string) => `${ns}.${subject}`;

/** What the harness needs of a started service (each service's `start…Service` returns more). */
export interface RunningService {
  /** The subgraph's /graphql endpoint. */
  url: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * The service-specific part of the harness, exported by each service from its test/support:
 * how to read its config, what it maps and migrates, how to start it, and its subgraph SDL
 * (composed into the test gateway's supergraph).
 */
export interface ServiceUnderTest<TService extends RunningService, TConfig> {
  /** The subgraph name in the supergraph, e.g. 'organisation'. */
  name: string;
  loadConfig(environment: Record<string, string | undefined>): TConfig;
  entities: EntitySchema[];
  migrations: MigrationObject[];
  start(config: TConfig, options: { clock: TestClock; logger: Logger }): Promise<TService>;
  subgraph(): Promise<{ sdl: string }>;
}

export interface ServiceHarnessOptions {
  /** Names the suite's database (`t_<service>_<label>_<random>`). */
  label: string;
  /** Defaults to a ticking clock on 2026-07-15. */
  clock?: TestClock;
  /** Extra environment for the service's config (e.g. a smaller import limit). */
  environment?: Record<string, string | undefined>;
}

export interface PublishOptions {
  id?: string;
  actor?: Actor;
  occurredAt?: Date;
  /** Defaults to the owner of the contract's stream, e.g. 'admission-service'. */
  source?: string;
}

/** One GraphQL operation as `identity`; `headers` are added last. */
export type GraphQLCall = <TData = Record<string, unknown>>(
  identity: Identity | null,
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<GraphQLResponse<TData>>;

export interface ServiceHarness<TService extends RunningService, TConfig> {
  service: TService;
  config: TConfig;
  clock: TestClock;
  db: TestDatabase;
  /** The suite's event namespace (stream and subject prefix). */
  ns: string;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  /** The real gateway process, in front of this one subgraph. */
  gateway: GatewayProcess;
  /**
   * Runs an operation through the gateway with a user token for `identity` (null: no token,
   * an anonymous caller). `headers` are added last, e.g. a forged authorization or x-request-id.
   */
  gql: GraphQLCall;
  /**
   * Runs an operation on the subgraph itself, with the identity header the gateway would
   * send: for what the gateway does not expose (federation `_entities`).
   */
  gqlSubgraph: GraphQLCall;
  /** Runs an operation on the subgraph without the gateway's identity header (a call around the gateway). */
  gqlWithoutGateway<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  /** Runs SQL on the service's database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Every event of a stream of the suite so far, oldest first, each with the subject it came on. */
  streamEvents(stream: StreamName | 'DEADLETTER'): Promise<(EventEnvelope & { subject: string })[]>;
  /** Publishes another service's event on its namespaced subject, as that service's relay would. */
  publish<TData>(contract: EventContract<TData>, aggregateId: string, data: TData, options?: PublishOptions): Promise<EventEnvelope<TData>>;
  stop(): Promise<void>;
}

/**
 * The one harness of every service's integration tests: a fresh database built by the
 * service's committed migrations, an event namespace of its own, the service started on a
 * free port with a test clock, and the real gateway process in front of it.
 */
export async function startServiceHarness<TService extends RunningService, TConfig>(
  serviceUnderTest: ServiceUnderTest<TService, TConfig>,
  options: ServiceHarnessOptions,
): Promise<ServiceHarness<TService, TConfig>> {
  const db = await createTestDatabase(`${serviceUnderTest.name} ${options.label}`);
  const ns = testEventNamespace();
  const migrator = await openOrm({ serverUrl: db.serverUrl, dbName: db.dbName, entities: serviceUnderTest.entities, migrations: serviceUnderTest.migrations });
  try {
    await migrate(migrator);
  } finally {
    await migrator.close(true);
  }
  const logLevel = process.env.LOG_LEVEL ?? 'silent';
  const config = serviceUnderTest.loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: logLevel,
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.dbName,
    NATS_URL: TEST_NATS_URL,
    EVENT_NAMESPACE: ns,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    PORT: '0',
    ...options.environment,
  });
  const clock = options.clock ?? TestClock.onDay('2026-07-15');
  const service = await serviceUnderTest.start(config, { clock, logger: createLogger(`${serviceUnderTest.name}-test`, logLevel) });
  const nc = await connect({ servers: TEST_NATS_URL, name: `${serviceUnderTest.name}-test-${ns}` });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  let gateway: GatewayProcess;
  try {
    gateway = await startGatewayProcess([{ name: serviceUnderTest.name, sdl: (await serviceUnderTest.subgraph()).sdl, url: service.url }]);
  } catch (error) {
    await service.stop();
    await nc.close();
    await db.drop();
    throw error;
  }
  const decoder = new TextDecoder();

  return {
    service,
    config,
    clock,
    db,
    ns,
    nc,
    js,
    jsm,
    gateway,
    async gql(identity, query, variables = {}, headers = {}) {
      const token = identity ? await signUserToken(identity, TEST_GATEWAY_JWT) : null;
      return postGraphQL(gateway.url, query, variables, {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      });
    },
    async gqlSubgraph(identity, query, variables = {}, headers = {}) {
      return postGraphQL(service.url, query, variables, { ...(await gatewayHeaders(identity)), ...headers });
    },
    gqlWithoutGateway(query, variables = {}) {
      return postGraphQL(service.url, query, variables);
    },
    async sql(query, params = []) {
      return service.orm.em.fork().execute(query, params);
    },
    async streamEvents(stream) {
      // An ordered (ephemeral) consumer from the start of the stream, read up to what is there now.
      const consumer = await js.consumers.get(namespacedStream(ns, stream));
      const envelopes: (EventEnvelope & { subject: string })[] = [];
      let pending = (await consumer.info(true)).num_pending;
      while (pending > 0) {
        const batch = await consumer.fetch({ max_messages: Math.min(pending, 500), expires: 2_000 });
        let got = 0;
        for await (const message of batch) {
          envelopes.push({ ...(JSON.parse(decoder.decode(message.data)) as EventEnvelope), subject: message.subject });
          got += 1;
        }
        if (got === 0) break;
        pending -= got;
      }
      return envelopes;
    },
    async publish(contract, aggregateId, data, publishOptions = {}) {
      const envelope = parseEnvelope(contract, {
        id: publishOptions.id ?? randomUUID(),
        type: contract.type,
        version: contract.version,
        occurredAt: (publishOptions.occurredAt ?? new Date()).toISOString(),
        source: publishOptions.source ?? `${STREAMS[contract.stream]}-service`,
        aggregateId,
        actor: publishOptions.actor ?? SYSTEM_ACTOR,
        traceparent: null,
        data,
      });
      await js.publish(namespacedSubject(ns, contract.subject), JSON.stringify(envelope), { msgID: envelope.id });
      return envelope;
    },
    async stop() {
      await gateway.stop();
      await service.stop();
      // The suite's streams go with it, so test runs do not pile up in the shared NATS.
      for (const stream of [...Object.keys(STREAMS), 'DEADLETTER']) await jsm.streams.delete(namespacedStream(ns, stream)).catch(() => false);
      await nc.close();
      await db.drop();
    },
  };
}
