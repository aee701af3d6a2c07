import { certificateIssued } from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { APPROVE, errorOf, NOMINATE, ok, onDay, openCourse, registerInstitution, session, setUpWorld, type TrainingWorld } from './support/world';

// The new-member course (lớp đảng viên mới) for probationary members: nominated by their cell,
// approved, attended, passed; the certificate shows on the organisation service's PartyMember.
describe('the new-member course', () => {
  let h: Harness;
  let world: TrainingWorld;

  beforeAll(async () => {
    h = await startHarness('new member course', { today: '2026-09-20' });
    world = await setUpWorld(h, { poolSize: 1 });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('takes probationary members of the cell, not candidates, and issues the certificate PartyMember.newMemberCertificate shows', async () => {
    const institutionId = await registerInstitution(h, world);
    const course = await openCourse(h, world, { institutionId, kind: 'NEW_MEMBER', sessions: [session('2026-10-05'), session('2026-10-06')] });
    expect(errorOf(await h.gql(world.who.secretaryA, NOMINATE, { input: { courseId: course.id, candidateId: world.poolA[0] } })).rule).toBe('TRAINING.NOMINEE_KIND');
    expect(errorOf(await h.gql(world.who.secretaryB, NOMINATE, { input: { courseId: course.id, memberId: world.probationaryA } })).code).toBe('NOT_FOUND');
    const nominated = await ok<{ nominate: { id: string } }>(h, world.who.secretaryA, NOMINATE, { input: { courseId: course.id, memberId: world.probationaryA } });
    await ok(h, world.who.board, APPROVE, { id: nominated.nominate.id });
    onDay(h, '2026-10-05');
    await ok(h, world.who.centre, `mutation($id: ID!) { startCourse(id: $id) { status } }`, { id: course.id });
    onDay(h, '2026-10-06');
    for (const row of course.sessions) {
      await ok(h, world.who.centre, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId: row.id, marks: [{ enrolmentId: nominated.nominate.id, mark: 'PRESENT' }] },
      });
    }
    const results = await ok<{ recordResults: { certificate: { number: string; validUntil: string } }[] }>(
      h,
      world.who.centre,
      `mutation($input: RecordResultsInput!) { recordResults(input: $input) { certificate { number validUntil } } }`,
      { input: { rows: [{ enrolmentId: nominated.nominate.id, result: 'PASSED', score: 9 }] } },
    );
    expect(results.recordResults[0].certificate).toEqual({ number: 'TTCT-P1/2026/0001', validUntil: '2031-10-05' });
    const member = await h.gqlSubgraph<{ _entities: { newMemberCertificate: { number: string; courseKind: string; member: { id: string } } | null }[] }>(
      world.who.auditor,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { newMemberCertificate { number courseKind member { id } } } } }`,
      { r: [{ __typename: 'PartyMember', id: world.probationaryA }] },
    );
    expect(member.data?._entities).toEqual([{ newMemberCertificate: { number: 'TTCT-P1/2026/0001', courseKind: 'NEW_MEMBER', member: { id: world.probationaryA } } }]);
    const event = await waitFor(async () => (await h.streamEvents('TRAINING')).find((e) => e.type === certificateIssued.type), { what: 'the certificate event' });
    expect(event.data).toMatchObject({ courseKind: 'NEW_MEMBER', candidateId: null, memberId: world.probationaryA });
  });
});
