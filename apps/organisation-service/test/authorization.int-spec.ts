import { randomUUID } from 'node:crypto';
import { auditor, committeeMember, errorOf, massOrgStaff, secretaryOf, trainingCentre } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const id = randomUUID();
const date = '2026-01-01';

/** Every mutation, with variables of the right shape: authorisation is decided before anything else. */
const MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['registerOrganisation', 'mutation($i: RegisterOrganisationInput!) { registerOrganisation(input: $i) { id } }', { i: { parentId: id, kind: 'PARTY_CELL', sector: 'OTHER', code: 'X', name: 'X', validFrom: date, reason: 'r' } }],
  ['reviseOrganisation', 'mutation($i: ReviseOrganisationInput!) { reviseOrganisation(input: $i) { id } }', { i: { organisationId: id, effectiveDate: date, name: 'Y', reason: 'r' } }],
  ['moveOrganisation', 'mutation($i: MoveOrganisationInput!) { moveOrganisation(input: $i) { id } }', { i: { organisationId: id, parentId: id, effectiveDate: date, reason: 'r' } }],
  ['closeOrganisation', 'mutation($i: CloseOrganisationInput!) { closeOrganisation(input: $i) { closure { reason } } }', { i: { organisationId: id, effectiveDate: date, reason: 'r' } }],
  ['mergeOrganisations', 'mutation($i: MergeOrganisationsInput!) { mergeOrganisations(input: $i) { membersMoved } }', { i: { sourceIds: [id], targetId: randomUUID(), effectiveDate: date, reason: 'r' } }],
  ['splitOrganisation', 'mutation($i: SplitOrganisationInput!) { splitOrganisation(input: $i) { membersMoved } }', { i: { sourceId: id, newOrganisations: [], memberAllocations: [], childAllocations: [], effectiveDate: date, reason: 'r' } }],
  ['setTargetExemption', 'mutation($i: SetTargetExemptionInput!) { setTargetExemption(input: $i) { id } }', { i: { organisationId: id, year: 2026, reason: 'SOURCE_EXHAUSTED' } }],
  ['revokeTargetExemption', 'mutation($i: RevokeTargetExemptionInput!) { revokeTargetExemption(input: $i) { id } }', { i: { exemptionId: id } }],
  ['assignSupervision', 'mutation($i: AssignSupervisionInput!) { assignSupervision(input: $i) { id } }', { i: { committeeMemberId: id, organisationId: id, validFrom: date } }],
  ['endSupervision', 'mutation($i: EndSupervisionInput!) { endSupervision(input: $i) { id } }', { i: { assignmentId: id, validTo: date } }],
  ['registerMember', 'mutation($i: RegisterMemberInput!) { registerMember(input: $i) { id } }', { i: { organisationId: id, fullName: 'A B', dateOfBirth: '1980-01-01', gender: 'MALE', status: 'OFFICIAL' } }],
  ['completeMemberRecord', 'mutation($i: CompleteMemberRecordInput!) { completeMemberRecord(input: $i) { id } }', { i: { memberId: id, fullName: 'A B', dateOfBirth: '1980-01-01', gender: 'MALE' } }],
  ['correctMemberRecord', 'mutation($i: CorrectMemberRecordInput!) { correctMemberRecord(input: $i) { id } }', { i: { memberId: id, fullName: 'A C', reason: 'r' } }],
  ['recordMemberMovement', 'mutation($i: RecordMemberMovementInput!) { recordMemberMovement(input: $i) { movement { id } } }', { i: { memberId: id, kind: 'DEATH', effectiveDate: date, reason: 'r' } }],
  ['recogniseOfficialMember', 'mutation($i: RecogniseOfficialMemberInput!) { recogniseOfficialMember(input: $i) { id } }', { i: { memberId: id, decisionDate: date } }],
  ['updateOrganisationPolicy', 'mutation($i: UpdateOrganisationPolicyInput!) { updateOrganisationPolicy(input: $i) { planLastYear } }', { i: { maxFutureDays: 0, planFirstYear: 2025, planLastYear: 2030, minOfficialMembersToVote: 3 } }],
];

const MEMBER_READS: [string, string, Record<string, unknown>][] = [
  ['member', 'query($id: ID!) { member(id: $id) { id } }', { id }],
  ['members', '{ members { totalCount } }', {}],
  ['memberCounts', 'query($id: ID!) { memberCounts(organisationId: $id) { total } }', { id }],
  ['supervisionAssignments', '{ supervisionAssignments { id } }', {}],
  ['organisationPolicy', '{ organisationPolicy { planLastYear } }', {}],
];

describe('authorisation of every operation', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('authorisation');
  });

  afterAll(async () => {
    await h?.stop();
  });

  it.each(MUTATIONS)('%s: anonymous → UNAUTHENTICATED; readers and tree-only roles → FORBIDDEN', async (_name, query, variables) => {
    expect(errorOf(await h.gql(null, query, variables)).code).toBe('UNAUTHENTICATED');
    for (const who of [auditor, committeeMember, trainingCentre, massOrgStaff]) {
      expect({ who: who.role, code: errorOf(await h.gql(who, query, variables)).code }).toEqual({ who: who.role, code: 'FORBIDDEN' });
    }
  });

  it.each(MUTATIONS.filter(([name]) => !['registerMember', 'completeMemberRecord', 'correctMemberRecord', 'recordMemberMovement'].includes(name)))(
    '%s: a cell secretary → FORBIDDEN (ward-wide change)',
    async (_name, query, variables) => {
      expect(errorOf(await h.gql(secretaryOf(randomUUID()), query, variables)).code).toBe('FORBIDDEN');
    },
  );

  it.each(MEMBER_READS)('%s: tree-only roles → FORBIDDEN, anonymous → UNAUTHENTICATED', async (_name, query, variables) => {
    expect(errorOf(await h.gql(null, query, variables)).code).toBe('UNAUTHENTICATED');
    for (const who of [trainingCentre, massOrgStaff]) expect(errorOf(await h.gql(who, query, variables)).code).toBe('FORBIDDEN');
  });

  it('changes nothing on any refusal', async () => {
    const rows = await h.sql<{ n: string }>(
      `select (select count(*) from organisation_version) + (select count(*) from party_member) + (select count(*) from target_exemption)
            + (select count(*) from supervision_assignment) + (select count(*) from outbox_event) as n`,
    );
    expect(Number(rows[0].n)).toBe(0);
  });
});
