import { type ServiceHarness, type ServiceUnderTest, startServiceHarness, TestClock } from '@pdv/testing';
import { loadTrainingConfig, type TrainingConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { buildTrainingSubgraph } from '../../src/schema';
import { type TrainingService, startTrainingService } from '../../src/server';

/** The training service as the shared harness starts it (short relay and redelivery delays). */
export const trainingUnderTest: ServiceUnderTest<TrainingService, TrainingConfig> = {
  name: 'training',
  loadConfig: loadTrainingConfig,
  entities,
  migrations,
  start: (config, { clock, logger }) => startTrainingService(config, { clock, logger, relayPollMs: 200, consumerBackoffMs: [200, 400] }),
  subgraph: buildTrainingSubgraph,
};

export type Harness = ServiceHarness<TrainingService, TrainingConfig>;

/** A fresh database, event namespace, running service and gateway; "today" is `options.today` in Hanoi. */
export function startHarness(label: string, options: { today?: string } = {}): Promise<Harness> {
  return startServiceHarness(trainingUnderTest, { label, clock: TestClock.onDay(options.today ?? '2026-07-15') });
}
