import { memberRecord, outcomeOf, TODAY } from './organisation.fixtures';
import type { MovementInput } from './member-movement.rules';
import { applyMovement, initialMemberState, movementsOf, replayMovements } from './member-movement.rules';
import type { MemberMovement, MemberState } from './party-member.types';

const present: MemberState = {
  organisationId: 'res-1',
  active: true,
  temporarilyAway: false,
  activityExempt: false,
  status: 'OFFICIAL',
  leftBy: null,
  asOf: '2025-07-01',
};
const away: MemberState = { ...present, temporarilyAway: true };
const exempt: MemberState = { ...present, activityExempt: true };
const transferredOut: MemberState = { ...present, organisationId: null, active: false, leftBy: 'TRANSFER_OUT' };
const removed: MemberState = { ...transferredOut, leftBy: 'NAME_REMOVAL' };
const dead: MemberState = { ...transferredOut, leftBy: 'DEATH' };

const on = (kind: MovementInput['kind'], toOrganisationId: string | null = null, effectiveDate = '2025-08-01'): MovementInput => ({
  kind,
  effectiveDate,
  toOrganisationId,
});

describe('applyMovement: what each movement does', () => {
  it.each<[string, MemberState, MovementInput, Partial<MemberState>]>([
    ['TRANSFER_OUT ends membership', present, on('TRANSFER_OUT'), { organisationId: null, active: false, leftBy: 'TRANSFER_OUT' }],
    ['NAME_REMOVAL ends membership', away, on('NAME_REMOVAL'), { organisationId: null, active: false, temporarilyAway: false, leftBy: 'NAME_REMOVAL' }],
    ['DEATH ends membership', exempt, on('DEATH'), { organisationId: null, active: false, activityExempt: false, leftBy: 'DEATH' }],
    ['INTERNAL_TRANSFER changes the cell', present, on('INTERNAL_TRANSFER', 'res-2'), { organisationId: 'res-2' }],
    ['INTERNAL_TRANSFER keeps an away member away', away, on('INTERNAL_TRANSFER', 'res-2'), { organisationId: 'res-2', temporarilyAway: true }],
    ['TEMPORARY_TRANSFER_OUT marks the member away', present, on('TEMPORARY_TRANSFER_OUT'), { temporarilyAway: true }],
    ['TEMPORARY_TRANSFER_RETURN brings the member back', away, on('TEMPORARY_TRANSFER_RETURN'), { temporarilyAway: false }],
    ['ACTIVITY_EXEMPTION_START exempts', present, on('ACTIVITY_EXEMPTION_START'), { activityExempt: true }],
    ['ACTIVITY_EXEMPTION_END ends the exemption', exempt, on('ACTIVITY_EXEMPTION_END'), { activityExempt: false }],
    ['TRANSFER_IN re-activates a member who transferred out', transferredOut, on('TRANSFER_IN', 'res-2'), { organisationId: 'res-2', active: true, leftBy: null }],
    ['a movement on the day of the last one', present, on('TEMPORARY_TRANSFER_OUT', null, '2025-07-01'), { temporarilyAway: true, asOf: '2025-07-01' }],
  ])('%s', (_case, state, movement, changes) => {
    expect(applyMovement(state, movement, TODAY)).toEqual({ ...state, asOf: movement.effectiveDate, ...changes });
  });
});

