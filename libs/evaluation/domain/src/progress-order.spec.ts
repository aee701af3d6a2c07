import { PROGRESS_CONTEXT } from './evaluation.fixtures';
import { applyProgressFact, type CandidateJourney, type CandidateProgress, type CounterDelta, counterKey, type ProgressFact, recordProgressFact } from './progress';

type StageFact = Extract<ProgressFact, { kind: 'STAGE' }>;
const at = (candidateId: string, stage: StageFact['stage'], on: string, extra: Partial<StageFact> = {}): StageFact => ({ kind: 'STAGE', candidateId, stage, on, ...extra });

/**
 * Three candidates' facts in the order they happened (same-day facts in the funnel's order):
 * k1 goes all the way, moved to another cell on the way, and a referral is delivered twice
 * (once again dated within the journey); k2 leaves, a training nomination after that is
 * ignored, and a re-referral to another cell starts anew; k3's dossier is opened after a
 * referral from the women's union, then closed.
 */
const IN_ORDER: readonly ProgressFact[] = [
  at('k3', 'REFERRED', '2026-01-15', { unitId: 'C2', massOrganisationId: 'women', sourceCategory: 'MASS_ORGANISATION_MEMBER' }),
  at('k1', 'REFERRED', '2026-02-03', { unitId: 'C1', massOrganisationId: 'youth', sourceCategory: 'HIGH_SCHOOL_STUDENT' }),
  at('k1', 'ACCEPTED', '2026-02-13', { unitId: 'C1' }),
  at('k1', 'REFERRED', '2026-03-01', { unitId: 'C1', massOrganisationId: 'youth', sourceCategory: 'HIGH_SCHOOL_STUDENT' }),
  at('k2', 'REFERRED', '2026-03-01', { unitId: 'C2', sourceCategory: 'RETURNING_GRADUATE' }),
  at('k2', 'ACCEPTED', '2026-03-10', { unitId: 'C2' }),
  at('k1', 'SENT_TO_TRAINING', '2026-03-31'),
  { kind: 'DROPPED', candidateId: 'k2', on: '2026-04-01' },
  at('k3', 'DOSSIER_OPENED', '2026-04-01', { unitId: 'C2' }),
  at('k2', 'SENT_TO_TRAINING', '2026-04-05'),
  at('k1', 'TRAINED', '2026-04-20'),
  at('k3', 'CELL_RESOLVED', '2026-05-01', { unitId: 'C2' }),
  at('k1', 'DOSSIER_OPENED', '2026-05-04', { unitId: 'C1' }),
  { kind: 'DROPPED', candidateId: 'k3', on: '2026-05-10' },
  { kind: 'MOVED', candidateId: 'k1', toUnitId: 'C3', on: '2026-05-20' },
  at('k1', 'CELL_RESOLVED', '2026-06-01', { unitId: 'C3' }),
  at('k1', 'DECIDED', '2026-06-20', { unitId: 'C3' }),
  at('k1', 'ADMITTED', '2026-07-01', { unitId: 'C3' }),
  at('k2', 'REFERRED', '2026-09-01', { unitId: 'C1', sourceCategory: 'RETURNING_GRADUATE' }),
  at('k2', 'ACCEPTED', '2026-09-01', { unitId: 'C1' }),
  at('k1', 'RECOGNISED', '2027-07-01'),
];

function addAll(counters: Map<string, number>, deltas: readonly CounterDelta[]): void {
  for (const d of deltas) counters.set(counterKey(d), (counters.get(counterKey(d)) ?? 0) + d.delta);
}

const nonZero = (counters: Map<string, number>) => new Map([...counters].filter(([, v]) => v !== 0));

/** The reference: each fact applied in the order it happened, one step at a time. */
function inOrder(facts: readonly ProgressFact[]) {
  const journeys = new Map<string, CandidateJourney | null>();
  const counters = new Map<string, number>();
  for (const fact of facts) {
    const result = applyProgressFact(journeys.get(fact.candidateId) ?? null, fact, PROGRESS_CONTEXT);
    journeys.set(fact.candidateId, result.journey);
    addAll(counters, result.deltas);
  }
  return { journeys, counters: nonZero(counters) };
}

