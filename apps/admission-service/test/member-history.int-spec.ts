import { admissionDeadlineOverdue } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierResolvedByCell, ok, setToday } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const QUEUE = `query($r: [_Any!]!, $state: AdmissionDeadlineQueue!) { _entities(representations: $r) { ... on Organisation {
  deadlines(state: $state) { edges { node { dossierId kind rule dueOn state workingDaysLeft workingDaysLate } } } } } }`;
const DECIDE = 'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { decisionDate } }';
const CEREMONY = 'mutation($input: RecordAdmissionCeremonyInput!) { recordAdmissionCeremony(input: $input) { startsOn endsOn } }';
const COMPLETED = 'mutation($input: RecordMemberHistoryCompletedInput!) { recordMemberHistoryCompleted(input: $input) { kind rule dueOn state workingDaysLate } }';

const errorOf = (response: GraphQLResponse<unknown>) => ({ code: response.errors?.[0]?.extensions?.code, rule: response.errors?.[0]?.extensions?.rule });

// Step 9 after the ceremony: the member history's 30 working days across Tết 2026, in the
// queues and the overdue sweep until it is recorded; and the ceremony's 30 working days
// counted from the receipt the ceremony itself records.
describe('the member history deadline, and the ceremony’s own receipt of the decision', () => {
  let h: Harness;
  let ward: TestWard;
  let admitted: string;
  let decided: string;
  const committee = identityOf('WARD_STANDING_COMMITTEE');
  let secretary: ReturnType<typeof identityOf>;
  const queue = async (state: 'OVERDUE' | 'DUE_SOON') => {
    const response = await h.gqlSubgraph<{ _entities: { deadlines: { edges: { node: { dossierId: string; kind: string } & Record<string, unknown> }[] } }[] }>(committee, QUEUE, {
      r: [{ __typename: 'Organisation', id: ward.cell }],
      state,
    });
    return response.data!._entities[0].deadlines.edges.map((edge) => edge.node);
  };

  beforeAll(async () => {
    h = await startHarness('member history', { today: '2026-01-30' });
    ward = await setUpWard(h);
    secretary = identityOf('CELL_SECRETARY', ward.cell);
    // Both decided on Fri 30 January 2026, received that day as far as the decision says; the first admitted the same day.
    for (const index of [0, 1]) {
      const { dossierId } = await dossierResolvedByCell(h, ward, '2026-01-30', '2026-01');
      await ok(h, committee, DECIDE, { dossierId, decisionNumber: `${index + 1}-QĐ/ĐU`, decisionDate: '2026-01-30' });
      if (index === 0) admitted = dossierId;
      else decided = dossierId;
    }
    await ok(h, secretary, CEREMONY, { dossierId: admitted, ceremonyDate: '2026-01-30', mentorMemberId: ward.officialMembers[2] });
  }, 120_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('queues the member history from the ceremony across Tết: due Fri 20 March, due soon at 5 working days, then overdue and announced once', async () => {
    setToday(h, '2026-03-12');
    expect((await queue('DUE_SOON')).filter((item) => item.dossierId === admitted)).toEqual([]);
    setToday(h, '2026-03-13');
    expect((await queue('DUE_SOON')).filter((item) => item.dossierId === admitted)).toEqual([
      { dossierId: admitted, kind: 'MEMBER_HISTORY', rule: 'ADMISSION.MEMBER_HISTORY_DEADLINE', dueOn: '2026-03-20', state: 'DUE_SOON', workingDaysLeft: 5, workingDaysLate: null },
    ]);
    setToday(h, '2026-03-23');
    expect((await queue('OVERDUE')).filter((item) => item.dossierId === admitted)).toEqual([expect.objectContaining({ kind: 'MEMBER_HISTORY', dueOn: '2026-03-20', workingDaysLate: 1 })]);
    await h.service.sweepOverdueDeadlines();
    expect(await h.service.sweepOverdueDeadlines()).toBe(0);
    const announced = await waitFor(
      async () => {
        const events = (await h.streamEvents('ADMISSION')).filter((envelope) => envelope.type === admissionDeadlineOverdue.type && (envelope.data as { dossierId: string }).dossierId === admitted);
        return events.length > 0 ? events : undefined;
      },
      { what: 'admission.deadline.overdue for the member history' },
    );
    expect(announced.map((envelope) => envelope.data)).toEqual([expect.objectContaining({ deadline: 'MEMBER_HISTORY', dueOn: '2026-03-20', foundOn: '2026-03-23' })]);
  });

  it('records the history completed once, between the ceremony and today, flagged late after its due date, and takes it off the queues', async () => {
    expect(errorOf(await h.gql(secretary, COMPLETED, { input: { dossierId: admitted, completedOn: '2026-01-29' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.STEP_DATES' });
    expect(errorOf(await h.gql(secretary, COMPLETED, { input: { dossierId: decided, completedOn: '2026-03-20' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.TRANSITION_NOT_ALLOWED' });
    expect(errorOf(await h.gql(identityOf('CELL_SECRETARY', ward.otherCell), COMPLETED, { input: { dossierId: admitted, completedOn: '2026-03-23' } })).code).toBe('NOT_FOUND');
    expect(await ok(h, secretary, COMPLETED, { dossierId: admitted, completedOn: '2026-03-23' })).toEqual({
      kind: 'MEMBER_HISTORY',
      rule: 'ADMISSION.MEMBER_HISTORY_DEADLINE',
      dueOn: '2026-03-20',
      state: 'MET_LATE',
      workingDaysLate: 1,
    });
    expect(errorOf(await h.gql(secretary, COMPLETED, { input: { dossierId: admitted, completedOn: '2026-03-23' } })).code).toBe('CONFLICT');
    expect((await queue('OVERDUE')).filter((item) => item.dossierId === admitted)).toEqual([]);
    expect(await h.sql('select working_days_after_ceremony as "days", late from admission_member_history where dossier_id = ?', [admitted])).toEqual([{ days: 31, late: true }]);
  });

  it('counts the ceremony’s 30 working days from the receipt the ceremony records, else from the decision’s', async () => {
    // From Fri 30 January the 30 working days end on Fri 20 March; from Tue 10 February (the
    // cell's real receipt) on Tue 31 March. A ceremony on Tue 24 March is late only on the first.
    setToday(h, '2026-03-24');
    const ceremony = { dossierId: decided, ceremonyDate: '2026-03-24', mentorMemberId: ward.officialMembers[2] };
    expect(errorOf(await h.gql(secretary, CEREMONY, { input: ceremony }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.CEREMONY_DEADLINE' });
    expect(errorOf(await h.gql(secretary, CEREMONY, { input: { ...ceremony, decisionReceivedOn: '2026-01-29' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.STEP_DATES' });
    expect(await ok(h, secretary, CEREMONY, { ...ceremony, decisionReceivedOn: '2026-02-10' })).toEqual({ startsOn: '2026-03-24', endsOn: '2027-03-24' });
    expect(await h.sql(`select to_char(decision_received_on, 'YYYY-MM-DD') as "receivedOn" from admission_ceremony where dossier_id = ?`, [decided])).toEqual([{ receivedOn: '2026-02-10' }]);
    // Its member history now runs from the ceremony.
    setToday(h, '2026-06-01');
    expect((await queue('OVERDUE')).filter((item) => item.dossierId === decided)).toEqual([expect.objectContaining({ kind: 'MEMBER_HISTORY' })]);
  });
});
