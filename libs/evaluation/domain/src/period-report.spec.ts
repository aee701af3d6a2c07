import { outcomeOf } from './evaluation.fixtures';
import { assertCanClose, lateArrivals, lateNote, parseReportPeriod, periodEnded, withLateArrivals } from './period-report';
import type { HeadlineFigure } from './ward-evaluation';

describe('report periods', () => {
  it.each<[string, string]>([
    ['2026-Q3', 'OK'],
    ['2026-H1', 'OK'],
    ['2026', 'OK'],
    ['2026-M07', 'BAD_USER_INPUT'],
    ['T2025-2030', 'BAD_USER_INPUT'],
    ['2026-Q5', 'BAD_USER_INPUT'],
    ['', 'BAD_USER_INPUT'],
  ])('%j → %s', (key, expected) => {
    expect(outcomeOf(() => parseReportPeriod(key))).toBe(expected);
  });

  it.each<[string, string, boolean, string]>([
    ['2026-Q3', '2026-09-30', false, 'EVALUATION.REPORT_PERIOD_ENDED'],
    ['2026-Q3', '2026-10-01', true, 'OK'],
    ['2026-H2', '2026-12-31', false, 'EVALUATION.REPORT_PERIOD_ENDED'],
    ['2026', '2027-01-01', true, 'OK'],
  ])('%s on %s: ended %s, closing %s', (key, today, ended, closing) => {
    expect(periodEnded(parseReportPeriod(key), today)).toBe(ended);
    expect(outcomeOf(() => assertCanClose(parseReportPeriod(key), today))).toBe(closing);
  });
});

const figure = (kind: HeadlineFigure['kind'], span: HeadlineFigure['span'], inPeriod: number): HeadlineFigure => ({
  kind,
  span,
  inPeriod,
  rule: 'EVALUATION.WARD_ADMISSIONS',
  required: 90,
  upper: null,
  actual: inPeriod,
  shortfall: 0,
  status: 'BEHIND',
  exceeded: false,
});

describe('late arrivals', () => {
  const frozen = { period: '2026-Q2', headline: [figure('WARD_ADMISSIONS', 'YEAR', 3), figure('WARD_AWARENESS_TRAINED', 'YEAR', 10), figure('TERM_ADMISSIONS', 'TERM', 3)] };

  it('are what the live counters of a frozen period hold beyond its snapshot, the term totals aside', () => {
    const live = [figure('WARD_ADMISSIONS', 'YEAR', 5), figure('WARD_AWARENESS_TRAINED', 'YEAR', 10), figure('TERM_ADMISSIONS', 'TERM', 9)];
    expect(lateArrivals(frozen, live)).toEqual([{ period: '2026-Q2', measure: 'ADMITTED', count: 2 }]);
    expect(lateArrivals(frozen, frozen.headline)).toEqual([]);
  });

  it('count in the open period’s yearly figures, with a note on both reports', () => {
    const arrivals = [{ period: '2026-Q2', measure: 'ADMITTED' as const, count: 2 }];
    const open = withLateArrivals([figure('WARD_ADMISSIONS', 'YEAR', 1), figure('TERM_ADMISSIONS', 'TERM', 1)], arrivals);
    expect(open.map((f) => f.inPeriod)).toEqual([3, 1]);
    expect(lateNote(arrivals, 'FROZEN', '2026-Q3')?.en).toBe('After this report was frozen, 2 admissions of 2026-Q2 arrived late; this report keeps its numbers and the late ones count in the open period (2026-Q3).');
    expect(lateNote(arrivals, 'OPEN', null)?.vi).toBe('Kỳ này tính thêm 2 đảng viên kết nạp của kỳ 2026-Q2 được ghi nhận sau khi kỳ đó đã chốt số liệu.');
    expect(lateNote([], 'FROZEN', '2026-Q3')).toBeNull();
  });
});
