import { randomUUID } from 'node:crypto';
import type { Identity } from '@pdv/auth';
import type { EventContract, EventEnvelope } from '@pdv/contracts';
import { createLogger, type Logger } from '@pdv/observability';
import { type GraphQLResponse, type ServiceHarness, type ServiceUnderTest, startServiceHarness, TestClock } from '@pdv/testing';
import { loadSourcingConfig, type SourcingConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { buildSourcingSubgraph } from '../../src/schema';
import { type SourcingService, startSourcingService } from '../../src/server';

export const testLogger: Logger = createLogger('sourcing-test', process.env.LOG_LEVEL ?? 'silent');

export { waitFor } from '@pdv/testing';

/** The sourcing service as the shared harness starts it (short relay and redelivery delays). */
export const sourcingUnderTest: ServiceUnderTest<SourcingService, SourcingConfig> = {
  name: 'sourcing',
  loadConfig: loadSourcingConfig,
  entities,
  migrations,
  start: (config, { clock, logger }) => startSourcingService(config, { clock, logger, relayPollMs: 100, consumerBackoffMs: [100, 200, 400] }),
  subgraph: buildSourcingSubgraph,
};

/** Another service announcing its facts to this suite, as its outbox relay would. */
export interface OtherService {
  readonly source: string;
  publish<T>(contract: EventContract<T>, items: { aggregateId: string; data: T; occurredAt?: Date }[]): Promise<EventEnvelope<T>[]>;
}

export interface Harness extends ServiceHarness<SourcingService, SourcingConfig> {
  organisation: OtherService;
  training: OtherService;
  admission: OtherService;
  /** Like gql, but fails the test on any error. */
  ok<T = Record<string, unknown>>(identity: Identity | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Like gqlSubgraph (federation `_entities`, which only the gateway may call), but fails the test on any error. */
  okSubgraph<T = Record<string, unknown>>(identity: Identity | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Sourcing events published so far (the outbox drained first), each with its subject. */
  sourcingEvents(): Promise<EventEnvelope[]>;
  close(): Promise<void>;
}

function dataOf<T>(result: GraphQLResponse<T>): T {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** The shared harness, plus the events of the other services and the sourcing-specific readers. */
export async function startHarness(label: string, options: { now?: string; config?: Partial<Record<string, string>> } = {}): Promise<Harness> {
  const h = await startServiceHarness(sourcingUnderTest, {
    label,
    clock: new TestClock(options.now ?? '2026-03-16T03:00:00Z'),
    environment: options.config,
  });
  const other = (source: string): OtherService => ({
    source,
    async publish(contract, items) {
      const envelopes = [];
      // One after another: consumers see them in the order given, as from one relay.
      for (const item of items) envelopes.push(await h.publish(contract, item.aggregateId, item.data, { source, occurredAt: item.occurredAt }));
      return envelopes;
    },
  });
  return {
    ...h,
    organisation: other('organisation-service'),
    training: other('training-service'),
    admission: other('admission-service'),
    ok: async (identity, query, variables) => dataOf(await h.gql(identity, query, variables)),
    okSubgraph: async (identity, query, variables) => dataOf(await h.gqlSubgraph(identity, query, variables)),
    async sourcingEvents() {
      await h.service.relay.drain();
      return h.streamEvents('SOURCING');
    },
    close: () => h.stop(),
  };
}

export const newId = (): string => randomUUID();
