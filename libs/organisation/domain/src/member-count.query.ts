import { isWithin, type LocalDate } from '@pdv/calendar';
import { applyMovement, initialMemberState, movementsOf } from './member-movement.rules';
import type { PartyMemberStatus } from './organisation.types';
import { memberSince } from './party-member.rules';
import type { MemberMovement, MemberState, MemberStatusFacts, MemberWithPeriods, PartyMemberRecord, PlacementPeriod } from './party-member.types';

function samePlacement(a: MemberState, b: MemberState): boolean {
  return (
    a.active === b.active &&
    a.organisationId === b.organisationId &&
    a.temporarilyAway === b.temporarilyAway &&
    a.activityExempt === b.activityExempt
  );
}

function periodOf(state: MemberState, from: LocalDate, to: LocalDate | null): PlacementPeriod | null {
  if (!state.active || state.organisationId === null || from === to) return null;
  return { organisationId: state.organisationId, from, to, away: state.temporarilyAway, exempt: state.activityExempt };
}

/**
 * Where the member was, and how, from the day they were registered in the ward: one period per stretch
 * with the same cell and away/exempt standing, [from, to). Movements of other members are
 * ignored; the member's own are replayed through applyMovement, so an impossible history throws.
 */
export function placementPeriods(member: PartyMemberRecord, movements: readonly MemberMovement[]): PlacementPeriod[] {
  const periods: PlacementPeriod[] = [];
  let state = initialMemberState(member);
  let from = state.asOf;
  for (const movement of movementsOf(member.memberId, movements)) {
    const next = applyMovement(state, movement, movement.effectiveDate);
    if (!samePlacement(state, next)) {
      const period = periodOf(state, from, movement.effectiveDate);
      if (period) periods.push(period);
      from = movement.effectiveDate;
    }
    state = next;
  }
  const last = periodOf(state, from, null);
  if (last) periods.push(last);
  return periods;
}

/**
 * The member's party status on `date`: null before the membership began (the ceremony, or
 * the registration when the ceremony date is unknown), OFFICIAL from the official date,
 * PROBATIONARY before it. Whether the member was still here that day is the periods' business.
 */
export function statusOn(member: MemberStatusFacts, date: LocalDate): PartyMemberStatus | null {
  if (date < memberSince(member)) return null;
  if (member.officialDate !== null) return date >= member.officialDate ? 'OFFICIAL' : 'PROBATIONARY';
  return member.status;
}

export interface MemberCounts {
  official: number;
  probationary: number;
  total: number;
  /** Official members present: the base of the 2/3 rule (members temporarily away are left out). */
  officialVoteBase: number;
}

/**
 * How many members the organisations had on `date`. The reference implementation the
 * service's SQL is tested against: a member counts when one of their periods in one of the
 * organisations contains `date` and statusOn gives them a status that day. Members exempt
 * from activities count like any other; only members temporarily away leave the vote base.
 */
export function countMembersOn(members: readonly MemberWithPeriods[], organisationIds: Iterable<string>, date: LocalDate): MemberCounts {
  const ids = new Set(organisationIds);
  const counts: MemberCounts = { official: 0, probationary: 0, total: 0, officialVoteBase: 0 };
  for (const { member, periods } of members) {
    const period = periods.find((p) => ids.has(p.organisationId) && isWithin(date, p.from, p.to));
    if (!period) continue;
    const status = statusOn(member, date);
    if (status === null) continue;
    counts.total += 1;
    if (status === 'PROBATIONARY') counts.probationary += 1;
    else {
      counts.official += 1;
      if (!period.away) counts.officialVoteBase += 1;
    }
  }
  return counts;
}

/** The period containing `date`, if the member was placed anywhere that day. */
export function placementOn(periods: readonly PlacementPeriod[], date: LocalDate): PlacementPeriod | undefined {
  return periods.find((p) => isWithin(date, p.from, p.to));
}
