import { raceOnLockedRow } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { APPROVE, NOMINATE, ok, onDay, openCourse, registerInstitution, session, setUpWorld, type TrainingWorld } from './support/world';

const RESULTS = `mutation($input: RecordResultsInput!) { recordResults(input: $input) { enrolmentId ok code message enrolment { result score } certificate { number } } }`;

interface ResultRow {
  enrolmentId: string;
  ok: boolean;
  code: string | null;
  message: string | null;
  enrolment: { result: string; score: number | null } | null;
  certificate: { number: string } | null;
}

/** Two people acting on one enrolment at once, through the gateway: one wins, the other is told what changed. */
describe('training under concurrent requests', () => {
  let h: Harness;
  let world: TrainingWorld;
  let enrolmentId: string;

  beforeAll(async () => {
    h = await startHarness('training concurrency', { today: '2026-09-01' });
    world = await setUpWorld(h, { poolSize: 1 });
    const institutionId = await registerInstitution(h, world);
    const course = await openCourse(h, world, { institutionId, sessions: [session('2026-09-10')] });
    enrolmentId = (await ok<{ nominate: { id: string } }>(h, world.who.secretaryA, NOMINATE, { input: { courseId: course.id, candidateId: world.poolA[0] } })).nominate.id;
    await ok(h, world.who.board, APPROVE, { id: enrolmentId });
    onDay(h, '2026-09-10');
    await ok(h, world.who.centre, `mutation($id: ID!) { startCourse(id: $id) { status } }`, { id: course.id });
    await ok(h, world.who.centre, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
      input: { sessionId: course.sessions[0].id, marks: [{ enrolmentId, mark: 'PRESENT' }] },
    });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('two results recorded for one enrolment at once: one is recorded with its certificate, the other gets CONFLICT naming it', async () => {
    const record = (score: number) => h.gql<{ recordResults: ResultRow[] }>(world.who.centre, RESULTS, { input: { rows: [{ enrolmentId, result: 'PASSED', score }] } });
    const answers = await raceOnLockedRow(h.db, 'select 1 from enrolment where id = $1 for update', [enrolmentId], 2, () => Promise.all([record(9), record(6.5)]));

    const rows = answers.map((answer) => {
      expect(answer.errors).toBeUndefined();
      return answer.data!.recordResults[0];
    });
    const won = rows.filter((row) => row.ok);
    const lost = rows.filter((row) => !row.ok);
    expect(won).toHaveLength(1);
    expect(won[0].certificate?.number).toEqual(expect.any(String));
    expect(lost).toHaveLength(1);
    expect(lost[0].code).toBe('CONFLICT');
    expect(lost[0].message).toContain(`someone else recorded this participant's result (PASSED, at `);

    const [stored] = await h.sql<{ score: string; certificates: string; finished: string; issued: string }>(
      `select e.score,
              (select count(*) from certificate where enrolment_id = e.id) as certificates,
              (select count(*) from outbox_event where type = 'training.enrolment.finished' and envelope->>'aggregateId' = e.id::text) as finished,
              (select count(*) from outbox_event o join certificate c on o.envelope->'data'->>'certificateId' = c.id::text
                 where o.type = 'training.certificate.issued' and c.enrolment_id = e.id) as issued
         from enrolment e where e.id = ?`,
      [enrolmentId],
    );
    // The stored score is the winner's, and nothing of the loser's was written.
    expect(Number(stored.score)).toBe(won[0].enrolment?.score);
    expect({ certificates: stored.certificates, finished: stored.finished, issued: stored.issued }).toEqual({ certificates: '1', finished: '1', issued: '1' });
  });
});
