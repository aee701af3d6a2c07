import { type MeasuredCounts, requiredAdmissions, unitAttainment } from './attainment';
import { PIPELINE_STAGES, type PipelineStage } from './evaluation.policy';
import { PROGRESS_CONTEXT } from './evaluation.fixtures';
import { forecastAdmissions } from './forecast';
import { applyProgressFact, type CandidateJourney, conversion, counterKey, type CounterRow, type FunnelStage, medianDays, type ProgressFact, stageCountersOf } from './progress';
import { defaultTargets } from './target.rules';

// A small synthetic year of the ward of the fixtures (W over G, which holds C1 and C2; C3
// directly under W): every candidate's facts in order, then the read model's numbers, the
// units' attainment and a forecast, all from counters only — what the service computes.
type Step = [FunnelStage | 'DROPPED', string];
const journeys: Record<string, { unit: string; steps: Step[] }> = {
  a1: { unit: 'C1', steps: [['REFERRED', '2026-01-05'], ['ACCEPTED', '2026-01-15'], ['SENT_TO_TRAINING', '2026-02-01'], ['TRAINED', '2026-03-01'], ['DOSSIER_OPENED', '2026-03-20'], ['DECIDED', '2026-05-10'], ['ADMITTED', '2026-05-25']] },
  a2: { unit: 'C1', steps: [['REFERRED', '2026-01-05'], ['ACCEPTED', '2026-01-25'], ['SENT_TO_TRAINING', '2026-02-01'], ['TRAINED', '2026-03-01'], ['DOSSIER_OPENED', '2026-04-02'], ['DECIDED', '2026-06-01'], ['ADMITTED', '2026-06-20']] },
  a3: { unit: 'C1', steps: [['REFERRED', '2026-02-10'], ['ACCEPTED', '2026-02-20'], ['SENT_TO_TRAINING', '2026-04-01'], ['TRAINED', '2026-05-01'], ['DOSSIER_OPENED', '2026-06-01'], ['DECIDED', '2026-08-01'], ['ADMITTED', '2026-08-15']] },
  a4: { unit: 'C1', steps: [['REFERRED', '2026-03-01'], ['ACCEPTED', '2026-03-11'], ['SENT_TO_TRAINING', '2026-04-01'], ['DROPPED', '2026-04-20']] },
  a5: { unit: 'C1', steps: [['REFERRED', '2026-03-01'], ['ACCEPTED', '2026-03-31'], ['SENT_TO_TRAINING', '2026-06-01']] },
  b1: { unit: 'C3', steps: [['REFERRED', '2026-01-10'], ['ACCEPTED', '2026-02-01'], ['SENT_TO_TRAINING', '2026-03-01'], ['TRAINED', '2026-04-01'], ['DOSSIER_OPENED', '2026-05-01'], ['DECIDED', '2026-07-01'], ['ADMITTED', '2026-07-20']] },
  b2: { unit: 'C3', steps: [['REFERRED', '2026-04-10'], ['ACCEPTED', '2026-05-01'], ['SENT_TO_TRAINING', '2026-06-01'], ['TRAINED', '2026-07-01'], ['DOSSIER_OPENED', '2026-08-01']] },
  c1: { unit: 'C2', steps: [['REFERRED', '2026-02-02'], ['ACCEPTED', '2026-03-02'], ['SENT_TO_TRAINING', '2026-04-01'], ['TRAINED', '2026-05-01'], ['DOSSIER_OPENED', '2026-06-01'], ['DECIDED', '2026-07-15'], ['ADMITTED', '2026-07-30']] },
};

function factsOf(candidateId: string): ProgressFact[] {
  const { unit, steps } = journeys[candidateId];
  return steps.map(([stage, on]) =>
    stage === 'DROPPED'
      ? { kind: 'DROPPED', candidateId, on }
      : { kind: 'STAGE', candidateId, stage, on, unitId: unit, ...(stage === 'REFERRED' ? { massOrganisationId: 'youth', sourceCategory: 'MASS_ORGANISATION_MEMBER' as const } : {}) },
  );
}

