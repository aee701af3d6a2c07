import { type GraphQLResponse, identityOf } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierReadyForVote, ok, setToday } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const POLICY = '{ admissionPolicy { minimumEducationLevel decisionWorkingDays competentCommitteeRole educationExceptions { code } } }';
const UPDATE = 'mutation($input: UpdateAdmissionPolicyInput!) { updateAdmissionPolicy(input: $input) { minimumEducationLevel decisionWorkingDays } }';
const CHANGES = '{ admissionPolicyChanges { key previousValue value reason changedBy changedByRole } }';
const READINESS = 'query($candidateId: ID!, $meetingDate: LocalDate!) { admissionReadiness(candidateId: $candidateId, meetingDate: $meetingDate) { readyForVote outcomes { rule status } } }';
const RESOLVE = 'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { passed } }';
const QUEUE = `query($r: [_Any!]!, $state: AdmissionDeadlineQueue!) { _entities(representations: $r) { ... on Organisation {
  deadlines(state: $state) { edges { node { dossierId kind dueOn state workingDaysLeft workingDaysLate } } } } } }`;

const errorOf = (response: GraphQLResponse<unknown>) => {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, fields: ((error?.extensions?.problems ?? []) as { field: string }[]).map((problem) => problem.field) };
};

// The board's policy table: only the board changes it, with why; readiness, the vote's refusal
// and the deadline queues all read the same values, so they move together when it changes.
describe('the board’s admission policy', () => {
  let h: Harness;
  let ward: TestWard;
  const board = identityOf('PARTY_BUILDING_BOARD');
  const committee = identityOf('WARD_STANDING_COMMITTEE');

  beforeAll(async () => {
    h = await startHarness('admission policy', { today: '2026-07-15' });
    ward = await setUpWard(h);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('starts as the seeded defaults of DOMAIN.md', async () => {
    const response = await h.gql<{ admissionPolicy: unknown }>(identityOf('CELL_SECRETARY', ward.cell), POLICY);
    expect(response.data?.admissionPolicy).toEqual({ minimumEducationLevel: 'LOWER_SECONDARY', decisionWorkingDays: 60, competentCommitteeRole: 'WARD_STANDING_COMMITTEE', educationExceptions: [] });
  });

  it('lets only the board change it, and refuses bad values naming the field, changing nothing', async () => {
    const change = { decisionWorkingDays: 45, reason: 'Nghị quyết của Ban Thường vụ' };
    expect(errorOf(await h.gql(identityOf('CELL_SECRETARY', ward.cell), UPDATE, { input: change })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(committee, UPDATE, { input: change })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(board, UPDATE, { input: { decisionWorkingDays: 0, ceremonyWorkingDays: 30, reason: 'x' } }))).toEqual({ code: 'BAD_USER_INPUT', rule: undefined, fields: ['input.decisionWorkingDays'] });
    expect(errorOf(await h.gql(board, UPDATE, { input: { competentCommitteeRole: 'CELL_SECRETARY', reason: ' ' } })).fields).toEqual(['input.reason', 'input.competentCommitteeRole']);
    expect(errorOf(await h.gql(board, UPDATE, { input: { educationExceptions: [{ code: 'remote', minimumLevel: 'PRIMARY', basis: 'x' }], reason: 'x' } })).fields).toEqual(['input.educationExceptions.0.code']);
    expect((await h.gql<{ admissionPolicyChanges: unknown[] }>(board, CHANGES)).data?.admissionPolicyChanges).toEqual([]);
    expect(await h.sql("select key from admission_policy_setting where updated_by <> 'migration'")).toEqual([]);
  });

  it('moves readiness and the vote’s refusal together when the board changes a value', async () => {
    const secretary = identityOf('CELL_SECRETARY', ward.cell);
    const { candidateId, dossierId } = await dossierReadyForVote(h, ward);
    const education = async () => {
      const response = await h.gql<{ admissionReadiness: { readyForVote: boolean; outcomes: { rule: string; status: string }[] } }>(secretary, READINESS, { candidateId, meetingDate: '2026-07-15' });
      const { readyForVote, outcomes } = response.data!.admissionReadiness;
      return { readyForVote, education: outcomes.find((outcome) => outcome.rule === 'ADMISSION.EDUCATION')?.status };
    };
    const vote = () => h.gql(secretary, RESOLVE, { input: { dossierId, meetingDate: '2026-07-15', presentMemberIds: ward.officialMembers, inFavour: 3 } });
    expect(await education()).toEqual({ readyForVote: true, education: 'MET' });

    // The candidate has a university degree: a minimum above it blocks both the answer and the write.
    await ok(h, board, UPDATE, { minimumEducationLevel: 'POSTGRADUATE', reason: 'Thử nghiệm mức tối thiểu' });
    expect(await education()).toEqual({ readyForVote: false, education: 'NOT_MET' });
    expect(errorOf(await vote())).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ADMISSION.EDUCATION' });
    expect(await h.sql('select id from cell_resolution where dossier_id = ?', [dossierId])).toEqual([]);

    await ok(h, board, UPDATE, { minimumEducationLevel: 'LOWER_SECONDARY', reason: 'Trở lại mức của Điều lệ' });
    expect(await education()).toEqual({ readyForVote: true, education: 'MET' });
    expect(errorOf(await vote()).code).toBeUndefined();

    const changes = (await h.gql<{ admissionPolicyChanges: unknown[] }>(board, CHANGES)).data!.admissionPolicyChanges;
    expect(changes).toEqual([
      { key: 'minimumEducationLevel', previousValue: '"LOWER_SECONDARY"', value: '"POSTGRADUATE"', reason: 'Thử nghiệm mức tối thiểu', changedBy: board.userId, changedByRole: 'PARTY_BUILDING_BOARD' },
      { key: 'minimumEducationLevel', previousValue: '"POSTGRADUATE"', value: '"LOWER_SECONDARY"', reason: 'Trở lại mức của Điều lệ', changedBy: board.userId, changedByRole: 'PARTY_BUILDING_BOARD' },
    ]);
  });

  it('recounts the open decision deadline on a changed length, in the queue and in the decision’s late flag', async () => {
    const queue = async (state: 'OVERDUE' | 'DUE_SOON') => {
      const response = await h.gqlSubgraph<{ _entities: { deadlines: { edges: { node: Record<string, unknown> }[] } }[] }>(committee, QUEUE, { r: [{ __typename: 'Organisation', id: ward.ward }], state });
      return response.data!._entities[0].deadlines.edges.map((edge) => edge.node);
    };
    // The vote above passed on Wed 15 July 2026: on the default 60 working days nothing is due for months.
    setToday(h, '2026-07-20');
    expect(await queue('OVERDUE')).toEqual([]);
    // 3 working days (Thu 16, Fri 17, Mon 20 July): due today.
    await ok(h, board, UPDATE, { decisionWorkingDays: 3, reason: 'Rút ngắn theo hướng dẫn mới' });
    expect(await queue('DUE_SOON')).toEqual([expect.objectContaining({ kind: 'DECISION', dueOn: '2026-07-20', state: 'DUE_SOON', workingDaysLeft: 0 })]);
    setToday(h, '2026-07-22');
    expect(await queue('OVERDUE')).toEqual([expect.objectContaining({ kind: 'DECISION', dueOn: '2026-07-20', workingDaysLate: 2 })]);
    const decided = await ok<{ late: boolean }>(h, committee, 'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { late } }', {
      dossierId: (await h.sql<{ id: string }>("select id from admission_dossier where status = 'CELL_RESOLVED'"))[0].id,
      decisionNumber: '77-QĐ/ĐU',
      decisionDate: '2026-07-22',
    });
    expect(decided).toEqual({ late: true });
  });

  it('names the competent committee: another role the board names decides, the standing committee is then refused', async () => {
    await ok(h, board, UPDATE, { competentCommitteeRole: 'PARTY_BUILDING_BOARD', reason: 'Ủy quyền theo quyết định' });
    const extend = (identity: ReturnType<typeof identityOf>) =>
      h.gql(identity, 'mutation($input: ExtendAdmissionDeadlineInput!) { extendAdmissionDeadline(input: $input) { dueOn } }', {
        input: { dossierId: '00000000-0000-4000-8000-000000000000', kind: 'DECISION', workingDays: 5, reason: 'x' },
      });
    expect(errorOf(await extend(committee))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ADMISSION.COMPETENT_COMMITTEE' });
    // The board passes the committee check and reaches the dossier, unknown here.
    expect(errorOf(await extend(board)).code).toBe('NOT_FOUND');
    await ok(h, board, UPDATE, { competentCommitteeRole: 'WARD_STANDING_COMMITTEE', reason: 'Hết ủy quyền' });
  });
});
