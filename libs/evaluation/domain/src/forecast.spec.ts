import { PIPELINE_STAGES } from './evaluation.policy';
import { type ForecastInput, forecastAdmissions, type ObservedStages, referralsNeeded } from './forecast';

/** A history where every stage converts fully in `days` days, `entered` candidates deep. */
const history = (entered: number, days: Partial<Record<(typeof PIPELINE_STAGES)[number], number>>, advanced = entered): ObservedStages =>
  Object.fromEntries(PIPELINE_STAGES.map((s) => [s, { entered, advanced, daysInStage: new Map([[days[s] ?? 30, advanced]]) }]));

// Stage times of a quick unit: 140 days from the pool to admission.
const QUICK = { REFERRED: 10, ACCEPTED: 30, SENT_TO_TRAINING: 20, TRAINED: 20, DOSSIER_OPENED: 30, CELL_RESOLVED: 30, DECIDED: 10 };

const input = (values: Partial<ForecastInput>): ForecastInput => ({
  year: 2026,
  today: '2026-06-30',
  admittedSoFar: 1,
  required: 5,
  exempt: false,
  inStage: { CELL_RESOLVED: 2, SENT_TO_TRAINING: 1 },
  observed: history(5, QUICK),
  wardObserved: {},
  ...values,
});

describe('forecastAdmissions on a constructed pipeline', () => {
  const forecast = forecastAdmissions(input({}));

  it('adds the pipeline’s likely admissions to those so far and names the unit at risk', () => {
    expect(forecast).toMatchObject({ admittedSoFar: 1, required: 5, expectedMore: 3, likelyAdmissions: 4, status: 'AT_RISK', atRiskNamedBy: '2026-09-30' });
  });

  it('projects each stage: its chance, days to admission (half its own median, then the later stages’) and whether that is this year', () => {
    expect(forecast.pipeline.filter((p) => p.count > 0)).toEqual([
      { stage: 'SENT_TO_TRAINING', count: 1, probability: 1, daysToAdmission: 100, inTime: true, basis: 'UNIT' },
      { stage: 'CELL_RESOLVED', count: 2, probability: 1, daysToAdmission: 25, inTime: true, basis: 'UNIT' },
    ]);
  });

  it('says what would close the gap: one more referral accepted 140 days before the year ends', () => {
    expect(forecast.needs).toEqual({ acceptedReferrals: 1, by: '2026-08-13' });
  });

  it('explains itself in Vietnamese and English', () => {
    expect(forecast.explanation).toEqual({
      vi: 'Đã kết nạp 1/5, dự kiến cả năm 4; 2 hồ sơ chờ quyết định, 1 người đang học lớp nhận thức; cần thêm 1 quần chúng được nhận vào nguồn trước ngày 13/8/2026.',
      en: '1 admitted of 5 required, likely 4 by year end; 2 dossiers awaiting decision, 1 in training; needs 1 more referral accepted by 13 August.',
    });
  });
});

describe('forecastAdmissions: which history it trusts', () => {
  it.each<[string, ObservedStages, ObservedStages, string]>([
    ['the unit’s own from 5 candidates through a stage', history(5, QUICK), history(50, {}), 'UNIT'],
    ['the ward’s when the unit has 4', history(4, QUICK), history(50, {}), 'WARD'],
    ['the defaults when neither has 5', history(4, QUICK), history(4, {}), 'DEFAULT'],
    ['the defaults with no history at all', {}, {}, 'DEFAULT'],
  ])('%s → %s', (_case, observed, wardObserved, basis) => {
    expect(new Set(forecastAdmissions(input({ observed, wardObserved })).pipeline.map((p) => p.basis))).toEqual(new Set([basis]));
  });

  it('applies observed conversions: half of those awaiting decision get through', () => {
    const observed = { ...history(5, QUICK), CELL_RESOLVED: { entered: 10, advanced: 5, daysInStage: new Map([[30, 5]]) } };
    const f = forecastAdmissions(input({ observed, inStage: { CELL_RESOLVED: 4 }, required: 3 }));
    expect([f.expectedMore, f.likelyAdmissions, f.status]).toEqual([2, 3, 'ON_TRACK']);
  });
});