describe('applyMovement: the rules', () => {
  it.each<[string, MemberState, MovementInput, string]>([
    ['a movement dated after today', present, on('TEMPORARY_TRANSFER_OUT', null, '2025-09-16'), 'MEMBER.DATE_NOT_IN_FUTURE'],
    ['a movement dated before the last one', present, on('TEMPORARY_TRANSFER_OUT', null, '2025-06-30'), 'MEMBER.MOVEMENT_DATE_ORDER'],
    ['anything after death', dead, on('TRANSFER_IN', 'res-1'), 'MEMBER.NOTHING_AFTER_DEATH'],
    ['death twice', dead, on('DEATH'), 'MEMBER.NOTHING_AFTER_DEATH'],
    ['TRANSFER_OUT of a member who left', transferredOut, on('TRANSFER_OUT'), 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'],
    ['NAME_REMOVAL of a member who left', transferredOut, on('NAME_REMOVAL'), 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'],
    ['DEATH of a member who left', removed, on('DEATH'), 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'],
    ['INTERNAL_TRANSFER of a member who left', transferredOut, on('INTERNAL_TRANSFER', 'res-2'), 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'],
    ['TEMPORARY_TRANSFER_RETURN of a member who left', transferredOut, on('TEMPORARY_TRANSFER_RETURN'), 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER'],
    ['TRANSFER_IN of an active member', present, on('TRANSFER_IN', 'res-2'), 'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT'],
    ['TRANSFER_IN of a removed member', removed, on('TRANSFER_IN', 'res-2'), 'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT'],
    ['TRANSFER_IN with no destination', transferredOut, on('TRANSFER_IN'), 'MEMBER.MOVEMENT_DESTINATION'],
    ['INTERNAL_TRANSFER with no destination', present, on('INTERNAL_TRANSFER'), 'MEMBER.MOVEMENT_DESTINATION'],
    ['INTERNAL_TRANSFER to the same cell', present, on('INTERNAL_TRANSFER', 'res-1'), 'MEMBER.MOVEMENT_DESTINATION'],
    ['TEMPORARY_TRANSFER_OUT of an away member', away, on('TEMPORARY_TRANSFER_OUT'), 'MEMBER.TEMPORARY_TRANSFER_STATE'],
    ['TEMPORARY_TRANSFER_RETURN of a present member', present, on('TEMPORARY_TRANSFER_RETURN'), 'MEMBER.TEMPORARY_TRANSFER_STATE'],
    ['ACTIVITY_EXEMPTION_START of an exempt member', exempt, on('ACTIVITY_EXEMPTION_START'), 'MEMBER.ACTIVITY_EXEMPTION_STATE'],
    ['ACTIVITY_EXEMPTION_END of a member not exempt', present, on('ACTIVITY_EXEMPTION_END'), 'MEMBER.ACTIVITY_EXEMPTION_STATE'],
    ['an unknown kind', present, on('HOLIDAY' as never), 'BAD_USER_INPUT'],
    ['a malformed date', present, on('DEATH', null, '1/8/2025'), 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, state, movement, expected) => {
    expect(outcomeOf(() => applyMovement(state, movement, TODAY))).toBe(expected);
  });
});

describe('replaying a member’s movements', () => {
  const member = memberRecord({ memberId: 'm-1', organisationId: 'res-1' });
  const movement = (movementId: string, kind: MovementInput['kind'], effectiveDate: string, toOrganisationId: string | null = null, memberId = 'm-1'): MemberMovement => ({
    movementId,
    memberId,
    kind,
    effectiveDate,
    toOrganisationId,
  });

  it('starts from the registration cell on the registration day', () => {
    expect(initialMemberState(member)).toEqual(present);
  });

  it('refuses a movement before the registration', () => {
    expect(outcomeOf(() => replayMovements(member, [movement('a', 'TEMPORARY_TRANSFER_OUT', '2025-06-01')], TODAY))).toBe('MEMBER.MOVEMENT_DATE_ORDER');
  });

  it('applies the member’s movements in date order, ignoring other members’ (worked example)', () => {
    const movements = [
      movement('c', 'TEMPORARY_TRANSFER_RETURN', '2025-08-20'),
      movement('x', 'DEATH', '2025-08-01', null, 'm-other'),
      movement('a', 'TEMPORARY_TRANSFER_OUT', '2025-07-10'),
      movement('b', 'INTERNAL_TRANSFER', '2025-08-20', 'res-2'),
    ];
    expect(movementsOf('m-1', movements).map((m) => m.movementId)).toEqual(['a', 'c', 'b']);
    expect(replayMovements(member, movements, TODAY)).toEqual({ ...present, organisationId: 'res-2', asOf: '2025-08-20' });
  });

  it('throws on an impossible history', () => {
    expect(outcomeOf(() => replayMovements(member, [movement('a', 'DEATH', '2025-08-01'), movement('b', 'TRANSFER_OUT', '2025-08-02')], TODAY))).toBe(
      'MEMBER.NOTHING_AFTER_DEATH',
    );
  });
});
