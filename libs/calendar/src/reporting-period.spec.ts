import {
  parseReportingPeriodKey,
  type ReportingPeriod,
  reportingPeriodKey,
  reportingPeriodLastDay,
  reportingPeriodRange,
  reportingPeriodsAtInstant,
  reportingPeriodsContaining,
} from './reporting-period';

const keys = (periods: ReportingPeriod[]) => periods.map(reportingPeriodKey);

describe('reportingPeriodsContaining', () => {
  it.each<[string, string[]]>([
    ['2026-01-01', ['2026-M01', '2026-Q1', '2026-H1', '2026']],
    ['2026-03-31', ['2026-M03', '2026-Q1', '2026-H1', '2026']],
    ['2026-04-01', ['2026-M04', '2026-Q2', '2026-H1', '2026']],
    ['2026-06-30', ['2026-M06', '2026-Q2', '2026-H1', '2026']],
    ['2026-07-01', ['2026-M07', '2026-Q3', '2026-H2', '2026']],
    ['2026-09-30', ['2026-M09', '2026-Q3', '2026-H2', '2026']],
    ['2026-10-01', ['2026-M10', '2026-Q4', '2026-H2', '2026']],
    ['2026-12-31', ['2026-M12', '2026-Q4', '2026-H2', '2026']],
    ['2028-02-29', ['2028-M02', '2028-Q1', '2028-H1', '2028']],
  ])('%s → %j', (date, expected) => {
    expect(keys(reportingPeriodsContaining(date))).toEqual(expected);
  });
});

describe('reportingPeriodsAtInstant (Vietnam time, UTC+7)', () => {
  it.each<[string, string]>([
    ['2026-03-31T16:59:59.999Z', '2026-Q1'], // 23:59:59.999 on 31 March in Hanoi
    ['2026-03-31T17:00:00.000Z', '2026-Q2'], // 00:00 on 1 April in Hanoi
    ['2026-03-31T23:30:00.000Z', '2026-Q2'],
    ['2025-12-31T17:00:00.000Z', '2026-Q1'], // New Year in Hanoi while still 2025 in UTC
    ['2025-12-31T16:59:59.999Z', '2025-Q4'],
  ])('%s falls in %s', (instant, quarter) => {
    expect(keys(reportingPeriodsAtInstant(new Date(instant)))[1]).toBe(quarter);
  });
});

describe('reportingPeriodRange and reportingPeriodLastDay', () => {
  it.each<[ReportingPeriod, string, string, string]>([
    [{ kind: 'MONTH', year: 2026, index: 2 }, '2026-02-01', '2026-03-01', '2026-02-28'],
    [{ kind: 'MONTH', year: 2028, index: 2 }, '2028-02-01', '2028-03-01', '2028-02-29'],
    [{ kind: 'MONTH', year: 2026, index: 12 }, '2026-12-01', '2027-01-01', '2026-12-31'],
    [{ kind: 'QUARTER', year: 2026, index: 3 }, '2026-07-01', '2026-10-01', '2026-09-30'],
    [{ kind: 'QUARTER', year: 2026, index: 4 }, '2026-10-01', '2027-01-01', '2026-12-31'],
    [{ kind: 'HALF_YEAR', year: 2026, index: 1 }, '2026-01-01', '2026-07-01', '2026-06-30'],
    [{ kind: 'YEAR', year: 2026, index: 1 }, '2026-01-01', '2027-01-01', '2026-12-31'],
  ])('%j is [%s, %s), last day %s', (period, from, to, last) => {
    expect(reportingPeriodRange(period)).toEqual({ from, to });
    expect(reportingPeriodLastDay(period)).toBe(last);
  });
});

describe('parseReportingPeriodKey', () => {
  it.each<[string, ReportingPeriod | null]>([
    ['2026-M07', { kind: 'MONTH', year: 2026, index: 7 }],
    ['2026-Q4', { kind: 'QUARTER', year: 2026, index: 4 }],
    ['2026-H2', { kind: 'HALF_YEAR', year: 2026, index: 2 }],
    ['2026', { kind: 'YEAR', year: 2026, index: 1 }],
    ['2026-M7', null],
    ['2026-M13', null],
    ['2026-Q5', null],
    ['2026-Q0', null],
    ['2026-H3', null],
    ['2026-Q01', null],
    ['26-Q1', null],
    ['2026-X1', null],
  ])('%s → %j', (key, expected) => {
    expect(parseReportingPeriodKey(key)).toEqual(expected);
  });

  it('reads back every key it writes', () => {
    for (const date of ['2026-01-15', '2026-05-31', '2026-08-01', '2026-11-30']) {
      for (const period of reportingPeriodsContaining(date)) expect(parseReportingPeriodKey(reportingPeriodKey(period))).toEqual(period);
    }
  });
});