/** Folds facts into counters as the service's writer adds deltas to rows. */
function readModel(facts: ProgressFact[]): Map<string, number> {
  const journeysById = new Map<string, CandidateJourney | null>();
  const counters = new Map<string, number>();
  for (const fact of facts) {
    const result = applyProgressFact(journeysById.get(fact.candidateId) ?? null, fact, PROGRESS_CONTEXT);
    journeysById.set(fact.candidateId, result.journey);
    for (const d of result.deltas) counters.set(counterKey(d), (counters.get(counterKey(d)) ?? 0) + d.delta);
  }
  for (const [key, value] of counters) if (value === 0) counters.delete(key);
  return counters;
}

// Candidate by candidate, and interleaved by date as the streams deliver them: one read model.
const byCandidate = Object.keys(journeys).flatMap(factsOf);
const byDate = [...byCandidate].sort((a, b) => a.on.localeCompare(b.on));
const counters = readModel(byDate);

/** The rows of one scope and period, as the service's query returns them. */
function rowsOf(scope: 'UNIT' | 'SUBTREE' | 'MASS_ORGANISATION', scopeId: string, periodKey: string): CounterRow[] {
  return [...counters.entries()]
    .map(([key, value]) => ({ key: key.split('|'), value }))
    .filter(({ key }) => key[0] === scope && key[1] === scopeId && key[2] === 'ALL' && (key[3] === periodKey || (key[3] === 'NOW' && key[5] === 'IN_STAGE')))
    .map(({ key, value }) => ({ stage: key[4], measure: key[5], days: Number(key[6]), value }));
}

