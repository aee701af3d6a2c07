import type { OrganisationKind } from '@pdv/contracts';
import { type MeasuredCounts, quotaAttainment, requiredAdmissions, unitAttainment, wardAttainment } from './attainment';
import { defaultTargets, quotaTarget } from './target.rules';

const TARGETS = defaultTargets(2026);
const counts = (values: Partial<MeasuredCounts>): MeasuredCounts => ({ ADMITTED: 0, TRAINED: 0, SENT_TO_TRAINING: 0, ACCEPTED: 0, ...values });

describe('unitAttainment', () => {
  const unit = (kind: OrganisationKind, members: number, values: Partial<MeasuredCounts>, exemptionReason: string | null = null) =>
    unitAttainment({ organisationId: 'u', organisationKind: kind, year: 2026, membersAtStartOfYear: members, exemptionReason, targets: TARGETS, counts: counts(values) });

  it.each<[string, OrganisationKind, number, Partial<MeasuredCounts>, string]>([
    // The 3–5 band, on a cell of 40 members (3% of 40 = 1.2 → 2, below the band's 3)
    ['2 admitted, 5 sent', 'GRASSROOTS_CELL', 40, { ADMITTED: 2, SENT_TO_TRAINING: 5 }, 'BEHIND'],
    ['3 admitted, 5 sent', 'GRASSROOTS_CELL', 40, { ADMITTED: 3, SENT_TO_TRAINING: 5 }, 'MET'],
    ['5 admitted, 5 sent', 'GRASSROOTS_CELL', 40, { ADMITTED: 5, SENT_TO_TRAINING: 5 }, 'MET'],
    ['7 admitted, 5 sent', 'GRASSROOTS_CELL', 40, { ADMITTED: 7, SENT_TO_TRAINING: 5 }, 'MET'],
    ['3 admitted, 4 sent to training', 'GRASSROOTS_CELL', 40, { ADMITTED: 3, SENT_TO_TRAINING: 4 }, 'BEHIND'],
    // The 3% rule on a grassroots committee of 97 members: 2.91 → 3
    ['97 members, 2 admitted', 'GRASSROOTS_COMMITTEE', 97, { ADMITTED: 2 }, 'BEHIND'],
    ['97 members, 3 admitted', 'GRASSROOTS_COMMITTEE', 97, { ADMITTED: 3 }, 'MET'],
    // 3% of 134 = 4.02 → 5, above the band's minimum of 3
    ['134 members, 4 admitted', 'GRASSROOTS_COMMITTEE', 134, { ADMITTED: 4 }, 'BEHIND'],
    ['134 members, 5 admitted', 'GRASSROOTS_COMMITTEE', 134, { ADMITTED: 5 }, 'MET'],
    // A cell under a grassroots committee has only the training target
    ['a party cell with 5 sent, none admitted', 'PARTY_CELL', 20, { SENT_TO_TRAINING: 5 }, 'MET'],
    ['the ward committee: no per-unit target', 'WARD_COMMITTEE', 900, {}, 'MET'],
  ])('%s → %s', (_case, kind, members, values, expected) => {
    expect(unit(kind, members, values).status).toBe(expected);
  });

  it('gives the numbers of each target: required, band, actual, shortfall', () => {
    expect(unit('GRASSROOTS_COMMITTEE', 97, { ADMITTED: 2 }).targets).toEqual([
      { kind: 'UNIT_ADMISSIONS', rule: 'EVALUATION.UNIT_ADMISSIONS', required: 3, upper: 5, actual: 2, shortfall: 1, status: 'BEHIND', exceeded: false },
      { kind: 'UNIT_ADMISSION_RATE', rule: 'EVALUATION.UNIT_ADMISSION_RATE', required: 3, upper: null, actual: 2, shortfall: 1, status: 'BEHIND', exceeded: false },
    ]);
  });

  it.each<[number, boolean]>([
    [4, false],
    [5, true],
    [6, true],
  ])('the band’s top is reached with %i admitted: %p', (admitted, exceeded) => {
    expect(unit('GRASSROOTS_CELL', 40, { ADMITTED: admitted, SENT_TO_TRAINING: 5 }).targets.find((t) => t.kind === 'UNIT_ADMISSIONS')?.exceeded).toBe(exceeded);
  });

  it.each<[OrganisationKind, number, number]>([
    ['GRASSROOTS_CELL', 40, 3], // the band's 3 over 3% of 40 (2)
    ['GRASSROOTS_COMMITTEE', 134, 5], // 3% of 134 (5) over the band's 3
    ['PARTY_CELL', 20, 0], // no admission target
  ])('a %s of %i members needs %i admissions', (kind, members, expected) => {
    expect(requiredAdmissions(unit(kind, members, {}))).toBe(expected);
  });

  it('a unit exempt for the year is EXEMPT whatever it did, its numbers still shown', () => {
    const exempt = unit('GRASSROOTS_CELL', 40, { ADMITTED: 1 }, 'RESIDENTIAL_AREA_CELL');
    expect(exempt.status).toBe('EXEMPT');
    expect(exempt.exemptionReason).toBe('RESIDENTIAL_AREA_CELL');
    expect(exempt.targets.map((t) => t.status)).toEqual(['BEHIND', 'BEHIND', 'BEHIND']);
    expect(unit('GRASSROOTS_CELL', 40, { ADMITTED: 5, SENT_TO_TRAINING: 6 }, 'SOURCE_EXHAUSTED').status).toBe('EXEMPT');
  });

  it('is exempt only in the year of the exemption (the caller asks the year’s reason)', () => {
    const next = unitAttainment({
      organisationId: 'u',
      organisationKind: 'GRASSROOTS_CELL',
      year: 2027,
      membersAtStartOfYear: 40,
      exemptionReason: null,
      targets: [...TARGETS, ...defaultTargets(2027)],
      counts: counts({ ADMITTED: 1 }),
    });
    expect(next.status).toBe('BEHIND');
  });
});

describe('wardAttainment', () => {
  it('measures the ward’s year against 90 admitted and 100 trained, exempt units’ results included in the totals', () => {
    expect(wardAttainment(TARGETS, 'YEAR', 2026, counts({ ADMITTED: 90, TRAINED: 99 })).map((t) => [t.kind, t.required, t.actual, t.status])).toEqual([
      ['WARD_ADMISSIONS', 90, 90, 'MET'],
      ['WARD_AWARENESS_TRAINED', 100, 99, 'BEHIND'],
    ]);
  });

  it('measures the term against its totals', () => {
    expect(wardAttainment(defaultTargets(2025), 'TERM', 2025, counts({ ADMITTED: 541, TRAINED: 600 })).map((t) => [t.kind, t.status, t.exceeded])).toEqual([
      ['TERM_ADMISSIONS', 'MET', true],
      ['TERM_AWARENESS_TRAINED', 'MET', false],
    ]);
  });
});

describe('quotaAttainment', () => {
  const targets = [quotaTarget({ massOrganisationId: 'youth', year: 2026, target: 12 })];
  it.each<[number, string]>([
    [11, 'BEHIND'],
    [12, 'MET'],
  ])('%i accepted of 12 → %s', (accepted, expected) => {
    expect(quotaAttainment(targets, 'youth', 2026, accepted)?.status).toBe(expected);
  });

  it('has nothing to measure without a quota', () => {
    expect(quotaAttainment(targets, 'women', 2026, 3)).toBeNull();
    expect(quotaAttainment(targets, 'youth', 2027, 3)).toBeNull();
  });
});
