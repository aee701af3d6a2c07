import { admissionDeadlineOverdue } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierResolvedByCell, ok, setToday } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const QUEUE = `query($r: [_Any!]!, $state: AdmissionDeadlineQueue!) { _entities(representations: $r) { ... on Organisation {
  deadlines(state: $state) { totalCount edges { node { dossierId candidateId cellId kind rule dueOn state workingDaysLeft workingDaysLate } } } } } }`;
const CORRECT = 'mutation($input: CorrectWorkingDayCalendarInput!) { correctWorkingDayCalendar(input: $input) { date kind name reason recordedBy recordedByRole } }';
const HISTORY = '{ workingDayCalendarCorrections { date kind name inPlaceOf reason recordedBy } }';

interface Queue {
  totalCount: number;
  edges: { node: { dossierId: string; kind: string; dueOn: string; state: string; workingDaysLeft: number | null; workingDaysLate: number | null } }[];
}

// The overdue and due-soon queues across Tết 2026, a correction of the calendar moving them,
// and the sweep announcing each overdue deadline once.
describe('admission deadlines on the board’s working-day calendar', () => {
  let h: Harness;
  let ward: TestWard;
  let dossierId: string;
  const committee = identityOf('WARD_STANDING_COMMITTEE');
  const queue = async (identity: ReturnType<typeof identityOf>, organisationId: string, state: 'OVERDUE' | 'DUE_SOON') => {
    const response = await h.gqlSubgraph<{ _entities: { deadlines: Queue }[] }>(identity, QUEUE, { r: [{ __typename: 'Organisation', id: organisationId }], state });
    if (response.errors) return response as GraphQLResponse<unknown>;
    return response.data!._entities[0].deadlines;
  };

  beforeAll(async () => {
    h = await startHarness('deadlines', { today: '2026-01-20' });
    ward = await setUpWard(h);
    // The cell resolves on Tue 20 January 2026: the committee's 60 working days run across Tết (16–20 February) to Tue 21 April.
    ({ dossierId } = await dossierResolvedByCell(h, ward, '2026-01-20', '2026-01'));
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('puts the decision due across Tết in the due-soon queue of the cell and of the ward, then in the overdue one', async () => {
    setToday(h, '2026-04-15');
    const dueSoon = (await queue(committee, ward.ward, 'DUE_SOON')) as Queue;
    expect(dueSoon.totalCount).toBe(1);
    expect(dueSoon.edges[0].node).toEqual({ dossierId, candidateId: expect.any(String), cellId: ward.cell, kind: 'DECISION', rule: 'ADMISSION.DECISION_DEADLINE', dueOn: '2026-04-21', state: 'DUE_SOON', workingDaysLeft: 4, workingDaysLate: null });
    expect(((await queue(identityOf('CELL_SECRETARY', ward.cell), ward.cell, 'DUE_SOON')) as Queue).totalCount).toBe(1);
    expect(((await queue(committee, ward.otherCell, 'DUE_SOON')) as Queue).totalCount).toBe(0);
    expect(((await queue(committee, ward.ward, 'OVERDUE')) as Queue).totalCount).toBe(0);

    setToday(h, '2026-04-23');
    const overdue = (await queue(committee, ward.ward, 'OVERDUE')) as Queue;
    expect(overdue.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ dossierId, kind: 'DECISION', dueOn: '2026-04-21', state: 'OVERDUE', workingDaysLeft: null, workingDaysLate: 2 })]);
  });

  it('shows a cell secretary only their own part of the ward', async () => {
    const refused = (await queue(identityOf('CELL_SECRETARY', ward.otherCell), ward.ward, 'OVERDUE')) as GraphQLResponse<unknown>;
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('moves the open deadline when the board corrects the calendar, keeping who and why', async () => {
    setToday(h, '2026-04-22');
    const holiday = { date: '2026-03-02', kind: 'HOLIDAY', name: 'Nghỉ bù', reason: 'Thông báo số 12/TB-VPCP' };
    expect((await h.gql(identityOf('CELL_SECRETARY', ward.cell), CORRECT, { input: holiday })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(identityOf('PARTY_BUILDING_BOARD'), CORRECT, { input: { ...holiday, name: null } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const board = identityOf('PARTY_BUILDING_BOARD');
    expect(await ok(h, board, CORRECT, holiday)).toEqual({ date: '2026-03-02', kind: 'HOLIDAY', name: 'Nghỉ bù', reason: 'Thông báo số 12/TB-VPCP', recordedBy: board.userId, recordedByRole: 'PARTY_BUILDING_BOARD' });

    const moved = (await queue(committee, ward.ward, 'DUE_SOON')) as Queue;
    expect(moved.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ dossierId, dueOn: '2026-04-22', state: 'DUE_SOON', workingDaysLeft: 0 })]);

    // Undone: 2 March is an ordinary day again, and the deadline falls back on 21 April.
    await ok(h, board, CORRECT, { date: '2026-03-02', kind: 'ORDINARY_DAY', reason: 'Thông báo bị thu hồi' });
    expect(((await queue(committee, ward.ward, 'OVERDUE')) as Queue).edges.map((edge) => edge.node.dueOn)).toEqual(['2026-04-21']);
    const history = await h.gql<{ workingDayCalendarCorrections: { kind: string; reason: string; recordedBy: string }[] }>(committee, HISTORY);
    expect(history.data!.workingDayCalendarCorrections.map((change) => `${change.kind} ${change.reason}`)).toEqual(['HOLIDAY Thông báo số 12/TB-VPCP', 'ORDINARY_DAY Thông báo bị thu hồi']);
  });

  it('announces each overdue deadline once, however often the sweep runs', async () => {
    setToday(h, '2026-04-23');
    expect(await h.service.sweepOverdueDeadlines()).toBe(1);
    expect(await h.service.sweepOverdueDeadlines()).toBe(0);
    const published = await waitFor(
      async () => {
        const events = (await h.streamEvents('ADMISSION')).filter((envelope) => envelope.type === admissionDeadlineOverdue.type);
        return events.length > 0 ? events : undefined;
      },
      { what: 'admission.deadline.overdue' },
    );
    expect(published.map((envelope) => envelope.data)).toEqual([
      { dossierId, candidateId: expect.any(String), cellId: ward.cell, deadline: 'DECISION', dueOn: '2026-04-21', foundOn: '2026-04-23' },
    ]);
  });
});
