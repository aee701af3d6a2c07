import { type ServiceHarness, type ServiceUnderTest, startServiceHarness, TestClock } from '@pdv/testing';
import { loadOrganisationConfig, type OrganisationConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { buildOrganisationSubgraph } from '../../src/schema';
import { type OrganisationService, startOrganisationService } from '../../src/server';

/** The organisation service as the shared harness starts it (short relay and redelivery delays). */
export const organisationUnderTest: ServiceUnderTest<OrganisationService, OrganisationConfig> = {
  name: 'organisation',
  loadConfig: loadOrganisationConfig,
  entities,
  migrations,
  start: (config, { clock, logger }) => startOrganisationService(config, { clock, logger, relayPollMs: 200, consumerBackoffMs: [200, 400] }),
  subgraph: buildOrganisationSubgraph,
};

export type Harness = ServiceHarness<OrganisationService, OrganisationConfig>;

/** A fresh database, event namespace, running service and gateway; "today" is `options.today` in Hanoi. */
export function startHarness(label: string, options: { today?: string } = {}): Promise<Harness> {
  return startServiceHarness(organisationUnderTest, { label, clock: TestClock.onDay(options.today ?? '2026-07-15') });
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
