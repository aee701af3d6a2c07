import type { OrganisationKind } from '@pdv/contracts';
import { outcomeOf } from './evaluation.fixtures';
import { defaultTargets, planTargetChange, quotaTarget, requiredPeople, type Target, type TargetChangeInput, targetsInForce, unitTargets } from './target.rules';

const AT = new Date('2026-02-10T03:00:00Z');
const BY = { actorId: 'board-1', at: AT };

describe('defaultTargets (the plan, seeded)', () => {
  it('gives the yearly targets of the plan for a year of the term', () => {
    expect(defaultTargets(2026).map((t) => [t.kind, t.minimum, t.upper, t.appliesTo])).toEqual([
      ['WARD_ADMISSIONS', 90, null, []],
      ['WARD_AWARENESS_TRAINED', 100, null, []],
      ['CELL_SENT_TO_TRAINING', 5, null, ['GRASSROOTS_CELL', 'PARTY_CELL']],
      ['UNIT_ADMISSIONS', 3, 5, ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']],
      ['UNIT_ADMISSION_RATE', 300, null, ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL']],
    ]);
  });

  it('adds the term totals (yearly × 6 years) in the term’s first year only', () => {
    const term = defaultTargets(2025).filter((t) => t.kind.startsWith('TERM_'));
    expect(term.map((t) => [t.kind, t.year, t.minimum])).toEqual([
      ['TERM_ADMISSIONS', 2025, 540],
      ['TERM_AWARENESS_TRAINED', 2025, 600],
    ]);
    expect(defaultTargets(2027).some((t) => t.kind.startsWith('TERM_'))).toBe(false);
  });

  it('takes a mass organisation’s quota as the sourcing service published it', () => {
    expect(quotaTarget({ massOrganisationId: 'youth', year: 2026, target: 12 })).toEqual({
      kind: 'MASS_ORGANISATION_REFERRALS',
      year: 2026,
      subjectId: 'youth',
      minimum: 12,
      upper: null,
      appliesTo: [],
    });
  });
});

describe('requiredPeople: a rate becomes whole people, rounded up', () => {
  const rate = { kind: 'UNIT_ADMISSION_RATE' as const, minimum: 300 };
  it.each<[number, number]>([
    [0, 0],
    [1, 1], // 0.03 of a person still needs one
    [33, 1], // 0.99
    [34, 2], // 1.02
    [66, 2], // 1.98
    [67, 3], // 2.01
    [97, 3], // 2.91: the unit of 97 members
    [100, 3], // exactly 3
    [101, 4], // 3.03
    [200, 6],
  ])('3%% of %i members → %i', (members, expected) => {
    expect(requiredPeople(rate, members)).toBe(expected);
  });

  it('leaves a count of people as it is, whatever the membership', () => {
    expect(requiredPeople({ kind: 'UNIT_ADMISSIONS', minimum: 3 }, 97)).toBe(3);
  });

  it('uses the board’s rate when it is changed (2.5% of 97 = 2.425 → 3; of 80 = 2)', () => {
    expect(requiredPeople({ kind: 'UNIT_ADMISSION_RATE', minimum: 250 }, 97)).toBe(3);
    expect(requiredPeople({ kind: 'UNIT_ADMISSION_RATE', minimum: 250 }, 80)).toBe(2);
  });
});

describe('unitTargets', () => {
  const targets = defaultTargets(2026);
  it.each<[OrganisationKind, string[]]>([
    ['GRASSROOTS_COMMITTEE', ['UNIT_ADMISSIONS', 'UNIT_ADMISSION_RATE']],
    ['GRASSROOTS_CELL', ['CELL_SENT_TO_TRAINING', 'UNIT_ADMISSIONS', 'UNIT_ADMISSION_RATE']],
    ['PARTY_CELL', ['CELL_SENT_TO_TRAINING']],
    ['WARD_COMMITTEE', []],
  ])('%s → %j', (kind, expected) => {
    expect(unitTargets(targets, kind, 2026).map((t) => t.kind)).toEqual(expected);
  });

  it('reads only the year asked for', () => {
    expect(unitTargets(targets, 'GRASSROOTS_CELL', 2027)).toEqual([]);
  });
});

describe('planTargetChange', () => {
  const current: Target = defaultTargets(2026).find((t) => t.kind === 'UNIT_ADMISSIONS') as Target;
  const change = (values: Partial<TargetChangeInput>): TargetChangeInput => ({
    kind: 'UNIT_ADMISSIONS',
    year: 2026,
    minimum: 4,
    upper: 6,
    appliesTo: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'],
    reason: 'Nghị quyết 05-NQ/ĐU',
    ...values,
  });

  it('keeps the old value, who, when and why', () => {
    expect(planTargetChange(current, change({ reason: '  Nghị quyết 05-NQ/ĐU ' }), BY)).toEqual({
      target: { kind: 'UNIT_ADMISSIONS', year: 2026, subjectId: null, minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] },
      change: {
        kind: 'UNIT_ADMISSIONS',
        year: 2026,
        subjectId: null,
        from: { minimum: 3, upper: 5, appliesTo: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] },
        to: { minimum: 4, upper: 6, appliesTo: ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] },
        changedBy: 'board-1',
        changedAt: AT,
        reason: 'Nghị quyết 05-NQ/ĐU',
      },
    });
  });

  it('records a first setting with no old value, and no unit kinds on a ward target', () => {
    const { change: made } = planTargetChange(null, change({ kind: 'WARD_ADMISSIONS', minimum: 95, upper: null, appliesTo: ['PARTY_CELL'] }), BY);
    expect(made.from).toBeNull();
    expect(made.to).toEqual({ minimum: 95, upper: null, appliesTo: [] });
  });

  it.each<[string, string, Partial<TargetChangeInput>]>([
    ['the band moved up', 'OK', {}],
    ['a band of one number', 'OK', { minimum: 4, upper: 4 }],
    ['no band', 'OK', { upper: null }],
    ['zero', 'OK', { minimum: 0, upper: null }],
    ['the first year of the term', 'OK', { year: 2025 }],
    ['the last year of the term', 'OK', { year: 2030 }],
    ['before the term', 'EVALUATION.TARGET_YEAR_IN_TERM', { year: 2024 }],
    ['after the term', 'EVALUATION.TARGET_YEAR_IN_TERM', { year: 2031 }],
    ['a term total in its first year', 'OK', { kind: 'TERM_ADMISSIONS', year: 2025, minimum: 560, upper: null }],
    ['a term total in a later year', 'EVALUATION.TARGET_YEAR_IN_TERM', { kind: 'TERM_ADMISSIONS', year: 2026, minimum: 560, upper: null }],
    ['a band upside down', 'EVALUATION.TARGET_VALUE', { minimum: 5, upper: 3 }],
    ['a negative minimum', 'EVALUATION.TARGET_VALUE', { minimum: -1 }],
    ['a rate of 100%', 'OK', { kind: 'UNIT_ADMISSION_RATE', minimum: 10_000, upper: null }],
    ['a rate above 100%', 'EVALUATION.TARGET_VALUE', { kind: 'UNIT_ADMISSION_RATE', minimum: 10_001, upper: null }],
    ['a quota', 'EVALUATION.QUOTA_SET_IN_SOURCING', { kind: 'MASS_ORGANISATION_REFERRALS', upper: null }],
    ['no reason', 'EVALUATION.TARGET_CHANGE_NEEDS_REASON', { reason: '   ' }],
    ['a fraction', 'BAD_USER_INPUT', { minimum: 3.5 }],
    ['a fractional year', 'BAD_USER_INPUT', { year: 2026.5 }],
    ['an unknown kind', 'BAD_USER_INPUT', { kind: 'CELL_ADMISSIONS' as never }],
  ])('%s → %s', (_case, expected, values) => {
    expect(outcomeOf(() => planTargetChange(current, change(values), BY))).toBe(expected);
  });
});

describe('targetsInForce', () => {
  it('reads the plan’s defaults for a year nobody has touched', () => {
    expect(targetsInForce(2027, [])).toEqual(defaultTargets(2027));
  });

  it('lets the board’s value replace the default and adds the quotas, other years left out', () => {
    const changed: Target = { kind: 'WARD_ADMISSIONS', year: 2027, subjectId: null, minimum: 95, upper: null, appliesTo: [] };
    const quota = quotaTarget({ massOrganisationId: 'youth', year: 2027, target: 12 });
    const inForce = targetsInForce(2027, [changed, quota, { ...changed, year: 2028, minimum: 99 }]);
    expect(inForce.map((t) => [t.kind, t.subjectId, t.minimum])).toEqual([
      ['WARD_ADMISSIONS', null, 95],
      ['WARD_AWARENESS_TRAINED', null, 100],
      ['CELL_SENT_TO_TRAINING', null, 5],
      ['UNIT_ADMISSIONS', null, 3],
      ['UNIT_ADMISSION_RATE', null, 300],
      ['MASS_ORGANISATION_REFERRALS', 'youth', 12],
    ]);
  });
});
