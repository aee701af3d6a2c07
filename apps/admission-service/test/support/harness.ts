import { type ServiceHarness, type ServiceUnderTest, startServiceHarness, TestClock } from '@pdv/testing';
import { loadAdmissionConfig, type AdmissionConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { buildAdmissionSubgraph } from '../../src/schema';
import { type AdmissionService, startAdmissionService } from '../../src/server';

/** The admission service as the shared harness starts it (short relay and redelivery delays). */
export const admissionUnderTest: ServiceUnderTest<AdmissionService, AdmissionConfig> = {
  name: 'admission',
  loadConfig: loadAdmissionConfig,
  entities,
  migrations,
  start: (config, { clock, logger }) => startAdmissionService(config, { clock, logger, relayPollMs: 200, consumerBackoffMs: [200, 400], overdueSweepMs: 0 }),
  subgraph: buildAdmissionSubgraph,
};

export type Harness = ServiceHarness<AdmissionService, AdmissionConfig>;

/** A fresh database, event namespace, running service and gateway; "today" is `options.today` in Hanoi. */
export function startHarness(label: string, options: { today?: string } = {}): Promise<Harness> {
  return startServiceHarness(admissionUnderTest, { label, clock: TestClock.onDay(options.today ?? '2026-07-15') });
}
