import { randomUUID } from 'node:crypto';
import { admissionAnnulled, admissionDecided, candidateWithdrawn, dossierClosed, memberRegistered, officialRecognitionGranted, organisationRegistered, probationaryNameRemoved } from '@pdv/contracts';
import { registeredOrganisation } from './support/organisations';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierInProbation, dossierResolvedByCell, ok, registerAdmittedMember, setToday } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const EXTEND = 'mutation($input: ExtendAdmissionDeadlineInput!) { extendAdmissionDeadline(input: $input) { dossierId kind rule dueOn state workingDaysLeft workingDaysLate extensionWorkingDays } }';
const DECIDE = 'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { decisionDate workingDaysAfterResolution late } }';
const VOTE = 'mutation($input: RecordRecognitionResolutionInput!) { recordRecognitionResolution(input: $input) { purpose meetingDate base inFavour required passed } }';
const RECOGNISE = 'mutation($input: RecordRecognitionDecisionInput!) { recordRecognitionDecision(input: $input) { dossierId outcome decisionNumber decisionDate officialFrom nameRemovedOn reason late } }';
const ANNUL = 'mutation($input: CloseAdmissionDossierInput!) { annulAdmission(input: $input) { id status closedOn closeReason } }';
const STATUS = 'query($id: ID!) { admissionDossier(id: $id) { status } }';

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule };
}

const papers = { selfReviewOn: '2027-07-10', mentorCommentsOn: '2027-07-12', organisationCommentsOn: '2027-07-14' };