/** The read model's way: facts recorded in the order they arrive. */
function asArrived(facts: readonly ProgressFact[]) {
  const progress = new Map<string, CandidateProgress>();
  const counters = new Map<string, number>();
  for (const fact of facts) {
    const result = recordProgressFact(progress.get(fact.candidateId) ?? null, fact, PROGRESS_CONTEXT);
    progress.set(fact.candidateId, result.progress);
    addAll(counters, result.deltas);
  }
  return { journeys: new Map([...progress].map(([id, p]) => [id, p.journey])), counters: nonZero(counters), progress };
}

// A small seeded generator (mulberry32), so a failing shuffle can be replayed.
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seeded(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const rotation = (n: number) => [...IN_ORDER.slice(n), ...IN_ORDER.slice(0, n)];
const read = (counters: Map<string, number>, d: Omit<CounterDelta, 'delta' | 'days' | 'sourceCategory'> & Partial<Pick<CounterDelta, 'days' | 'sourceCategory'>>) =>
  counters.get(counterKey({ sourceCategory: 'ALL', days: 0, ...d })) ?? 0;

describe('the progress read model does not depend on the order facts arrive in', () => {
  const reference = inOrder(IN_ORDER);

  it('the reference is what the facts say: k1 recognised in C3, k2 back in the pool of C1, k3 dropped after the resolution', () => {
    expect(reference.journeys.get('k1')).toMatchObject({ unitId: 'C3', current: 'RECOGNISED', closed: true, massOrganisationId: 'youth' });
    expect(reference.journeys.get('k2')).toMatchObject({ unitId: 'C1', current: 'ACCEPTED', closed: false, sourceCategory: 'RETURNING_GRADUATE' });
    expect(reference.journeys.get('k3')).toMatchObject({ unitId: 'C2', current: 'CELL_RESOLVED', closed: true, massOrganisationId: 'women' });
    expect(read(reference.counters, { scope: 'SUBTREE', scopeId: 'W', periodKey: '2026', stage: 'REFERRED', measure: 'ENTERED' })).toBe(4);
    expect(read(reference.counters, { scope: 'UNIT', scopeId: 'C1', periodKey: '2026-Q1', stage: 'SENT_TO_TRAINING', measure: 'ADVANCED' })).toBe(1);
    expect(read(reference.counters, { scope: 'UNIT', scopeId: 'C2', periodKey: '2026', stage: 'SENT_TO_TRAINING', measure: 'ENTERED' })).toBe(0);
    expect(read(reference.counters, { scope: 'UNIT', scopeId: 'C3', periodKey: '2026', stage: 'ADMITTED', measure: 'ENTERED' })).toBe(1);
    expect(read(reference.counters, { scope: 'MASS_ORGANISATION', scopeId: 'women', periodKey: '2026-Q2', stage: 'DOSSIER_OPENED', measure: 'ENTERED' })).toBe(1);
    expect(read(reference.counters, { scope: 'SUBTREE', scopeId: 'W', periodKey: 'NOW', stage: 'ACCEPTED', measure: 'IN_STAGE' })).toBe(1);
  });

  it.each(IN_ORDER.map((_, n) => [n]))('rotated by %i: the same counters and journeys as in order', (n) => {
    const arrived = asArrived(rotation(n));
    expect(arrived.counters).toEqual(reference.counters);
    expect(arrived.journeys).toEqual(reference.journeys);
  });

  it.each([1, 7, 42, 2026, 31337, 424242].map((seed) => [seed]))('shuffled with seed %i: the same counters and journeys as in order', (seed) => {
    const arrived = asArrived(shuffled(IN_ORDER, seed));
    expect(arrived.counters).toEqual(reference.counters);
    expect(arrived.journeys).toEqual(reference.journeys);
  });

  it('in reverse, and with every fact delivered twice: the same', () => {
    expect(asArrived([...IN_ORDER].reverse()).counters).toEqual(reference.counters);
    const twice = asArrived([...shuffled(IN_ORDER, 5), ...shuffled(IN_ORDER, 6)]);
    expect(twice.counters).toEqual(reference.counters);
    expect(twice.progress.get('k1')?.facts).toHaveLength(IN_ORDER.filter((f) => f.candidateId === 'k1').length);
  });
});

describe('recordProgressFact: facts that come early or late', () => {
  const referral = at('k1', 'REFERRED', '2026-02-03', { unitId: 'C1', massOrganisationId: 'youth', sourceCategory: 'HIGH_SCHOOL_STUDENT' });

  it('keeps a stage that arrives before the referral, counted in nothing, and applies it when the journey starts', () => {
    const early = recordProgressFact(null, at('k1', 'SENT_TO_TRAINING', '2026-03-31'), PROGRESS_CONTEXT);
    expect([early.changed, early.deltas, early.progress.journey, early.progress.facts.length]).toEqual([true, [], null, 1]);
    const started = recordProgressFact(early.progress, referral, PROGRESS_CONTEXT);
    expect(started.progress.journey).toMatchObject({ current: 'SENT_TO_TRAINING', reached: { REFERRED: '2026-02-03', SENT_TO_TRAINING: '2026-03-31' } });
    const counters = new Map<string, number>();
    addAll(counters, started.deltas);
    expect(nonZero(counters)).toEqual(inOrder([referral, at('k1', 'SENT_TO_TRAINING', '2026-03-31')]).counters);
  });

  it('takes a referral dated before a journey that has closed as a late fact of that journey, not a new one', () => {
    const admission = [
      at('k1', 'DOSSIER_OPENED', '2026-05-04', { unitId: 'C1' }),
      at('k1', 'ADMITTED', '2026-07-01', { unitId: 'C1' }),
      at('k1', 'RECOGNISED', '2027-07-01'),
    ];
    const arrived = asArrived([...admission, referral]);
    expect(arrived.journeys.get('k1')).toMatchObject({ current: 'RECOGNISED', closed: true, massOrganisationId: 'youth', sourceCategory: 'HIGH_SCHOOL_STUDENT' });
    expect(read(arrived.counters, { scope: 'MASS_ORGANISATION', scopeId: 'youth', periodKey: '2026', stage: 'REFERRED', measure: 'ENTERED' })).toBe(1);
    expect(read(arrived.counters, { scope: 'UNIT', scopeId: 'C1', periodKey: 'NOW', stage: 'REFERRED', measure: 'IN_STAGE' })).toBe(0);
    expect(arrived.counters).toEqual(inOrder([referral, ...admission]).counters);
  });

  it('starts anew only for a referral dated after the journey closed', () => {
    const closed = asArrived([referral, at('k1', 'ADMITTED', '2026-07-01', { unitId: 'C1' }), at('k1', 'RECOGNISED', '2027-07-01')]);
    const again = recordProgressFact(closed.progress.get('k1') ?? null, { ...referral, on: '2027-08-01', unitId: 'C2' }, PROGRESS_CONTEXT);
    expect(again.progress.journey).toMatchObject({ unitId: 'C2', current: 'REFERRED', closed: false });
    const sameDay = recordProgressFact(closed.progress.get('k1') ?? null, { ...referral, on: '2027-07-01', unitId: 'C2' }, PROGRESS_CONTEXT);
    expect(sameDay.progress.journey).toMatchObject({ unitId: 'C1', current: 'RECOGNISED', closed: true });
  });

  it('changes nothing for a fact it holds already', () => {
    const once = recordProgressFact(null, referral, PROGRESS_CONTEXT);
    const twice = recordProgressFact(once.progress, { ...referral }, PROGRESS_CONTEXT);
    expect([twice.changed, twice.deltas, twice.progress]).toEqual([false, [], once.progress]);
  });
});
