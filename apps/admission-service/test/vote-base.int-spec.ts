import { randomUUID } from 'node:crypto';
import { memberMoved } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { dossierReadyForVote } from './support/journey';
import { setUpWard, type TestWard } from './support/ward';

const READINESS = 'query($candidateId: ID!, $meetingDate: LocalDate!) { admissionReadiness(candidateId: $candidateId, meetingDate: $meetingDate) { outcomes { rule status facts { name value } } } }';
const RESOLVE = 'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { officialMembers base present inFavour required passed } }';

// DOMAIN.md step 7: the base is the cell's official members on the meeting date, less those on
// temporary transfer then unless they attended — the roll of that day, even when the vote is
// recorded days later and the roll has changed since.
describe('the vote base on the roll of the meeting date', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('vote base', { today: '2026-07-15' });
    ward = await setUpWard(h);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('counts the roll of the meeting on 10 July, not today’s, in readiness and in the recorded vote', async () => {
    const secretary = identityOf('CELL_SECRETARY', ward.cell);
    const { candidateId, dossierId } = await dossierReadyForVote(h, ward);
    const [a, b, c] = ward.officialMembers;
    const move = (memberId: string, kind: 'TRANSFER_OUT' | 'TEMPORARY_TRANSFER_OUT' | 'TEMPORARY_TRANSFER_RETURN', effectiveDate: string) =>
      h.publish(memberMoved, memberId, {
        memberId,
        organisationId: kind === 'TRANSFER_OUT' ? null : ward.cell,
        status: 'OFFICIAL',
        active: kind !== 'TRANSFER_OUT',
        temporarilyAway: kind === 'TEMPORARY_TRANSFER_OUT',
        activityExempt: false,
        movementId: randomUUID(),
        kind,
        effectiveDate,
        fromOrganisationId: ward.cell,
        toOrganisationId: null,
      });
    // B was away on temporary transfer from 1 to 12 July; C left the cell on 13 July. Today the roll is A and B.
    await move(b, 'TEMPORARY_TRANSFER_OUT', '2026-07-01');
    await move(b, 'TEMPORARY_TRANSFER_RETURN', '2026-07-12');
    await move(c, 'TRANSFER_OUT', '2026-07-13');
    await waitFor(async () => (await h.sql('select event_id from member_standing_history where member_id = any(?::uuid[])', [`{${b},${c}}`])).length === 5, { what: 'the three movements kept' });

    const cellMinimum = async (meetingDate: string) => {
      const response = await h.gql<{ admissionReadiness: { outcomes: { rule: string; status: string; facts: { name: string; value: string }[] }[] } }>(secretary, READINESS, { candidateId, meetingDate });
      const outcome = response.data!.admissionReadiness.outcomes.find((item) => item.rule === 'ADMISSION.CELL_MINIMUM')!;
      return { status: outcome.status, officialMembers: outcome.facts.find((fact) => fact.name === 'officialMembers')?.value };
    };
    expect(await cellMinimum('2026-07-10')).toEqual({ status: 'MET', officialMembers: '3' });
    expect(await cellMinimum('2026-07-15')).toEqual({ status: 'NOT_MET', officialMembers: '2' });

    // Recorded today for the meeting of 10 July: C attended and counts; B, away then and absent, is out of the base.
    const vote = (meetingDate: string, presentMemberIds: string[]) =>
      h.gql<{ recordCellResolution: Record<string, unknown> }>(secretary, RESOLVE, { input: { dossierId, meetingDate, presentMemberIds, inFavour: 2 } }) as Promise<GraphQLResponse<{ recordCellResolution: Record<string, unknown> }>>;
    expect((await vote('2026-07-15', [a, c])).errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'input.presentMemberIds[1]' })]);
    const recorded = await vote('2026-07-10', [a, c]);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordCellResolution).toEqual({ officialMembers: 3, base: 2, present: 2, inFavour: 2, required: 2, passed: true });
    const [{ roll }] = await h.sql<{ roll: { memberId: string; temporarilyAway: boolean; attended: boolean }[] }>('select roll from cell_resolution where dossier_id = ?', [dossierId]);
    expect(roll).toEqual(
      [
        { memberId: a, temporarilyAway: false, attended: true },
        { memberId: b, temporarilyAway: true, attended: false },
        { memberId: c, temporarilyAway: false, attended: true },
      ].sort((x, y) => (x.memberId < y.memberId ? -1 : 1)),
    );
  }, 60_000);
});
