import { MEMBER_MOVEMENT_KINDS } from '@pdv/contracts';
import { AppError, ruleViolation } from '@pdv/errors';
import { isLocalDate, type LocalDate } from '@pdv/calendar';
import { ORGANISATION_RULES as R } from './organisation.rules';
import type { MemberMovement, MemberState, PartyMemberRecord } from './party-member.types';

export type MovementInput = Pick<MemberMovement, 'kind' | 'effectiveDate' | 'toOrganisationId'>;

/** The standing of a member on the day they were registered in the ward, before any movement. */
export function initialMemberState(member: Pick<PartyMemberRecord, 'organisationId' | 'status' | 'registeredOn'>): MemberState {
  return {
    organisationId: member.organisationId,
    active: true,
    temporarilyAway: false,
    activityExempt: false,
    status: member.status,
    leftBy: null,
    asOf: member.registeredOn,
  };
}

/**
 * The state machine of movements: the member's standing after `movement`, or a rule
 * violation. Movements are applied in date order; none may be dated after today. Party
 * status (probationary/official) is not a movement and is left as it is.
 */
export function applyMovement(state: MemberState, movement: MovementInput, today: LocalDate): MemberState {
  const { kind, effectiveDate: date } = movement;
  if (!(MEMBER_MOVEMENT_KINDS as readonly unknown[]).includes(kind)) {
    throw AppError.badInput('The movement is not valid.', [{ field: 'kind', message: `must be one of ${MEMBER_MOVEMENT_KINDS.join(', ')}` }]);
  }
  if (!isLocalDate(date)) {
    throw AppError.badInput('The movement is not valid.', [{ field: 'effectiveDate', message: 'must be a real date written YYYY-MM-DD' }]);
  }
  if (state.leftBy === 'DEATH') throw ruleViolation(R['MEMBER.NOTHING_AFTER_DEATH'], `A ${kind} movement was given.`, { kind });
  if (date > today) throw ruleViolation(R['MEMBER.DATE_NOT_IN_FUTURE'], 'The movement is dated after today.', { kind });
  if (date < state.asOf) {
    throw ruleViolation(R['MEMBER.MOVEMENT_DATE_ORDER'], 'The movement is dated before the last recorded one (or before the registration).', {
      kind,
    });
  }
  const next: MemberState = { ...state, asOf: date };

  if (kind === 'TRANSFER_IN') {
    if (state.active || state.leftBy !== 'TRANSFER_OUT') {
      throw ruleViolation(
        R['MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT'],
        state.active ? 'The member is already active here.' : 'The member did not leave by transfer.',
      );
    }
    if (!movement.toOrganisationId) throw ruleViolation(R['MEMBER.MOVEMENT_DESTINATION'], 'No destination cell was given.', { kind });
    return { ...next, organisationId: movement.toOrganisationId, active: true, temporarilyAway: false, activityExempt: false, leftBy: null };
  }

  if (!state.active) throw ruleViolation(R['MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'], `The member has already left (${state.leftBy}).`, { kind });

  switch (kind) {
    case 'TRANSFER_OUT':
    case 'NAME_REMOVAL':
    case 'DEATH':
      return { ...next, organisationId: null, active: false, temporarilyAway: false, activityExempt: false, leftBy: kind };
    case 'INTERNAL_TRANSFER':
      if (!movement.toOrganisationId || movement.toOrganisationId === state.organisationId) {
        throw ruleViolation(
          R['MEMBER.MOVEMENT_DESTINATION'],
          movement.toOrganisationId ? 'The destination is the current cell.' : 'No destination cell was given.',
          { kind },
        );
      }
      return { ...next, organisationId: movement.toOrganisationId };
    case 'TEMPORARY_TRANSFER_OUT':
      if (state.temporarilyAway) throw ruleViolation(R['MEMBER.TEMPORARY_TRANSFER_STATE'], 'The member is already away.', { kind });
      return { ...next, temporarilyAway: true };
    case 'TEMPORARY_TRANSFER_RETURN':
      if (!state.temporarilyAway) throw ruleViolation(R['MEMBER.TEMPORARY_TRANSFER_STATE'], 'The member is not away.', { kind });
      return { ...next, temporarilyAway: false };
    case 'ACTIVITY_EXEMPTION_START':
      if (state.activityExempt) throw ruleViolation(R['MEMBER.ACTIVITY_EXEMPTION_STATE'], 'The member is already exempt.', { kind });
      return { ...next, activityExempt: true };
    case 'ACTIVITY_EXEMPTION_END':
      if (!state.activityExempt) throw ruleViolation(R['MEMBER.ACTIVITY_EXEMPTION_STATE'], 'The member is not exempt.', { kind });
      return { ...next, activityExempt: false };
  }
}

/** The member's movements in date order (ties keep their recorded order), ignoring other members'. */
export function movementsOf<M extends Pick<MemberMovement, 'memberId' | 'effectiveDate'>>(memberId: string, movements: readonly M[]): M[] {
  return movements
    .map((movement, index) => ({ movement, index }))
    .filter(({ movement }) => movement.memberId === memberId)
    .sort((a, b) => (a.movement.effectiveDate < b.movement.effectiveDate ? -1 : a.movement.effectiveDate > b.movement.effectiveDate ? 1 : a.index - b.index))
    .map(({ movement }) => movement);
}

/** The member's standing after all their movements (each checked against `today`). */
export function replayMovements(member: PartyMemberRecord, movements: readonly MemberMovement[], today: LocalDate): MemberState {
  return movementsOf(member.memberId, movements).reduce((state, movement) => applyMovement(state, movement, today), initialMemberState(member));
}
