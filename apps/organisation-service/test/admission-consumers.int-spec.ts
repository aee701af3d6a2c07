import { randomUUID } from 'node:crypto';
import { admissionCeremonyHeld, officialRecognitionGranted, probationaryNameRemoved } from '@pdv/contracts';
import { board, errorOf, MEMBER_FIELDS, type MemberNode, nationalIdFor, registerOrganisation, secretaryOf } from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';

describe('admission outcomes', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  const candidates = { an: randomUUID(), binh: randomUUID(), chi: randomUUID(), bad: randomUUID() };
  const admissionActor = { kind: 'USER' as const, id: 'u-standing-1', role: 'WARD_STANDING_COMMITTEE' };

  const memberOf = (candidateId: string) =>
    h.sql<{ id: string; status: string; official_date: string | null; active: boolean; left_by: string | null }>(
      `select id, status, to_char(official_date, 'YYYY-MM-DD') as official_date, active, left_by from party_member where candidate_id = ?`,
      [candidateId],
    );
  const ceremony = (candidateId: string, ceremonyDate = '2025-07-10', cellId = ids.cell) => ({
    dossierId: randomUUID(),
    candidateId,
    cellId,
    admissionDecisionDate: '2025-06-20',
    ceremonyDate,
  });

  beforeAll(async () => {
    h = await startHarness('admission');
    ids.ward = await registerOrganisation(h, { parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'W', name: 'Đảng bộ phường', validFrom: FORMED });
    ids.cell = await registerOrganisation(h, { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'W.KDC', name: 'Chi bộ Khu dân cư', validFrom: FORMED });
    ids.committee = await registerOrganisation(h, { parentId: ids.ward, kind: 'GRASSROOTS_COMMITTEE', sector: 'SCHOOL', code: 'W.TH', name: 'Đảng bộ Trường', validFrom: FORMED });
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('creates a probationary member with pending personal data from admission.ceremony.held', async () => {
    const envelope = await h.publish(admissionCeremonyHeld, randomUUID(), ceremony(candidates.an), { actor: admissionActor });
    const [row] = await eventually(async () => ((await memberOf(candidates.an)).length ? memberOf(candidates.an) : undefined));
    ids.an = row.id;
    const member = await h.gql<{ member: MemberNode }>(board, `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`, { id: ids.an });
    expect(member.data?.member).toMatchObject({
      status: 'PROBATIONARY',
      organisationId: ids.cell,
      recordComplete: false,
      fullName: null,
      nationalId: null,
      registrationKind: 'ADMITTED',
      candidateId: candidates.an,
      admissionDecisionDate: '2025-06-20',
      ceremonyDate: '2025-07-10',
      registeredOn: '2025-07-10',
      officialDate: null,
    });
    const inbox = await h.sql('select consumer, subject from inbox_event where event_id = ?', [envelope.id]);
    expect(inbox).toEqual([{ consumer: 'organisation-service', subject: 'admission.ceremony.held.v1' }]);
    const registered = await eventually(async () =>
      (await h.streamEvents('ORGANISATION')).find((event) => event.type === 'organisation.member.registered' && event.aggregateId === ids.an),
    );
    expect(registered.actor).toEqual(admissionActor);
    expect(registered.data).toEqual({
      memberId: ids.an,
      organisationId: ids.cell,
      status: 'PROBATIONARY',
      active: true,
      temporarilyAway: false,
      activityExempt: false,
      candidateId: candidates.an,
      admissionDecisionDate: '2025-06-20',
      officialDate: null,
    });
  });

  it('applies a redelivered event once, and the same ceremony under another event id changes nothing', async () => {
    const envelope = await h.publish(admissionCeremonyHeld, randomUUID(), ceremony(candidates.binh));
    await eventually(async () => ((await memberOf(candidates.binh)).length ? true : undefined));
    // The same envelope again (a JetStream redelivery bypasses the publisher's dedup window).
    await h.js.publish(`${h.ns}.admission.ceremony.held.v1`, JSON.stringify(envelope), { msgID: `${envelope.id}-again` });
    await h.publish(admissionCeremonyHeld, randomUUID(), { ...envelope.data, dossierId: envelope.data.dossierId });
    await eventually(async () => {
      const rows = await h.sql<{ n: string }>(`select count(*) as n from inbox_event`);
      return Number(rows[0].n) >= 3 ? true : undefined;
    });
    expect(await memberOf(candidates.binh)).toHaveLength(1);
    const registered = (await h.streamEvents('ORGANISATION')).filter(
      (event) => event.type === 'organisation.member.registered' && (event.data as { candidateId: string }).candidateId === candidates.binh,
    );
    expect(registered).toHaveLength(1);
  });

  it('lets the cell complete the pending record, once', async () => {
    const complete = `mutation($input: CompleteMemberRecordInput!) { completeMemberRecord(input: $input) { fullName recordComplete nationalId
      corrections { kind field oldValue newValue } } }`;
    const input = { memberId: ids.an, fullName: 'phạm thị an', dateOfBirth: '2001-03-03', gender: 'FEMALE', nationalId: nationalIdFor('2001-03-03', 'FEMALE', 77) };
    const response = await h.gql<{ completeMemberRecord: { fullName: string; recordComplete: boolean; corrections: { kind: string; field: string; oldValue: null }[] } }>(
      secretaryOf(ids.cell),
      complete,
      { input },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.completeMemberRecord).toMatchObject({ fullName: 'Phạm Thị An', recordComplete: true, nationalId: input.nationalId });
    expect(response.data?.completeMemberRecord.corrections.map((c) => [c.kind, c.field, c.oldValue])).toEqual([
      ['COMPLETION', 'FULL_NAME', null],
      ['COMPLETION', 'DATE_OF_BIRTH', null],
      ['COMPLETION', 'GENDER', null],
      ['COMPLETION', 'NATIONAL_ID', null],
    ]);
    const corrected = await eventually(async () => {
      const events = (await h.streamEvents('ORGANISATION')).filter(
        (event) => event.type === 'organisation.member.record-corrected' && event.aggregateId === ids.an,
      );
      return events.length > 0 ? events : undefined;
    });
    expect(corrected).toHaveLength(1);
    expect(corrected[0].data).toMatchObject({ memberId: ids.an, completion: true, changedFields: ['fullName', 'dateOfBirth', 'gender', 'nationalId'] });
    expect(JSON.stringify(corrected[0])).not.toMatch(new RegExp(`Phạm|2001-03-03|${input.nationalId}`));
    expect(errorOf(await h.gql(secretaryOf(ids.cell), complete, { input })).code).toBe('CONFLICT');
    // Another part of the ward: the same answer as for a member that does not exist.
    expect(errorOf(await h.gql(secretaryOf(ids.committee), complete, { input })).code).toBe('NOT_FOUND');
  });

  it('makes the member official from admission.recognition.granted, found by candidate when the member id is not given', async () => {
    await h.publish(officialRecognitionGranted, randomUUID(), {
      dossierId: randomUUID(),
      candidateId: candidates.an,
      memberId: null,
      officialDate: '2026-07-10',
      decisionDate: '2026-07-12',
    });
    const [row] = await eventually(async () => {
      const rows = await memberOf(candidates.an);
      return rows[0]?.status === 'OFFICIAL' ? rows : undefined;
    });
    expect(row.official_date).toBe('2026-07-10');
    const madeOfficial = await eventually(async () =>
      (await h.streamEvents('ORGANISATION')).find((event) => event.type === 'organisation.member.made-official' && event.aggregateId === ids.an),
    );
    expect(madeOfficial.data).toMatchObject({ memberId: ids.an, status: 'OFFICIAL', officialDate: '2026-07-10' });
  });

  it('tolerates a recognition that arrives before its ceremony: retried until the member exists', async () => {
    await h.publish(officialRecognitionGranted, randomUUID(), {
      dossierId: randomUUID(),
      candidateId: candidates.chi,
      memberId: null,
      officialDate: '2026-07-10',
      decisionDate: '2026-07-14',
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await memberOf(candidates.chi)).toEqual([]);
    await h.publish(admissionCeremonyHeld, randomUUID(), ceremony(candidates.chi));
    const [row] = await eventually(async () => {
      const rows = await memberOf(candidates.chi);
      return rows[0]?.status === 'OFFICIAL' ? rows : undefined;
    });
    expect(row.official_date).toBe('2026-07-10');
  });

  it('removes the name of a probationer not recognised, once', async () => {
    const [binh] = await memberOf(candidates.binh);
    const removal = { dossierId: randomUUID(), candidateId: candidates.binh, memberId: binh.id, effectiveDate: '2026-07-14' };
    await h.publish(probationaryNameRemoved, binh.id, removal);
    await h.publish(probationaryNameRemoved, binh.id, removal);
    const [row] = await eventually(async () => {
      const rows = await memberOf(candidates.binh);
      return rows[0]?.left_by === 'NAME_REMOVAL' ? rows : undefined;
    });
    expect(row.active).toBe(false);
    await eventually(async () => (Number((await h.sql<{ n: string }>('select count(*) as n from inbox_event'))[0].n) >= 8 ? true : undefined));
    const movements = await h.sql<{ kind: string; origin: string; effective_date: string }>(
      `select kind, origin, to_char(effective_date, 'YYYY-MM-DD') as effective_date from member_movement where member_id = ?`,
      [binh.id],
    );
    expect(movements).toEqual([{ kind: 'NAME_REMOVAL', origin: 'ADMISSION', effective_date: '2026-07-14' }]);
    const moved = (await h.streamEvents('ORGANISATION')).filter((event) => event.type === 'organisation.member.moved' && event.aggregateId === binh.id);
    expect(moved).toHaveLength(1);
    expect(moved[0].data).toMatchObject({ kind: 'NAME_REMOVAL', active: false, organisationId: null, fromOrganisationId: ids.cell });
  });

  it('dead-letters a ceremony it can never apply (a committee is not a cell) after its retries', async () => {
    await h.publish(admissionCeremonyHeld, randomUUID(), ceremony(candidates.bad, '2025-07-10', ids.committee));
    const dead = await eventually(async () => {
      const letters = await h.streamEvents('DEADLETTER');
      return letters.length > 0 ? letters : undefined;
    }, 15_000);
    expect((dead[0] as unknown as { data: { candidateId: string } }).data.candidateId).toBe(candidates.bad);
    expect(await memberOf(candidates.bad)).toEqual([]);
  });
});
