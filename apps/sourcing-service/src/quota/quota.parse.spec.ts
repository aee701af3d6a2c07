import { problemsOf } from '@pdv/testing';
import { parseSetReferralQuota } from './quota.parse';

const UNIT = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';

describe('parseSetReferralQuota', () => {
  it.each([
    { year: 2026, target: 12, problems: [] },
    // Out of the plan, or negative: the quota rule's to refuse, not the parser's.
    { year: 2031, target: -1, problems: [] },
    { year: -1, target: 12, problems: ['input.year: must be a year between 1900 and 2200'] },
    { year: 99999, target: 12, problems: ['input.year: must be a year between 1900 and 2200'] },
  ])('year $year, target $target', ({ year, target, problems }) => {
    const run = () => parseSetReferralQuota({ massOrganisationId: UNIT, year, target });
    expect(problemsOf(run)).toEqual(problems);
    if (problems.length === 0) expect(run()).toEqual({ massOrganisationId: UNIT, year, target });
  });
});
