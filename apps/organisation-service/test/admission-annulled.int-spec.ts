import { randomUUID } from 'node:crypto';
import { admissionAnnulled, admissionCeremonyHeld, officialRecognitionGranted } from '@pdv/contracts';
import { board, MEMBER_FIELDS, type MemberNode, registerOrganisation } from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';

// admission.decision.annulled: the member an annulled admission created leaves the rolls
// (NAME_REMOVAL, origin ADMISSION, on the annulment's date), probationary or already
// official; once however often it arrives; nothing for an admission annulled before its ceremony.
describe('annulled admissions', () => {
  let h: Harness;
  let cell: string;
  const standing = { kind: 'USER' as const, id: 'u-standing-1', role: 'WARD_STANDING_COMMITTEE' };

  const memberOf = async (candidateId: string) =>
    (
      await h.sql<{ id: string; status: string; active: boolean; left_by: string | null }>(
        'select id, status, active, left_by from party_member where candidate_id = ?',
        [candidateId],
      )
    )[0];
  const movementsOf = (memberId: string) =>
    h.sql<{ kind: string; origin: string; effective_date: string }>(
      `select kind, origin, to_char(effective_date, 'YYYY-MM-DD') as effective_date from member_movement where member_id = ? order by recorded_at`,
      [memberId],
    );
  const inboxCount = async () => Number((await h.sql<{ n: string }>('select count(*) as n from inbox_event'))[0].n);

  /** A member admitted at a ceremony, as the admission service announces it; waited for. */
  async function admitted(candidateId: string): Promise<{ memberId: string; dossierId: string }> {
    const dossierId = randomUUID();
    await h.publish(admissionCeremonyHeld, dossierId, { dossierId, candidateId, cellId: cell, admissionDecisionDate: '2025-07-20', ceremonyDate: '2025-08-01' });
    const member = await eventually(() => memberOf(candidateId));
    return { memberId: member.id, dossierId };
  }

  beforeAll(async () => {
    h = await startHarness('annulment', { today: '2026-09-15' });
    const ward = await registerOrganisation(h, { parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'W', name: 'Đảng bộ phường', validFrom: FORMED });
    cell = await registerOrganisation(h, { parentId: ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'W.KDC', name: 'Chi bộ Khu dân cư', validFrom: FORMED });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('removes the probationary member of an annulled admission, once, by its member id', async () => {
    const candidateId = randomUUID();
    const { memberId, dossierId } = await admitted(candidateId);
    const annulment = { dossierId, candidateId, cellId: cell, memberId, annulledOn: '2026-09-10' };
    const first = await h.publish(admissionAnnulled, dossierId, annulment, { actor: standing });
    // A redelivery of the same envelope, and the same fact under another event id.
    await h.js.publish(`${h.ns}.admission.decision.annulled.v1`, JSON.stringify(first), { msgID: `${first.id}-again` });
    await h.publish(admissionAnnulled, dossierId, annulment, { actor: standing });
    await eventually(async () => ((await memberOf(candidateId)).left_by === 'NAME_REMOVAL' ? true : undefined));
    await eventually(async () => ((await h.sql('select 1 from inbox_event where subject = ?', ['admission.decision.annulled.v1'])).length >= 2 ? true : undefined));

    expect(await memberOf(candidateId)).toMatchObject({ id: memberId, status: 'PROBATIONARY', active: false, left_by: 'NAME_REMOVAL' });
    expect(await movementsOf(memberId)).toEqual([{ kind: 'NAME_REMOVAL', origin: 'ADMISSION', effective_date: '2026-09-10' }]);
    const moved = (await h.streamEvents('ORGANISATION')).filter((event) => event.type === 'organisation.member.moved' && event.aggregateId === memberId);
    expect(moved).toHaveLength(1);
    expect(moved[0].actor).toEqual(standing);
    expect(moved[0].data).toMatchObject({ kind: 'NAME_REMOVAL', active: false, organisationId: null, fromOrganisationId: cell });
    const shown = await h.gql<{ member: MemberNode }>(board, `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`, { id: memberId });
    expect(shown.data?.member).toMatchObject({ status: 'PROBATIONARY', active: false, leftBy: 'NAME_REMOVAL' });
  });

  it('removes an official member too, found by candidate when the event has no member id', async () => {
    const candidateId = randomUUID();
    const { memberId, dossierId } = await admitted(candidateId);
    await h.publish(officialRecognitionGranted, dossierId, { dossierId, candidateId, memberId, officialDate: '2026-08-01', decisionDate: '2026-08-20' });
    await eventually(async () => ((await memberOf(candidateId)).status === 'OFFICIAL' ? true : undefined));
    await h.publish(admissionAnnulled, dossierId, { dossierId, candidateId, cellId: cell, memberId: null, annulledOn: '2026-09-11' });
    await eventually(async () => ((await memberOf(candidateId)).left_by === 'NAME_REMOVAL' ? true : undefined));
    expect(await memberOf(candidateId)).toMatchObject({ status: 'OFFICIAL', active: false });
    expect(await movementsOf(memberId)).toEqual([{ kind: 'NAME_REMOVAL', origin: 'ADMISSION', effective_date: '2026-09-11' }]);
  });

  it('changes nothing for an admission annulled before its ceremony, and takes the event (no retries, no dead letter)', async () => {
    const candidateId = randomUUID();
    const before = await inboxCount();
    const envelope = await h.publish(admissionAnnulled, randomUUID(), { dossierId: randomUUID(), candidateId, cellId: cell, memberId: null, annulledOn: '2026-09-12' });
    await eventually(async () => ((await h.sql('select 1 from inbox_event where event_id = ?', [envelope.id])).length === 1 ? true : undefined));
    expect(await inboxCount()).toBe(before + 1);
    expect(await memberOf(candidateId)).toBeUndefined();
    expect(await h.streamEvents('DEADLETTER')).toEqual([]);
  });
});
