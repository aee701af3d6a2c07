import { memberRecord, outcomeOf, wardVersions } from './organisation.fixtures';
import { placementPeriods } from './member-count.query';
import type { MemberMovement, MemberWithPeriods } from './party-member.types';
import type { SupervisionAssignment } from './supervision.rules';
import { endSupervisionAssignment, planSupervisionAssignment, supervisorsOn } from './supervision.rules';

const versions = wardVersions();
const official = memberRecord({ memberId: 'cm-1', organisationId: 'agencies' });
const supervisorWith = (member = official, movements: MemberMovement[] = []): MemberWithPeriods => ({ member, periods: placementPeriods(member, movements) });
const assignments: SupervisionAssignment[] = [
  { assignmentId: 'a-1', committeeMemberId: 'cm-1', organisationId: 'hospital', validFrom: '2025-07-01', validTo: '2025-09-01' },
  { assignmentId: 'a-2', committeeMemberId: 'cm-2', organisationId: 'school', validFrom: '2025-07-01', validTo: null },
];
const assign = (input: Partial<SupervisionAssignment>, supervisor = supervisorWith()) =>
  planSupervisionAssignment(
    { assignmentId: 'a-new', committeeMemberId: 'cm-1', organisationId: 'school', validFrom: '2025-09-01', validTo: null, ...input },
    { versions, assignments, supervisor },
  );

describe('planSupervisionAssignment', () => {
  it.each<[string, Partial<SupervisionAssignment>, string]>([
    ['an open assignment to a grassroots committee', {}, 'OK'],
    ['a bounded assignment', { validTo: '2026-01-01' }, 'OK'],
    ['the same organisation as another committee member', { organisationId: 'school', committeeMemberId: 'cm-1' }, 'OK'],
    ['the same organisation again after the first assignment ended', { organisationId: 'hospital', validFrom: '2025-09-01' }, 'OK'],
    ['an end before the start', { validTo: '2025-08-01' }, 'ORG.SUPERVISION_PERIOD'],
    ['an end on the start day', { validTo: '2025-09-01' }, 'ORG.SUPERVISION_PERIOD'],
    ['an organisation closed on the start day', { organisationId: 'old' }, 'ORG.ORGANISATION_ACTIVE'],
    ['an organisation that does not exist', { organisationId: 'nowhere' }, 'ORG.ORGANISATION_ACTIVE'],
    ['an overlapping assignment to the same organisation', { organisationId: 'hospital', validFrom: '2025-08-01' }, 'CONFLICT'],
    ['a malformed date', { validFrom: '2025-9-1' }, 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, input, expected) => {
    expect(outcomeOf(() => assign(input))).toBe(expected);
  });

  const probationer = memberRecord({ memberId: 'cm-1', organisationId: 'agencies', status: 'PROBATIONARY', admissionDecisionDate: '2025-03-10', ceremonyDate: '2025-03-26', officialDate: null });
  const leaver: MemberMovement = { movementId: 'mv', memberId: 'cm-1', kind: 'TRANSFER_OUT', effectiveDate: '2025-08-01', toOrganisationId: null };
  it.each<[string, MemberWithPeriods, string]>([
    ['an active official member', supervisorWith(), 'OK'],
    ['a probationary member', supervisorWith(probationer), 'ORG.SUPERVISOR_ACTIVE_OFFICIAL'],
    ['a member who transferred out', supervisorWith(official, [leaver]), 'ORG.SUPERVISOR_ACTIVE_OFFICIAL'],
    ['a member not yet registered', supervisorWith(memberRecord({ memberId: 'cm-1', registeredOn: '2025-09-10' })), 'ORG.SUPERVISOR_ACTIVE_OFFICIAL'],
  ])('supervised by %s → %s', (_case, supervisor, expected) => {
    expect(outcomeOf(() => assign({}, supervisor))).toBe(expected);
  });
});

describe('ending and reading assignments', () => {
  it.each<[string, SupervisionAssignment, string, string]>([
    ['an open assignment', assignments[1], '2026-01-01', 'OK'],
    ['shortening an assignment', assignments[0], '2025-08-01', 'OK'],
    ['lengthening an assignment', assignments[0], '2025-10-01', 'ORG.SUPERVISION_PERIOD'],
    ['ending it on its first day', assignments[1], '2025-07-01', 'ORG.SUPERVISION_PERIOD'],
    ['a malformed date', assignments[1], '2026', 'BAD_USER_INPUT'],
  ])('%s → %s', (_case, assignment, validTo, expected) => {
    expect(outcomeOf(() => endSupervisionAssignment(assignment, validTo))).toBe(expected);
  });

  it('returns the ended assignment', () => {
    expect(endSupervisionAssignment(assignments[1], '2026-01-01')).toEqual({ ...assignments[1], validTo: '2026-01-01' });
  });

  it.each([
    ['hospital', '2025-08-31', ['a-1']],
    ['hospital', '2025-09-01', []],
    ['school', '2030-01-01', ['a-2']],
  ])('supervisors of %s on %s', (organisationId, date, expected) => {
    expect(supervisorsOn(assignments, organisationId, date).map((a) => a.assignmentId)).toEqual(expected);
  });
});