describe('forecastAdmissions with no history (the policy’s defaults: about 335 days from the pool to admission)', () => {
  it('still answers, early in the year: 7 referrals to accept by 30 January for 3 admissions', () => {
    const f = forecastAdmissions(input({ today: '2026-01-10', admittedSoFar: 0, required: 3, inStage: {}, observed: {} }));
    expect([f.likelyAdmissions, f.status, f.needs]).toEqual([0, 'AT_RISK', { acceptedReferrals: 7, by: '2026-01-30' }]);
    expect(f.explanation.en).toBe('0 admitted of 3 required, likely 0 by year end; nothing in the pipeline; needs 7 more referrals accepted by 30 January.');
    expect(f.explanation.vi).toBe('Đã kết nạp 0/3, dự kiến cả năm 0; chưa có ai trong quy trình; cần thêm 7 quần chúng được nhận vào nguồn trước ngày 30/1/2026.');
  });

  it('says when new referrals come too late for the year', () => {
    const f = forecastAdmissions(input({ observed: {} }));
    // 2 awaiting decision: 0.95 × 0.98 each, 43 days away; the one in training is 200 days away, after 31 December.
    expect(f.expectedMore).toBeCloseTo(1.862, 10);
    expect([f.likelyAdmissions, f.needs?.by]).toEqual([3, null]);
    expect(f.explanation.en).toBe(
      '1 admitted of 5 required, likely 3 by year end; 2 dossiers awaiting decision, 1 in training; would need 5 more referrals accepted, too late for this year: speed up the dossiers in hand.',
    );
  });
});

describe('forecastAdmissions: status', () => {
  it.each<[string, Partial<ForecastInput>, string]>([
    ['the target already met', { admittedSoFar: 5 }, 'MET'],
    ['the pipeline reaching it', { required: 4 }, 'ON_TRACK'],
    ['short of it', {}, 'AT_RISK'],
    ['exempt, however short', { exempt: true, admittedSoFar: 0 }, 'EXEMPT'],
    ['the year over: only what was done counts', { today: '2027-01-05', required: 2 }, 'AT_RISK'],
    ['next year asked in December: the whole year ahead', { year: 2027, today: '2026-12-15', required: 4 }, 'ON_TRACK'],
  ])('%s → %s', (_case, values, expected) => {
    expect(forecastAdmissions(input(values)).status).toBe(expected);
  });

  it('tells an exempt unit its results still count for the ward', () => {
    expect(forecastAdmissions(input({ exempt: true })).explanation.en).toContain('exempt from the targets this year; its results still count in the ward’s totals');
    expect(forecastAdmissions(input({ exempt: true })).needs).toBeNull();
  });
});

describe('referralsNeeded: the referrals to accept for the gap, or null when no conversion is observed', () => {
  it.each<[string, number, number | null, number | null]>([
    ['every candidate gets through', 3, 1, 3],
    ['half of them do', 3, 0.5, 6],
    ['a tiny chance, still a count', 2, 0.0001, 20_000],
    ['no conversion observed (0)', 2, 0, null],
    ['no conversion measured at all (null)', 2, null, null],
    ['a chance so near zero that dividing overflows Int', 2, 1e-12, null],
    ['the smallest positive number (Infinity once divided)', 2, Number.MIN_VALUE, null],
    ['not a number', 2, Number.NaN, null],
  ])('%s: gap %i, chance %p → %p', (_case, gap, chance, expected) => {
    expect(referralsNeeded(gap, chance)).toBe(expected);
  });
});

describe('forecastAdmissions when a stage has converted none of its candidates', () => {
  // Five trained, none with a dossier yet: the pool converts at 0, so no count can be given.
  const observed: ObservedStages = { ...history(5, QUICK), TRAINED: { entered: 5, advanced: 0, daysInStage: new Map() } };
  const f = forecastAdmissions(input({ observed }));

  it('names no number of referrals, only the day they should be accepted by', () => {
    expect([f.status, f.likelyAdmissions, f.needs]).toEqual(['AT_RISK', 3, { acceptedReferrals: null, by: '2026-07-04' }]);
  });

  it('says plainly, in Vietnamese and English, that it cannot be estimated yet and what to do', () => {
    expect(f.explanation).toEqual({
      vi: 'Đã kết nạp 1/5, dự kiến cả năm 3; 2 hồ sơ chờ quyết định, 1 người đang học lớp nhận thức; chưa ghi nhận quần chúng nào đi tiếp từ nguồn đến kết nạp nên chưa ước tính được cần thêm bao nhiêu quần chúng: nhận thêm quần chúng vào nguồn trước ngày 4/7/2026 và đẩy nhanh các hồ sơ đang có.',
      en: '1 admitted of 5 required, likely 3 by year end; 2 dossiers awaiting decision, 1 in training; no conversion from the source pool to admission has been observed yet, so the referrals needed cannot be estimated: accept more referrals by 4 July and speed up the dossiers in hand.',
    });
    expect(`${f.explanation.vi} ${f.explanation.en}`).not.toMatch(/Infinity|NaN/);
  });

  it('and when it is too late for the year, only to speed up the dossiers in hand', () => {
    const late = forecastAdmissions(input({ observed, today: '2026-10-01' }));
    expect(late.needs).toEqual({ acceptedReferrals: null, by: null });
    expect(late.explanation.en).toMatch(/so the referrals needed cannot be estimated: speed up the dossiers in hand\.$/);
    expect(late.explanation.vi).toMatch(/chưa ước tính được cần thêm bao nhiêu quần chúng: đẩy nhanh các hồ sơ đang có\.$/);
  });
});
