import { isAppError } from '@pdv/errors';
import type { MemberStanding } from './introducer.rules';

/** What a call does: 'OK', the rule id it breaks, or the error code (BAD_USER_INPUT). */
export function outcomeOf(call: () => unknown): string {
  try {
    call();
    return 'OK';
  } catch (error) {
    if (isAppError(error)) return error.rule ?? error.code;
    throw error;
  }
}

/** The fields a BAD_USER_INPUT names, in order; [] when the call goes through. */
export function problemFields(call: () => unknown): string[] {
  try {
    call();
    return [];
  } catch (error) {
    if (isAppError(error) && error.code === 'BAD_USER_INPUT') return (error.problems ?? []).map((problem) => problem.field);
    throw error;
  }
}

/** An official member of 'cell-1', on the roll and present: the standing every check accepts. */
export function officialStanding(values: Partial<MemberStanding> = {}): MemberStanding {
  return { memberId: 'm-1', status: 'OFFICIAL', onRoll: true, cellId: 'cell-1', temporarilyAway: false, ...values };
}