// Steps 8–11 through the gateway: the decision and its deadline, probation, the recognition
// vote and decision, removal of the name and annulment, with the events on the bus.
describe('decision, probation and official recognition through the gateway', () => {
  let h: Harness;
  let ward: TestWard;
  let secretary: ReturnType<typeof identityOf>;
  const committee = identityOf('WARD_STANDING_COMMITTEE');
  const eventOf = async (type: string, dossierId: string) =>
    waitFor(async () => (await h.streamEvents('ADMISSION')).find((envelope) => envelope.type === type && envelope.aggregateId === dossierId), { what: type });
  const statusOf = async (id: string) => (await h.gql<{ admissionDossier: { status: string } }>(committee, STATUS, { id })).data!.admissionDossier.status;

  beforeAll(async () => {
    h = await startHarness('recognition', { today: '2026-07-15' });
    ward = await setUpWard(h);
    secretary = identityOf('CELL_SECRETARY', ward.cell);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  beforeEach(() => setToday(h, '2026-07-15'));

  it('extends the decision deadline once with a reason, then decides and publishes admission.decision.made', async () => {
    const { candidateId, dossierId } = await dossierResolvedByCell(h, ward, '2026-07-15');
    const extend = (identity: ReturnType<typeof identityOf>, input: Record<string, unknown>) => h.gql(identity, EXTEND, { input: { dossierId, kind: 'DECISION', ...input } });
    expect(errorOf(await extend(secretary, { workingDays: 10, reason: 'Chờ thẩm tra bổ sung' })).code).toBe('FORBIDDEN');
    expect(errorOf(await extend(identityOf('PARTY_BUILDING_BOARD'), { workingDays: 10, reason: 'x' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.COMPETENT_COMMITTEE' });
    expect(errorOf(await extend(committee, { workingDays: 31, reason: 'Chờ thẩm tra bổ sung' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DEADLINE_EXTENSION' });
    expect(errorOf(await extend(committee, { workingDays: 10, reason: ' ' })).code).toBe('BAD_USER_INPUT');
    expect(await h.sql('select dossier_id from deadline_extension where dossier_id = ?', [dossierId])).toEqual([]);

    // 60 working days from Wed 15 July 2026, and 10 more, across the National Day holidays: Fri 23 October.
    const extended = await ok(h, committee, EXTEND, { dossierId, kind: 'DECISION', workingDays: 10, reason: 'Chờ thẩm tra bổ sung' });
    expect(extended).toEqual({ dossierId, kind: 'DECISION', rule: 'ADMISSION.DECISION_DEADLINE', dueOn: '2026-10-23', state: 'OPEN', workingDaysLeft: 70, workingDaysLate: null, extensionWorkingDays: 10 });
    expect(errorOf(await extend(committee, { workingDays: 5, reason: 'Lần nữa' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DEADLINE_EXTENSION' });

    const decided = await ok(h, committee, DECIDE, { dossierId, decisionNumber: '130-QĐ/ĐU', decisionDate: '2026-07-15', receivedOn: '2026-07-15' });
    expect(decided).toEqual({ decisionDate: '2026-07-15', workingDaysAfterResolution: 0, late: false });
    const event = await eventOf(admissionDecided.type, dossierId);
    expect(event.data).toEqual({ dossierId, candidateId, cellId: ward.cell, decisionDate: '2026-07-15', receivedOn: '2026-07-15' });
    expect(errorOf(await extend(committee, { workingDays: 5, reason: 'x', kind: 'RECOGNITION_DECISION' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DEADLINE_EXTENSION' });
  });

  it('twelve months after the ceremony the cell votes on recognition and the member is official from the end of the 12 months, however late the decision', async () => {
    const { candidateId, dossierId } = await dossierInProbation(h, ward, '2026-07-15');
    setToday(h, '2027-09-06');
    const vote = (input: Record<string, unknown>) => h.gql(secretary, VOTE, { input: { dossierId, meetingDate: '2027-07-15', presentMemberIds: ward.officialMembers, inFavour: 2, ...papers, ...input } });
    expect(errorOf(await vote({ meetingDate: '2027-07-14', organisationCommentsOn: '2027-07-13' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'RECOGNITION.AFTER_PROBATION' });
    expect(errorOf(await vote({ mentorCommentsOn: null }))).toEqual({ code: 'RULE_VIOLATION', rule: 'RECOGNITION.DOCUMENTS' });
    expect(errorOf(await vote({}))).toEqual({ code: 'RULE_VIOLATION', rule: 'RECOGNITION.NEW_MEMBER_COURSE' });
    expect(await h.sql('select id from cell_resolution where dossier_id = ? and purpose = ?', [dossierId, 'RECOGNITION'])).toEqual([]);

    const memberId = await registerAdmittedMember(h, ward, candidateId, { issuedOn: '2026-10-08' });
    const passed = await vote({});
    expect(passed.errors).toBeUndefined();
    expect(passed.data).toEqual({ recordRecognitionResolution: { purpose: 'RECOGNITION', meetingDate: '2027-07-15', base: 3, inFavour: 2, required: 2, passed: true } });
    expect(await statusOf(dossierId)).toBe('PROBATION');

    const decision = { dossierId, outcome: 'RECOGNISED', decisionNumber: '88-QĐ/ĐU', decisionDate: '2027-09-06' };
    expect(errorOf(await h.gql(secretary, RECOGNISE, { input: decision })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(identityOf('PARTY_BUILDING_BOARD'), RECOGNISE, { input: decision }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.COMPETENT_COMMITTEE' });
    expect(errorOf(await h.gql(committee, RECOGNISE, { input: { ...decision, reason: 'x' } })).code).toBe('BAD_USER_INPUT');
    // 30 working days from Thu 15 July 2027 fall on Wed 25 August (2 and 3 September are off): 6 September is late.
    const recognised = await ok(h, committee, RECOGNISE, decision);
    expect(recognised).toEqual({ ...decision, officialFrom: '2027-07-15', nameRemovedOn: null, reason: null, late: true });
    expect(await statusOf(dossierId)).toBe('OFFICIAL');
    const granted = await eventOf(officialRecognitionGranted.type, dossierId);
    expect(granted.data).toEqual({ dossierId, candidateId, memberId, officialDate: '2027-07-15', decisionDate: '2027-09-06' });

    // A wrongful admission found later: annulled by the committee, with a reason that stays here.
    expect(errorOf(await h.gql(secretary, ANNUL, { input: { dossierId, reason: 'Kê khai lý lịch không trung thực' } })).code).toBe('FORBIDDEN');
    const annulled = await ok(h, committee, ANNUL, { dossierId, reason: 'Kê khai lý lịch không trung thực' });
    expect(annulled).toEqual({ id: dossierId, status: 'ANNULLED', closedOn: '2027-09-06', closeReason: 'Kê khai lý lịch không trung thực' });
    const annulment = await eventOf(admissionAnnulled.type, dossierId);
    expect(annulment.data).toEqual({ dossierId, candidateId, cellId: ward.cell, memberId, annulledOn: '2027-09-06' });
    expect(JSON.stringify(annulment)).not.toContain('lý lịch');
    expect(errorOf(await h.gql(committee, ANNUL, { input: { dossierId, reason: 'again' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.TRANSITION_NOT_ALLOWED' });
  });

  it('removes the name after a failed recognition vote; recognition is refused then', async () => {
    const { candidateId, dossierId } = await dossierInProbation(h, ward, '2026-07-15');
    const memberId = await registerAdmittedMember(h, ward, candidateId, { issuedOn: '2026-10-08' });
    setToday(h, '2027-07-20');
    const failed = await ok(h, secretary, VOTE, { dossierId, meetingDate: '2027-07-20', presentMemberIds: ward.officialMembers, inFavour: 1, ...papers });
    expect(failed).toMatchObject({ passed: false, required: 2 });
    const decision = { dossierId, decisionNumber: '90-QĐ/ĐU', decisionDate: '2027-07-20' };
    expect(errorOf(await h.gql(committee, RECOGNISE, { input: { ...decision, outcome: 'RECOGNISED' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'RECOGNITION.NAME_REMOVAL' });
    expect(errorOf(await h.gql(committee, RECOGNISE, { input: { ...decision, outcome: 'NAME_REMOVED' } })).code).toBe('BAD_USER_INPUT');
    const removed = await ok(h, committee, RECOGNISE, { ...decision, outcome: 'NAME_REMOVED', reason: 'Không đủ tiêu chuẩn đảng viên chính thức' });
    expect(removed).toMatchObject({ outcome: 'NAME_REMOVED', officialFrom: null, nameRemovedOn: '2027-07-20', late: false });
    expect(await statusOf(dossierId)).toBe('NAME_REMOVED');
    const event = await eventOf(probationaryNameRemoved.type, dossierId);
    expect(event.data).toEqual({ dossierId, candidateId, memberId, effectiveDate: '2027-07-20' });
    expect(JSON.stringify(event)).not.toContain('tiêu chuẩn');
  });

  it('closes the dossier of a candidate sourcing withdraws before the ceremony, and leaves a probationary member’s alone', async () => {
    const resolved = await dossierResolvedByCell(h, ward, '2026-07-15');
    const admitted = await dossierInProbation(h, ward, '2026-07-15');
    for (const { candidateId } of [resolved, admitted]) await h.publish(candidateWithdrawn, candidateId, { candidateId, reason: 'MOVED_AWAY', withdrawnOn: '2026-07-15' });
    const closing = await eventOf(dossierClosed.type, resolved.dossierId);
    expect(closing.data).toEqual({ dossierId: resolved.dossierId, candidateId: resolved.candidateId, cellId: ward.cell, outcome: 'WITHDRAWN', closedOn: '2026-07-15' });
    expect(await statusOf(resolved.dossierId)).toBe('WITHDRAWN');
    await waitFor(async () => (await h.sql<{ withdrawn_on: string | null }>('select withdrawn_on from candidate_facts where id = ?', [admitted.candidateId]))[0].withdrawn_on !== null, { what: 'the second withdrawal applied' });
    expect(await statusOf(admitted.dossierId)).toBe('PROBATION');
  });

  it('answers the federated fields: Organisation.dossiers by page, Candidate.dossier and readiness, PartyMember.probation, the dossier entity', async () => {
    const first = await dossierInProbation(h, ward, '2026-07-15');
    const second = await dossierInProbation(h, ward, '2026-07-15');
    const memberId = await registerAdmittedMember(h, ward, second.candidateId, null);
    const entities = async <T>(identity: ReturnType<typeof identityOf>, selection: string, representations: Record<string, string>[]) => {
      const response = await h.gqlSubgraph<{ _entities: T[] }>(identity, `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations });
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data!._entities;
    };
    type Page = { dossiers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string; status: string } }[] } };
    const pageOf = (after: string | null) =>
      entities<Page>(committee, `... on Organisation { dossiers(status: PROBATION, first: 1, after: ${after ? `"${after}"` : 'null'}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } } }`, [
        { __typename: 'Organisation', id: ward.ward },
      ]);
    const [page1] = await pageOf(null);
    const [page2] = await pageOf(page1.dossiers.pageInfo.endCursor);
    const seen = [...page1.dossiers.edges, ...page2.dossiers.edges].map((edge) => edge.node.id);
    expect(page1.dossiers.totalCount).toBeGreaterThanOrEqual(2);
    expect(page1.dossiers.pageInfo.hasNextPage).toBe(true);
    expect(new Set(seen).size).toBe(2);
    expect(seen).toContain(second.dossierId); // newest first

    const candidates = await entities<{ dossier: { id: string; status: string }; admissionReadiness: { readyForVote: boolean } }>(
      secretary,
      '... on Candidate { dossier { id status } admissionReadiness(meetingDate: "2026-07-15") { readyForVote } }',
      [first, second].map(({ candidateId }) => ({ __typename: 'Candidate', id: candidateId })),
    );
    expect(candidates.map((candidate) => candidate.dossier)).toEqual([
      { id: first.dossierId, status: 'PROBATION' },
      { id: second.dossierId, status: 'PROBATION' },
    ]);
    const other = identityOf('CELL_SECRETARY', ward.otherCell);
    expect((await entities<{ dossier: unknown }>(other, '... on Candidate { dossier { id } }', [{ __typename: 'Candidate', id: first.candidateId }]))[0].dossier).toBeNull();

    const [member] = await entities<{ probation: { dossierId: string; startsOn: string; endsOn: string } }>(committee, '... on PartyMember { probation { dossierId startsOn endsOn } }', [{ __typename: 'PartyMember', id: memberId }]);
    expect(member.probation).toEqual({ dossierId: second.dossierId, startsOn: '2026-07-15', endsOn: '2027-07-15' });
    const [dossier] = await entities<{ id: string; status: string }>(committee, '... on AdmissionDossier { id status candidate { id } cell { id } }', [{ __typename: 'AdmissionDossier', id: first.dossierId }]);
    expect(dossier).toEqual({ id: first.dossierId, status: 'PROBATION', candidate: { id: first.candidateId }, cell: { id: ward.cell } });
  });

  it('under a grassroots committee, the decision waits for its resolution at two thirds of its members', async () => {
    const [committeeOrg, partyCell] = [randomUUID(), randomUUID()];
    await h.publish(organisationRegistered, committeeOrg, registeredOrganisation(committeeOrg, ward.ward, 'GRASSROOTS_COMMITTEE', 'DU-CS'));
    await h.publish(organisationRegistered, partyCell, registeredOrganisation(partyCell, committeeOrg, 'PARTY_CELL', 'CB-CS-1'));
    const officialMembers = [randomUUID(), randomUUID(), randomUUID()];
    for (const memberId of officialMembers) {
      await h.publish(memberRegistered, memberId, { memberId, organisationId: partyCell, status: 'OFFICIAL', active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: null });
    }
    await waitFor(async () => (await h.sql('select id from member_read_model where organisation_id = ?', [partyCell])).length === 3, { what: 'the party cell’s roll' });
    const underCommittee: TestWard = { ...ward, ward: committeeOrg, cell: partyCell, officialMembers };
    const { dossierId } = await dossierResolvedByCell(h, underCommittee, '2026-07-15');
    const decision = { dossierId, decisionNumber: '140-QĐ/ĐU', decisionDate: '2026-07-15' };
    expect(errorOf(await h.gql(committee, DECIDE, { input: decision }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.TRANSITION_NOT_ALLOWED' });

    const GRASSROOTS = 'mutation($input: RecordGrassrootsResolutionInput!) { recordGrassrootsResolution(input: $input) { committeeMembers inFavour required passed } }';
    const vote = (identity: ReturnType<typeof identityOf>, inFavour: number, committeeMembers = 9) => h.gql(identity, GRASSROOTS, { input: { dossierId, meetingDate: '2026-07-15', committeeMembers, inFavour } });
    expect(errorOf(await vote(identityOf('CELL_SECRETARY', partyCell), 6)).code).toBe('FORBIDDEN');
    expect(errorOf(await vote(committee, 10)).code).toBe('BAD_USER_INPUT');
    expect((await vote(committee, 5)).data).toEqual({ recordGrassrootsResolution: { committeeMembers: 9, inFavour: 5, required: 6, passed: false } });
    expect(await statusOf(dossierId)).toBe('CELL_RESOLVED');
    expect((await vote(committee, 6)).data).toEqual({ recordGrassrootsResolution: { committeeMembers: 9, inFavour: 6, required: 6, passed: true } });
    expect(await statusOf(dossierId)).toBe('GRASSROOTS_RESOLVED');
    expect(await ok(h, committee, DECIDE, decision)).toMatchObject({ decisionDate: '2026-07-15', late: false });

    // A cell straight under the ward has no grassroots committee to resolve.
    const direct = await dossierResolvedByCell(h, ward, '2026-07-15');
    expect(errorOf(await h.gql(committee, GRASSROOTS, { input: { dossierId: direct.dossierId, meetingDate: '2026-07-15', committeeMembers: 9, inFavour: 9 } })).code).toBe('BAD_USER_INPUT');
  });
});
