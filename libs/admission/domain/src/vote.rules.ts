import { Problems } from '@pdv/errors';
import type { LocalDate } from '@pdv/calendar';
import { CHARTER } from './admission.policy';
import { met, notMet, type RuleOutcome } from './rule-outcome';

/** An official member of the cell on the meeting date (the read model's snapshot), and whether they attended. */
export interface RollEntry {
  memberId: string;
  /** On temporary transfer to another organisation on that date. */
  temporarilyAway: boolean;
  attended: boolean;
}

/** A recorded correction of the vote base: this member counted (or not) against the default, and why. */
export interface BaseOverride {
  memberId: string;
  counted: boolean;
  reason: string;
}

export interface CellVoteTally {
  meetingDate: LocalDate;
  /** The official members of the cell on the meeting date; probationary members do not vote on admission. */
  roll: readonly RollEntry[];
  overrides: readonly BaseOverride[];
  inFavour: number;
}

export interface VoteCount {
  /** Official members of the cell on the meeting date. */
  officialMembers: number;
  /** Those the two thirds are counted from. */
  base: number;
  present: number;
  inFavour: number;
  /** The fewest votes in favour that pass: the least whole number ≥ 2/3 of the base. */
  required: number;
  passed: boolean;
}

/**
 * The least whole number n with n / total ≥ numerator / denominator, in integers (no floating
 * point: 2/3 of 6 is exactly 4, and 4 of 6 passes).
 */
export function votesRequired(total: number): number {
  const { numerator, denominator } = CHARTER.passFraction;
  return Math.floor((numerator * total + denominator - 1) / denominator);
}

/** Whether `inFavour` of `total` reaches the pass fraction, compared in integers. */
export function reachesPassFraction(inFavour: number, total: number): boolean {
  const { numerator, denominator } = CHARTER.passFraction;
  return total > 0 && denominator * inFavour >= numerator * total;
}

/**
 * The count of a cell's vote (step 7, and step 11 by the same rule). The base is every official
 * member of the cell on the meeting date, less those on temporary transfer elsewhere who did
 * not attend, then the recorded overrides. A tally that cannot be true is BAD_USER_INPUT
 * naming the field, every problem at once.
 */
export function countCellVote(tally: CellVoteTally): VoteCount {
  const problems = new Problems();
  const onRoll = new Map(tally.roll.map((entry) => [entry.memberId, entry]));
  const overridden = new Map<string, BaseOverride>();
  tally.overrides.forEach((override, index) => {
    if (!onRoll.has(override.memberId)) problems.add(`input.baseOverrides[${index}].memberId`, 'is not an official member of the cell on the meeting date');
    else if (overridden.has(override.memberId)) problems.add(`input.baseOverrides[${index}].memberId`, 'is listed twice');
    if (override.reason.trim() === '') problems.add(`input.baseOverrides[${index}].reason`, 'is required: say why the member is counted or not');
    overridden.set(override.memberId, override);
  });
  const present = tally.roll.filter((entry) => entry.attended).length;
  if (!Number.isInteger(tally.inFavour) || tally.inFavour < 0) problems.add('input.inFavour', 'must be a whole number, zero or more');
  else if (tally.inFavour > present) problems.add('input.inFavour', `cannot exceed the ${present} official members present`);
  problems.throwIfAny('The vote count is not valid.');

  const base = tally.roll.filter((entry) => overridden.get(entry.memberId)?.counted ?? (!entry.temporarilyAway || entry.attended)).length;
  return {
    officialMembers: tally.roll.length,
    base,
    present,
    inFavour: tally.inFavour,
    required: votesRequired(base),
    passed: reachesPassFraction(tally.inFavour, base),
  };
}

/** ADMISSION.CELL_MINIMUM (step 7): at least 3 official members on the meeting date. */
export function cellMinimumOutcome(officialMembers: number, meetingDate: LocalDate): RuleOutcome {
  const rule = 'ADMISSION.CELL_MINIMUM';
  const facts = { meetingDate, officialMembers, minimum: CHARTER.cellMinimumOfficialMembers };
  const finding = { en: `On ${meetingDate} the cell has ${officialMembers} official members.`, vi: `Vào ngày ${meetingDate}, chi bộ có ${officialMembers} đảng viên chính thức.` };
  return officialMembers >= CHARTER.cellMinimumOfficialMembers ? met(rule, finding, facts) : notMet(rule, finding, facts);
}

/**
 * ADMISSION.VOTE_TWO_THIRDS (step 7) or RECOGNITION.VOTE_TWO_THIRDS (step 11): the count
 * passes at ≥ 2/3 of the base — not of those present.
 */
export function cellVoteOutcome(count: VoteCount, rule: 'ADMISSION.VOTE_TWO_THIRDS' | 'RECOGNITION.VOTE_TWO_THIRDS'): RuleOutcome {
  const facts = { base: count.base, present: count.present, inFavour: count.inFavour, required: count.required, officialMembers: count.officialMembers };
  const finding = {
    en: `${count.inFavour} in favour of a base of ${count.base} official members (${count.present} present); ${count.required} needed.`,
    vi: `${count.inFavour} tán thành trên tổng số ${count.base} đảng viên chính thức (${count.present} có mặt); cần ${count.required}.`,
  };
  return count.passed ? met(rule, finding, facts) : notMet(rule, finding, facts);
}

/**
 * ADMISSION.GRASSROOTS_TWO_THIRDS (step 8): the grassroots committee's resolution passes at
 * ≥ 2/3 of the committee's members. An impossible count is BAD_USER_INPUT.
 */
export function grassrootsResolutionOutcome(args: { committeeMembers: number; inFavour: number }): RuleOutcome {
  const { committeeMembers, inFavour } = args;
  const problems = new Problems();
  if (!Number.isInteger(committeeMembers) || committeeMembers < 1) problems.add('input.committeeMembers', 'must be a whole number, one or more');
  if (!Number.isInteger(inFavour) || inFavour < 0) problems.add('input.inFavour', 'must be a whole number, zero or more');
  else if (inFavour > committeeMembers) problems.add('input.inFavour', 'cannot exceed the committee’s members');
  problems.throwIfAny('The committee’s vote count is not valid.');
  const rule = 'ADMISSION.GRASSROOTS_TWO_THIRDS';
  const required = votesRequired(committeeMembers);
  const facts = { committeeMembers, inFavour, required };
  const finding = {
    en: `${inFavour} of the committee’s ${committeeMembers} members in favour; ${required} needed.`,
    vi: `${inFavour} trên ${committeeMembers} cấp ủy viên tán thành; cần ${required}.`,
  };
  return reachesPassFraction(inFavour, committeeMembers) ? met(rule, finding, facts) : notMet(rule, finding, facts);
}
