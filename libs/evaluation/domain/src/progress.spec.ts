import { PROGRESS_CONTEXT } from './evaluation.fixtures';
import { applyProgressFact, type CandidateJourney, conversion, type CounterDelta, counterKey, medianDays, type ProgressFact, stageCountersOf } from './progress';

/** Folds facts through the journey, adding the deltas up as the read model's counters would. */
function run(facts: ProgressFact[], start: CandidateJourney | null = null) {
  let journey = start;
  const counters = new Map<string, number>();
  for (const fact of facts) {
    const result = applyProgressFact(journey, fact, PROGRESS_CONTEXT);
    journey = result.journey;
    for (const d of result.deltas) counters.set(counterKey(d), (counters.get(counterKey(d)) ?? 0) + d.delta);
  }
  const read = (d: Omit<CounterDelta, 'delta' | 'days' | 'sourceCategory'> & Partial<Pick<CounterDelta, 'days' | 'sourceCategory'>>) =>
    counters.get(counterKey({ sourceCategory: 'ALL', days: 0, ...d })) ?? 0;
  return { journey, counters, read };
}

const referred: ProgressFact = {
  kind: 'STAGE',
  candidateId: 'k1',
  stage: 'REFERRED',
  on: '2026-02-03',
  unitId: 'C1',
  massOrganisationId: 'youth',
  sourceCategory: 'HIGH_SCHOOL_STUDENT',
};
const stage = (s: Extract<ProgressFact, { kind: 'STAGE' }>['stage'], on: string): ProgressFact => ({ kind: 'STAGE', candidateId: 'k1', stage: s, on });

describe('applyProgressFact: a referral', () => {
  const { read, journey } = run([referred]);

  it.each<[string, string, string, number]>([
    ['the cell itself', 'UNIT', 'C1', 1],
    ['the cell’s subtree', 'SUBTREE', 'C1', 1],
    ['the grassroots committee’s subtree', 'SUBTREE', 'G', 1],
    ['the ward', 'SUBTREE', 'W', 1],
    ['the grassroots committee’s own counts', 'UNIT', 'G', 0],
    ['the mass organisation', 'MASS_ORGANISATION', 'youth', 1],
    ['another cell', 'SUBTREE', 'C2', 0],
  ])('counts once in %s (%s %s)', (_case, scope, scopeId, expected) => {
    expect(read({ scope: scope as CounterDelta['scope'], scopeId, periodKey: '2026-Q1', stage: 'REFERRED', measure: 'ENTERED' })).toBe(expected);
  });

  it.each(['2026-M02', '2026-Q1', '2026-H1', '2026', 'T2025-2030'])('in the period %s', (periodKey) => {
    expect(read({ scope: 'SUBTREE', scopeId: 'W', periodKey, stage: 'REFERRED', measure: 'ENTERED' })).toBe(1);
  });

  it('by its source category as well as in all sources together', () => {
    expect(read({ scope: 'UNIT', scopeId: 'C1', sourceCategory: 'HIGH_SCHOOL_STUDENT', periodKey: '2026', stage: 'REFERRED', measure: 'ENTERED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', sourceCategory: 'RETURNING_GRADUATE', periodKey: '2026', stage: 'REFERRED', measure: 'ENTERED' })).toBe(0);
  });

  it('and stands in the pipeline', () => {
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'REFERRED', measure: 'IN_STAGE' })).toBe(1);
    expect(journey).toMatchObject({ current: 'REFERRED', unitId: 'C1', closed: false });
  });
});

