import { randomUUID } from 'node:crypto';
import { candidateWithdrawn, certificateIssued, courseCancelled, enrolmentFinished, enrolmentNominated, enrolmentReleased, nominationApproved } from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { APPROVE, errorOf, NOMINATE, ok, onDay, openCourse, registerInstitution, session, setUpWorld, type TrainingWorld } from './support/world';

// The course flow end to end through the gateway: a cell secretary nominates, the board
// approves within capacity, the centre records attendance and results, certificates are
// issued and verifiable by their code without a token.
describe('a course from nomination to certificate', () => {
  let h: Harness;
  let world: TrainingWorld;
  let institutionId: string;
  let course: { id: string; sessions: { id: string; date: string }[] };
  const enrolments: string[] = [];
  const days = ['2026-09-10', '2026-09-11', '2026-09-12', '2026-09-14', '2026-09-15'];

  beforeAll(async () => {
    h = await startHarness('course flow', { today: '2026-09-01' });
    world = await setUpWorld(h, { poolSize: 5 });
    institutionId = await registerInstitution(h, world);
    course = await openCourse(h, world, { institutionId, capacity: 3, sessions: days.map((day) => session(day)) });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('lets a cell secretary nominate candidates of their cell, and publishes what sourcing consumes', async () => {
    for (const candidateId of world.poolA.slice(0, 4)) {
      const data = await ok<{ nominate: { id: string; status: string } }>(h, world.who.secretaryA, NOMINATE, { input: { courseId: course.id, candidateId } });
      expect(data.nominate.status).toBe('NOMINATED');
      enrolments.push(data.nominate.id);
    }
    const event = await waitFor(async () => (await h.streamEvents('TRAINING')).find((e) => e.type === enrolmentNominated.type && e.aggregateId === enrolments[0]), {
      what: 'the nomination event',
    });
    expect(event.data).toEqual({ enrolmentId: enrolments[0], courseId: course.id, courseKind: 'AWARENESS', candidateId: world.poolA[0], memberId: null, nominatedBy: world.cellA });
  });

  it.each<[string, () => Record<string, unknown>, () => TrainingWorld['who'][keyof TrainingWorld['who']], string]>([
    ['a candidate of another cell (answered as unknown)', () => ({ candidateId: world.poolB }), () => world.who.secretaryA, 'NOT_FOUND'],
    ['a candidate not yet accepted', () => ({ candidateId: world.referredA }), () => world.who.secretaryA, 'TRAINING.NOMINEE_STAGE'],
    ['a candidate already nominated', () => ({ candidateId: world.poolA[0] }), () => world.who.secretaryA, 'TRAINING.ALREADY_ENROLLED'],
    ['a probationary member to an awareness course', () => ({ memberId: world.probationaryA }), () => world.who.secretaryA, 'TRAINING.NOMINEE_KIND'],
    ['both a candidate and a member', () => ({ candidateId: world.poolA[4], memberId: world.probationaryA }), () => world.who.secretaryA, 'BAD_USER_INPUT'],
    ['by the board (secretaries nominate)', () => ({ candidateId: world.poolA[4] }), () => world.who.board, 'FORBIDDEN'],
  ])('refuses to nominate %s, writing nothing', async (_case, person, who, expected) => {
    const before = await h.sql<{ count: string }>('select count(*) as count from enrolment');
    const error = errorOf(await h.gql(who(), NOMINATE, { input: { courseId: course.id, ...person() } }));
    expect(error.rule ?? error.code).toBe(expected);
    expect(await h.sql('select count(*) as count from enrolment')).toEqual(before);
  });

  it('approves within capacity and refuses beyond it (TRAINING.CAPACITY), then refuses with a reason', async () => {
    for (const id of enrolments.slice(0, 3)) expect((await ok<{ approveNomination: { status: string } }>(h, world.who.board, APPROVE, { id })).approveNomination.status).toBe('APPROVED');
    expect(errorOf(await h.gql(world.who.board, APPROVE, { id: enrolments[3] })).rule).toBe('TRAINING.CAPACITY');
    expect(errorOf(await h.gql(world.who.secretaryA, APPROVE, { id: enrolments[3] })).code).toBe('FORBIDDEN');
    const refused = await ok<{ refuseNomination: { status: string; decisionReason: string } }>(
      h,
      world.who.board,
      `mutation($id: ID!) { refuseNomination(id: $id, reason: "Lớp đã đủ chỗ") { status decisionReason } }`,
      { id: enrolments[3] },
    );
    expect(refused.refuseNomination).toEqual({ status: 'REFUSED', decisionReason: 'Lớp đã đủ chỗ' });
    await waitFor(async () => (await h.streamEvents('TRAINING')).some((e) => e.type === nominationApproved.type && e.aggregateId === enrolments[0]), { what: 'the approval event' });
  });

  it('refuses an overlapping course (TRAINING.OVERLAP) and frees a place by withdrawal before the start', async () => {
    const clash = await openCourse(h, world, { institutionId, sessions: [session('2026-09-11', '10:00', '12:00')] });
    expect(errorOf(await h.gql(world.who.secretaryA, NOMINATE, { input: { courseId: clash.id, candidateId: world.poolA[0] } })).rule).toBe('TRAINING.OVERLAP');
    const later = await openCourse(h, world, { institutionId, sessions: [session('2026-10-05')] });
    const nominated = await ok<{ nominate: { id: string } }>(h, world.who.secretaryA, NOMINATE, { input: { courseId: later.id, candidateId: world.poolA[4] } });
    const withdrawn = await ok<{ withdrawNomination: { status: string } }>(h, world.who.secretaryA, `mutation($id: ID!) { withdrawNomination(id: $id, reason: "Bận công tác") { status } }`, {
      id: nominated.nominate.id,
    });
    expect(withdrawn.withdrawNomination.status).toBe('WITHDRAWN');
  });

  it('keeps a secretary to their part of the ward when reading the class list', async () => {
    const list = `query($id: ID!) { course(id: $id) { enrolments { id status candidate { id } } } }`;
    expect((await ok<{ course: { enrolments: unknown[] } }>(h, world.who.board, list, { id: course.id })).course.enrolments).toHaveLength(4);
    expect((await ok<{ course: { enrolments: unknown[] } }>(h, world.who.secretaryA, list, { id: course.id })).course.enrolments).toHaveLength(4);
    expect((await ok<{ course: { enrolments: unknown[] } }>(h, world.who.secretaryB, list, { id: course.id })).course.enrolments).toEqual([]);
    expect(errorOf(await h.gql(world.who.staff, list, { id: course.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(null, list, { id: course.id })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.gql(world.who.secretaryB, `query($id: ID!) { enrolment(id: $id) { id } }`, { id: enrolments[0] })).code).toBeUndefined();
    expect((await ok<{ enrolment: null }>(h, world.who.secretaryB, `query($id: ID!) { enrolment(id: $id) { id } }`, { id: enrolments[0] })).enrolment).toBeNull();
  });

  it('records attendance per session while the course runs, and results row by row with the 80% rule', async () => {
    const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;
    const [first, second, third] = enrolments;
    onDay(h, '2026-09-10');
    expect(errorOf(await h.gql(world.who.centre, ATTEND, { input: { sessionId: course.sessions[0].id, marks: [{ enrolmentId: first, mark: 'PRESENT' }] } })).rule).toBe(
      'TRAINING.ATTENDANCE_WHILE_RUNNING',
    );
    await ok(h, world.who.centre, `mutation($id: ID!) { startCourse(id: $id) { status } }`, { id: course.id });
    expect(errorOf(await h.gql(world.who.centre, ATTEND, { input: { sessionId: course.sessions[1].id, marks: [{ enrolmentId: first, mark: 'PRESENT' }] } })).rule).toBe(
      'TRAINING.ATTENDANCE_WHILE_RUNNING',
    );
    expect(errorOf(await h.gql(world.who.board, ATTEND, { input: { sessionId: course.sessions[0].id, marks: [{ enrolmentId: first, mark: 'PRESENT' }] } })).code).toBe('FORBIDDEN');
    onDay(h, '2026-09-15');
    // 5 of 5, 4 of 5 (exactly 80%), 3 of 5 (60%).
    const marks = [
      ['PRESENT', 'PRESENT', 'PRESENT'],
      ['PRESENT', 'PRESENT', 'PRESENT'],
      ['PRESENT', 'PRESENT', 'EXCUSED'],
      ['PRESENT', 'ABSENT', 'PRESENT'],
      ['PRESENT', 'PRESENT', 'ABSENT'],
    ];
    for (const [index, sessionRow] of course.sessions.entries()) {
      await ok(h, world.who.centre, ATTEND, {
        input: { sessionId: sessionRow.id, marks: [first, second, third].map((enrolmentId, who) => ({ enrolmentId, mark: marks[index][who] })) },
      });
    }
    const unknown = randomUUID();
    const results = await ok<{ recordResults: { enrolmentId: string; ok: boolean; code: string | null; enrolment: { completed: boolean } | null; certificate: { number: string; verificationCode: string; issuedOn: string; validUntil: string } | null }[] }>(
      h,
      world.who.centre,
      `mutation($input: RecordResultsInput!) { recordResults(input: $input) { enrolmentId ok code rule message enrolment { status result score completed } certificate { number verificationCode issuedOn validUntil } } }`,
      {
        input: {
          rows: [
            { enrolmentId: first, result: 'PASSED', score: 9.5 },
            { enrolmentId: second, result: 'PASSED', score: 7 },
            { enrolmentId: third, result: 'PASSED', score: 8 },
            { enrolmentId: unknown, result: 'PASSED', score: 8 },
            { enrolmentId: first, result: 'PASSED', score: 6 },
          ],
        },
      },
    );
    const rows = results.recordResults;
    expect(rows.map((row) => [row.ok, row.code, row.enrolment?.completed ?? null])).toEqual([
      [true, null, true],
      [true, null, true],
      [true, null, false],
      [false, 'NOT_FOUND', null],
      [false, 'RULE_VIOLATION', null],
    ]);
    expect(rows[0].certificate).toMatchObject({ number: 'TTCT-P1/2026/0001', issuedOn: '2026-09-15', validUntil: '2031-09-14' });
    expect(rows[1].certificate?.number).toBe('TTCT-P1/2026/0002');
    expect(rows[2].certificate).toBeNull();

    const code = rows[0].certificate!.verificationCode;
    const verified = await ok<{ verifyCertificate: Record<string, unknown> }>(
      h,
      null,
      `query($code: String!) { verifyCertificate(code: $code) { number courseKind courseTitle institutionName issuedOn validUntil standing } }`,
      { code: code.toLowerCase().replace(/(.{4})/g, '$1-') },
    );
    expect(verified.verifyCertificate).toEqual({
      number: 'TTCT-P1/2026/0001',
      courseKind: 'AWARENESS',
      courseTitle: 'Lớp bồi dưỡng nhận thức về Đảng',
      institutionName: 'Trung tâm Chính trị phường',
      issuedOn: '2026-09-15',
      validUntil: '2031-09-14',
      standing: 'VALID',
    });
    expect((await ok<{ verifyCertificate: null }>(h, null, `{ verifyCertificate(code: "ZZZZZZZZZZZZ") { number } }`)).verifyCertificate).toBeNull();

    const events = await waitFor(
      async () => {
        const all = await h.streamEvents('TRAINING');
        const issued = all.filter((e) => e.type === certificateIssued.type);
        return issued.length === 2 ? { issued, finished: all.filter((e) => e.type === enrolmentFinished.type) } : null;
      },
      { what: 'two certificate.issued events' },
    );
    expect(events.issued.map((e) => e.data)).toContainEqual(expect.objectContaining({ candidateId: world.poolA[0], courseKind: 'AWARENESS', issuedOn: '2026-09-15', validUntil: '2031-09-14' }));
    expect(events.finished).toHaveLength(3);
    expect(JSON.stringify(events)).not.toMatch(/score|Trung tâm|Lớp/);
  });

  it('answers awarenessCertificate(validOn) up to the last valid day, and refuses a second course while it is valid', async () => {
    const Q = `query($id: ID!, $on: LocalDate!) { awarenessCertificate(candidateId: $id, validOn: $on) { number } }`;
    expect((await ok<{ awarenessCertificate: unknown }>(h, world.who.auditor, Q, { id: world.poolA[0], on: '2031-09-14' })).awarenessCertificate).toEqual({ number: 'TTCT-P1/2026/0001' });
    expect((await ok<{ awarenessCertificate: unknown }>(h, world.who.auditor, Q, { id: world.poolA[0], on: '2031-09-15' })).awarenessCertificate).toBeNull();
    expect((await ok<{ awarenessCertificate: unknown }>(h, world.who.standing, Q, { id: world.poolA[2], on: '2026-09-15' })).awarenessCertificate).toBeNull();
    const next = await openCourse(h, world, { institutionId, sessions: [session('2026-11-02')] });
    expect(errorOf(await h.gql(world.who.secretaryA, NOMINATE, { input: { courseId: next.id, candidateId: world.poolA[0] } })).rule).toBe('TRAINING.VALID_CERTIFICATE_HELD');
    // The one who attended 60% did not complete: they may take the next course.
    expect((await h.gql(world.who.secretaryA, NOMINATE, { input: { courseId: next.id, candidateId: world.poolA[2] } })).errors).toBeUndefined();
  });

  it('invalidates a certificate with a reason and corrects an issue date keeping the old value', async () => {
    const [, second] = enrolments;
    const { enrolment } = await ok<{ enrolment: { certificate: { id: string; verificationCode: string } } }>(h, world.who.board, `query($id: ID!) { enrolment(id: $id) { certificate { id verificationCode } } }`, { id: second });
    const corrected = await ok<{ correctCertificateIssueDate: { issuedOn: string; validUntil: string; corrections: unknown[] } }>(
      h,
      world.who.centre,
      `mutation($id: ID!) { correctCertificateIssueDate(id: $id, issuedOn: "2026-09-15", reason: "Ghi nhầm") { issuedOn validUntil corrections { previousIssuedOn issuedOn reason } } }`,
      { id: enrolment.certificate.id },
    );
    expect(corrected.correctCertificateIssueDate.corrections).toEqual([{ previousIssuedOn: '2026-09-15', issuedOn: '2026-09-15', reason: 'Ghi nhầm' }]);
    expect(errorOf(await h.gql(world.who.centre, `mutation($id: ID!) { correctCertificateIssueDate(id: $id, issuedOn: "2026-09-09", reason: "x") { id } }`, { id: enrolment.certificate.id })).rule).toBe(
      'TRAINING.ISSUE_DATE',
    );
    await ok(h, world.who.centre, `mutation($id: ID!) { invalidateCertificate(id: $id, reason: "Cấp nhầm người") { status } }`, { id: enrolment.certificate.id });
    expect(errorOf(await h.gql(world.who.centre, `mutation($id: ID!) { invalidateCertificate(id: $id, reason: "lại") { status } }`, { id: enrolment.certificate.id })).rule).toBe(
      'TRAINING.CERTIFICATE_INVALIDATED',
    );
    const verified = await ok<{ verifyCertificate: { standing: string } }>(h, null, `query($c: String!) { verifyCertificate(code: $c) { standing } }`, { c: enrolment.certificate.verificationCode });
    expect(verified.verifyCertificate.standing).toBe('INVALIDATED');
    expect(await h.sql('select count(*)::int as count from certificate')).toEqual([{ count: 2 }]);
  });

  it('cancels a course with a reason, releasing its nominations with their events', async () => {
    onDay(h, '2026-09-20');
    const doomed = await openCourse(h, world, { institutionId, sessions: [session('2026-12-01')] });
    const nominated = await ok<{ nominate: { id: string } }>(h, world.who.secretaryA, NOMINATE, { input: { courseId: doomed.id, candidateId: world.poolA[3] } });
    const cancelled = await ok<{ cancelCourse: { status: string; cancelReason: string } }>(h, world.who.centre, `mutation($id: ID!) { cancelCourse(id: $id, reason: "Giảng viên ốm") { status cancelReason } }`, {
      id: doomed.id,
    });
    expect(cancelled.cancelCourse).toEqual({ status: 'CANCELLED', cancelReason: 'Giảng viên ốm' });
    const released = await waitFor(async () => (await h.streamEvents('TRAINING')).find((e) => e.type === enrolmentReleased.type && e.aggregateId === nominated.nominate.id), {
      what: 'the release event',
    });
    expect(released.data).toMatchObject({ candidateId: world.poolA[3], cause: 'COURSE_CANCELLED' });
    expect((await h.streamEvents('TRAINING')).some((e) => e.type === courseCancelled.type && e.aggregateId === doomed.id)).toBe(true);
    expect(errorOf(await h.gql(world.who.board, `mutation($id: ID!) { cancelCourse(id: $id, reason: "x") { status } }`, { id: doomed.id })).code).toBe('FORBIDDEN');
  });

  it('releases a withdrawn candidate’s open nominations when sourcing says so, once', async () => {
    const candidateId = world.poolA[2];
    const open = async () => h.sql<{ id: string }>(`select id from enrolment where candidate_id = ?::uuid and status in ('NOMINATED', 'APPROVED')`, [candidateId]);
    const [nomination] = await open();
    expect(nomination).toBeDefined();
    // The same fact told twice (a repeat from sourcing): the second finds nothing open.
    const ids: string[] = [];
    for (const withdrawnOn of ['2026-09-21', '2026-09-22']) ids.push((await h.publish(candidateWithdrawn, candidateId, { candidateId, reason: 'MOVED_AWAY', withdrawnOn })).id);
    await waitFor(async () => (await h.sql('select 1 from inbox_event where event_id = any(?::uuid[])', [`{${ids.join(',')}}`])).length === 2, { what: 'both deliveries handled' });
    await h.service.relay.drain(10_000);
    const released = (await h.streamEvents('TRAINING')).filter((e) => e.type === enrolmentReleased.type && e.aggregateId === nomination.id);
    expect(released.map((e) => (e.data as { cause: string }).cause)).toEqual(['CANDIDATE_WITHDRAWN']);
    expect(await h.sql('select stage from candidate_read_model where id = ?::uuid', [candidateId])).toEqual([{ stage: 'WITHDRAWN' }]);
  });
});