describe('a synthetic year', () => {
  it('gives the same read model whatever the interleaving of candidates (a rebuild equals the live model)', () => {
    expect(readModel(byCandidate)).toEqual(counters);
    expect(readModel([...byDate].reverse().sort((a, b) => a.on.localeCompare(b.on) || b.candidateId.localeCompare(a.candidateId)))).toEqual(counters);
  });

  it.each<[string, 'UNIT' | 'SUBTREE' | 'MASS_ORGANISATION', string, string, FunnelStage, number]>([
    ['the ward admitted in the year', 'SUBTREE', 'W', '2026', 'ADMITTED', 5],
    ['the ward admitted in Q2', 'SUBTREE', 'W', '2026-Q2', 'ADMITTED', 2],
    ['the ward admitted in Q3', 'SUBTREE', 'W', '2026-Q3', 'ADMITTED', 3],
    ['the ward admitted in the first half', 'SUBTREE', 'W', '2026-H1', 'ADMITTED', 2],
    ['the ward trained over the term', 'SUBTREE', 'W', 'T2025-2030', 'TRAINED', 6],
    ['the grassroots committee (C1 and C2) admitted', 'SUBTREE', 'G', '2026', 'ADMITTED', 4],
    ['C1 sent to training', 'UNIT', 'C1', '2026', 'SENT_TO_TRAINING', 5],
    ['C3 sent to training', 'UNIT', 'C3', '2026', 'SENT_TO_TRAINING', 2],
    ['the Youth Union’s referrals accepted', 'MASS_ORGANISATION', 'youth', '2026', 'ACCEPTED', 8],
    ['referrals in March', 'SUBTREE', 'W', '2026-M03', 'REFERRED', 2],
  ])('%s: %s %s %s %s = %i', (_case, scope, scopeId, periodKey, stage, expected) => {
    expect(stageCountersOf(rowsOf(scope, scopeId, periodKey))[stage].entered).toBe(expected);
  });

  it('gives the ward’s conversions and median days from the counters', () => {
    const ward = stageCountersOf(rowsOf('SUBTREE', 'W', '2026'));
    expect([ward.SENT_TO_TRAINING.entered, ward.SENT_TO_TRAINING.advanced, ward.SENT_TO_TRAINING.dropped, ward.SENT_TO_TRAINING.inStage]).toEqual([8, 6, 1, 1]);
    // Days from referral to acceptance: 10, 20, 10, 10, 30, 22, 21, 28 → the mean of 20 and 21.
    expect([conversion(ward.REFERRED), medianDays(ward.REFERRED.daysInStage)]).toEqual([1, 20.5]);
  });

  // A grassroots committee's admissions are those of its whole subtree (its cells'), so units
  // are measured on SUBTREE counters; for a cell, its subtree is itself.
  it('measures each unit against its targets: G and C1 met, C3 behind, C2 exempt', () => {
    const targets = defaultTargets(2026);
    const measured = (unit: string, organisationKind: 'GRASSROOTS_COMMITTEE' | 'GRASSROOTS_CELL' | 'PARTY_CELL', membersAtStartOfYear: number, exemptionReason: string | null = null) => {
      const funnel = stageCountersOf(rowsOf('SUBTREE', unit, '2026'));
      const counts: MeasuredCounts = { ADMITTED: funnel.ADMITTED.entered, TRAINED: funnel.TRAINED.entered, SENT_TO_TRAINING: funnel.SENT_TO_TRAINING.entered, ACCEPTED: funnel.ACCEPTED.entered };
      return unitAttainment({ organisationId: unit, organisationKind, year: 2026, membersAtStartOfYear, exemptionReason, targets, counts });
    };
    const [g, c1, c2, c3] = [measured('G', 'GRASSROOTS_COMMITTEE', 97), measured('C1', 'PARTY_CELL', 60), measured('C2', 'PARTY_CELL', 25, 'RESIDENTIAL_AREA_CELL'), measured('C3', 'GRASSROOTS_CELL', 30)];
    expect([g.status, c1.status, c2.status, c3.status]).toEqual(['MET', 'MET', 'EXEMPT', 'BEHIND']);
    expect(g.targets.map((t) => [t.kind, t.required, t.actual])).toEqual([
      ['UNIT_ADMISSIONS', 3, 4],
      ['UNIT_ADMISSION_RATE', 3, 4], // 3% of 97 = 2.91 → 3
    ]);
    expect(c3.targets.map((t) => [t.kind, t.required, t.actual])).toEqual([
      ['CELL_SENT_TO_TRAINING', 5, 2],
      ['UNIT_ADMISSIONS', 3, 1],
      ['UNIT_ADMISSION_RATE', 1, 1],
    ]);
    expect(requiredAdmissions(c3)).toBe(3);
  });

  it('forecasts C3 at risk at the end of Q3 from its pipeline and the ward’s history', () => {
    const c3 = stageCountersOf(rowsOf('UNIT', 'C3', '2026'));
    const ward = stageCountersOf(rowsOf('SUBTREE', 'W', '2026'));
    const observed = (funnel: typeof ward) => Object.fromEntries(PIPELINE_STAGES.map((s) => [s, funnel[s]])) as Record<PipelineStage, (typeof ward)[PipelineStage]>;
    const inStage = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, c3[s].inStage])) as Record<PipelineStage, number>;
    const forecast = forecastAdmissions({ year: 2026, today: '2026-09-30', admittedSoFar: c3.ADMITTED.entered, required: 3, exempt: false, inStage, observed: observed(c3), wardObserved: observed(ward) });
    expect(forecast).toMatchObject({ admittedSoFar: 1, likelyAdmissions: 2, status: 'AT_RISK', atRiskNamedBy: '2026-09-30' });
    expect(forecast.pipeline.find((p) => p.stage === 'DOSSIER_OPENED')).toMatchObject({ count: 1, basis: 'WARD', inTime: true });
    expect(forecast.explanation.en).toMatch(/^1 admitted of 3 required, likely 2 by year end; 1 dossier being prepared; /);
  });
});