describe('applyProgressFact: through the funnel', () => {
  const { read, journey } = run([
    referred,
    stage('ACCEPTED', '2026-02-13'),
    stage('SENT_TO_TRAINING', '2026-03-31'),
    stage('TRAINED', '2026-04-20'),
    stage('DOSSIER_OPENED', '2026-05-04'),
  ]);

  it('moves the pipeline: only the last stage is standing', () => {
    for (const s of ['REFERRED', 'ACCEPTED', 'SENT_TO_TRAINING', 'TRAINED'] as const) {
      expect(read({ scope: 'SUBTREE', scopeId: 'W', periodKey: 'NOW', stage: s, measure: 'IN_STAGE' })).toBe(0);
    }
    expect(read({ scope: 'SUBTREE', scopeId: 'W', periodKey: 'NOW', stage: 'DOSSIER_OPENED', measure: 'IN_STAGE' })).toBe(1);
  });

  it('counts the cohort that advanced in the period the stage was entered', () => {
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026-Q1', stage: 'SENT_TO_TRAINING', measure: 'ADVANCED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026-Q2', stage: 'SENT_TO_TRAINING', measure: 'ADVANCED' })).toBe(0);
  });

  it.each<[string, string, number]>([
    ['REFERRED', '2026-Q1', 10],
    ['ACCEPTED', '2026-Q1', 46],
    ['SENT_TO_TRAINING', '2026-Q2', 20], // left in April: counted where it was left
    ['TRAINED', '2026-Q2', 14],
  ])('records the days in %s in the period it was left (%s): %i', (s, periodKey, days) => {
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey, stage: s as never, measure: 'DAYS_IN_STAGE', days })).toBe(1);
  });

  it('remembers the day of each stage', () => {
    expect(journey?.reached).toEqual({
      REFERRED: '2026-02-03',
      ACCEPTED: '2026-02-13',
      SENT_TO_TRAINING: '2026-03-31',
      TRAINED: '2026-04-20',
      DOSSIER_OPENED: '2026-05-04',
    });
  });
});

describe('applyProgressFact: repeats, order and exits', () => {
  it('changes nothing for the same fact twice or a repeat referral', () => {
    const once = run([referred, stage('ACCEPTED', '2026-02-13')]);
    const twice = run([referred, stage('ACCEPTED', '2026-02-13'), stage('ACCEPTED', '2026-02-14'), { ...referred, on: '2026-03-01' }]);
    expect(twice.counters).toEqual(once.counters);
  });

  it('counts a stage that arrives after a later one without moving the pipeline back', () => {
    const { read, journey } = run([referred, stage('ACCEPTED', '2026-02-13'), stage('TRAINED', '2026-04-20'), stage('SENT_TO_TRAINING', '2026-03-31')]);
    expect(journey?.current).toBe('TRAINED');
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026-Q1', stage: 'SENT_TO_TRAINING', measure: 'ENTERED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'SENT_TO_TRAINING', measure: 'IN_STAGE' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'TRAINED', measure: 'IN_STAGE' })).toBe(1);
  });

  it('counts a referral that arrives after the admission service’s facts, taking its origin from it', () => {
    const dossier: ProgressFact = { kind: 'STAGE', candidateId: 'k1', stage: 'DOSSIER_OPENED', on: '2026-05-04', unitId: 'C1' };
    const { read, journey } = run([dossier, referred]);
    expect(journey).toMatchObject({ current: 'DOSSIER_OPENED', massOrganisationId: 'youth', sourceCategory: 'HIGH_SCHOOL_STUDENT' });
    expect(read({ scope: 'MASS_ORGANISATION', scopeId: 'youth', periodKey: '2026', stage: 'REFERRED', measure: 'ENTERED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'REFERRED', measure: 'IN_STAGE' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'DOSSIER_OPENED', measure: 'IN_STAGE' })).toBe(1);
  });

  it('ignores a later stage for a candidate never referred here (no unit to count it in)', () => {
    expect(run([stage('ACCEPTED', '2026-02-13')]).counters.size).toBe(0);
  });

  it('drops a candidate from the cohort of the stage they were in, and a new referral starts again', () => {
    const { read, journey } = run([
      referred,
      stage('ACCEPTED', '2026-02-13'),
      { kind: 'DROPPED', candidateId: 'k1', on: '2026-07-01' },
      { kind: 'DROPPED', candidateId: 'k1', on: '2026-07-02' },
      stage('SENT_TO_TRAINING', '2026-07-05'),
    ]);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026-Q1', stage: 'ACCEPTED', measure: 'DROPPED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'ACCEPTED', measure: 'IN_STAGE' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026', stage: 'SENT_TO_TRAINING', measure: 'ENTERED' })).toBe(0);
    expect(journey?.closed).toBe(true);

    const again = run([{ ...referred, on: '2026-09-01', unitId: 'C2' }], journey);
    expect(again.journey).toMatchObject({ unitId: 'C2', current: 'REFERRED', closed: false });
    expect(again.read({ scope: 'UNIT', scopeId: 'C2', periodKey: 'NOW', stage: 'REFERRED', measure: 'IN_STAGE' })).toBe(1);
  });

  it('moves the standing pipeline with a cell change, leaving past counts where they happened', () => {
    const { read } = run([referred, stage('ACCEPTED', '2026-02-13'), { kind: 'MOVED', candidateId: 'k1', toUnitId: 'C3', on: '2026-06-01' }]);
    expect(read({ scope: 'SUBTREE', scopeId: 'G', periodKey: 'NOW', stage: 'ACCEPTED', measure: 'IN_STAGE' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C3', periodKey: 'NOW', stage: 'ACCEPTED', measure: 'IN_STAGE' })).toBe(1);
    expect(read({ scope: 'SUBTREE', scopeId: 'W', periodKey: 'NOW', stage: 'ACCEPTED', measure: 'IN_STAGE' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026', stage: 'ACCEPTED', measure: 'ENTERED' })).toBe(1);
  });

  it('ends a journey at recognition, which an annulment can still follow; a dismissal after admission is not a drop', () => {
    const { read, journey } = run([
      referred,
      stage('ADMITTED', '2026-06-10'),
      { kind: 'DROPPED', candidateId: 'k1', on: '2026-08-01' },
      stage('RECOGNISED', '2027-06-10'),
      stage('NAME_REMOVED', '2027-06-11'),
      stage('ANNULLED', '2027-09-01'),
    ]);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2026', stage: 'ADMITTED', measure: 'DROPPED' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2027', stage: 'RECOGNISED', measure: 'ENTERED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2027', stage: 'NAME_REMOVED', measure: 'ENTERED' })).toBe(0);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: '2027', stage: 'ANNULLED', measure: 'ENTERED' })).toBe(1);
    expect(read({ scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'ADMITTED', measure: 'IN_STAGE' })).toBe(0);
    expect(journey?.current).toBe('ANNULLED');
  });
});

describe('conversion and medianDays', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [4, 3, 0.75],
    [5, 5, 1],
  ])('%i entered, %i advanced → %p', (entered, advanced, expected) => {
    expect(conversion({ entered, advanced })).toBe(expected);
  });

  it.each<[string, [number, number][], number | null]>([
    ['nothing', [], null],
    ['one', [[12, 1]], 12],
    ['odd', [[10, 1], [30, 1], [20, 1]], 20],
    ['even: the mean of the middle two', [[10, 1], [20, 1], [30, 1], [40, 1]], 25],
    ['counts weigh', [[5, 3], [100, 2]], 5],
    ['an even split across counts', [[5, 2], [9, 2]], 7],
    ['zero counts are ignored', [[5, 0], [9, 1]], 9],
  ])('%s → %p', (_case, entries, expected) => {
    expect(medianDays(new Map(entries))).toBe(expected);
  });
});

