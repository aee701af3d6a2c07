import { type OrganisationKind, organisationRegistered } from '@pdv/contracts';
import { type ServiceHarness, type ServiceUnderTest, startServiceHarness, TestClock } from '@pdv/testing';
import { loadEvaluationConfig, type EvaluationConfig } from '../../src/config';
import { entities } from '../../src/entities';
import { migrations } from '../../src/migrations';
import { buildEvaluationSubgraph } from '../../src/schema';
import { type EvaluationService, startEvaluationService } from '../../src/server';

/** The evaluation service as the shared harness starts it (short relay and redelivery delays). */
export const evaluationUnderTest: ServiceUnderTest<EvaluationService, EvaluationConfig> = {
  name: 'evaluation',
  loadConfig: loadEvaluationConfig,
  entities,
  migrations,
  start: (config, { clock, logger }) => startEvaluationService(config, { clock, logger, relayPollMs: 200, consumerBackoffMs: [200, 400] }),
  subgraph: buildEvaluationSubgraph,
};

export type Harness = ServiceHarness<EvaluationService, EvaluationConfig>;

/** A fresh database, event namespace, running service and gateway; "today" is `options.today` in Hanoi. */
export function startHarness(label: string, options: { today?: string } = {}): Promise<Harness> {
  return startServiceHarness(evaluationUnderTest, { label, clock: TestClock.onDay(options.today ?? '2026-07-15') });
}

/** Announces an organisation as the organisation service would (organisation.organisation.registered). */
export function registerOrganisation(h: Harness, organisationId: string, parentId: string | null, kind: OrganisationKind, code: string): Promise<unknown> {
  return h.publish(organisationRegistered, organisationId, {
    organisationId,
    parentId,
    kind,
    sector: 'RESIDENTIAL_AREA',
    code,
    name: `Tổ chức ${code}`,
    validFrom: '2025-07-01',
  });
}
