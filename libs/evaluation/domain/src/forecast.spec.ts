import { PIPELINE_STAGES } from './evaluation.policy';
import { type ForecastInput, forecastAdmissions, type ObservedStages } from './forecast';

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