describe('stageCountersOf', () => {
  it('gathers the rows of a scope and period into every stage of the funnel', () => {
    const funnel = stageCountersOf([
      { stage: 'ACCEPTED', measure: 'ENTERED', days: 0, value: 4 },
      { stage: 'ACCEPTED', measure: 'ADVANCED', days: 0, value: 3 },
      { stage: 'ACCEPTED', measure: 'DROPPED', days: 0, value: 1 },
      { stage: 'ACCEPTED', measure: 'DAYS_IN_STAGE', days: 40, value: 2 },
      { stage: 'ACCEPTED', measure: 'DAYS_IN_STAGE', days: 60, value: 1 },
      { stage: 'SENT_TO_TRAINING', measure: 'IN_STAGE', days: 0, value: 2 },
      { stage: 'NOT_A_STAGE', measure: 'ENTERED', days: 0, value: 9 },
    ]);
    expect(Object.keys(funnel)).toHaveLength(11);
    expect([funnel.ACCEPTED.entered, funnel.ACCEPTED.advanced, funnel.ACCEPTED.dropped, conversion(funnel.ACCEPTED), medianDays(funnel.ACCEPTED.daysInStage)]).toEqual([4, 3, 1, 0.75, 40]);
    expect(funnel.SENT_TO_TRAINING.inStage).toBe(2);
    expect(funnel.ADMITTED).toEqual({ entered: 0, advanced: 0, dropped: 0, inStage: 0, daysInStage: new Map() });
  });
});
