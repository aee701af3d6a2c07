import { ruleViolation } from '@pdv/errors';
import { dayOfYear, daysInYear, parseLocalDate } from '@pdv/calendar';
import { DEFAULT_SOURCING_POLICY, type SourcingPolicy } from './sourcing.policy';
import { SOURCING_RULES } from './sourcing.rules';

export type QuotaStatus = 'BEHIND' | 'ON_TRACK' | 'MET';

export interface QuotaAttainment {
  target: number;
  /** What counts towards the quota (policy.quotaCounts: accepted referrals by default). */
  counted: number;
  /** counted / target; null when the target is 0. */
  ratio: number | null;
  /** ratio as a percentage, one decimal; null when the target is 0. */
  percent: number | null;
  /** The pro-rata share of the target expected by `today` (whole people, rounded down). */
  expectedByToday: number;
  status: QuotaStatus;
}

function isCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** Checks a quota before it is set: a whole number ≥ 0 for a year of the plan (SOURCING.QUOTA_TARGET). */
export function checkQuotaTarget(
  quota: { year: number; target: number },
  policy: Pick<SourcingPolicy, 'planFirstYear' | 'planLastYear'> = DEFAULT_SOURCING_POLICY,
): void {
  if (!isCount(quota.target) || !Number.isInteger(quota.year) || quota.year < policy.planFirstYear || quota.year > policy.planLastYear) {
    throw ruleViolation(
      SOURCING_RULES['SOURCING.QUOTA_TARGET'],
      `The plan runs from ${policy.planFirstYear} to ${policy.planLastYear}.`,
      { year: quota.year, target: quota.target },
    );
  }
}

/**
 * How far a mass organisation is towards its referral quota for `year` on `today`
 * (YYYY-MM-DD). MET when the count reaches the target (a target of 0 is always met); otherwise
 * ON_TRACK when the count reaches the pro-rata expectation for the day of the year
 * (target × day ÷ days in the year, rounded down; the whole target once the year is over,
 * nothing before it starts), else BEHIND.
 */
export function quotaAttainment(args: {
  target: number;
  referred: number;
  accepted: number;
  year: number;
  today: string;
  policy?: Pick<SourcingPolicy, 'quotaCounts'>;
}): QuotaAttainment {
  const { target, referred, accepted, year } = args;
  const today = parseLocalDate(args.today);
  if (!isCount(target) || !isCount(referred) || !isCount(accepted) || !today) {
    throw new RangeError('quotaAttainment needs whole, non-negative counts and a YYYY-MM-DD date');
  }
  const counted = (args.policy ?? DEFAULT_SOURCING_POLICY).quotaCounts === 'REFERRED' ? referred : accepted;
  // Integer arithmetic before the one division, so exact shares are not lost to rounding.
  const expectedByToday =
    today.year < year ? 0 : today.year > year ? target : Math.floor((target * dayOfYear(args.today)) / daysInYear(year));
  const ratio = target === 0 ? null : counted / target;
  return {
    target,
    counted,
    ratio,
    percent: ratio === null ? null : Math.round(ratio * 1000) / 10,
    expectedByToday,
    status: counted >= target ? 'MET' : counted >= expectedByToday ? 'ON_TRACK' : 'BEHIND',
  };
}
