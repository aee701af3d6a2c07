import { setTimeout as delay } from 'node:timers/promises';
import type { Identity } from '@pdv/auth';
import type { AttendanceMark } from '@pdv/training-domain';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { SeedDayClock } from '@pdv/service-kit';
import type { TrainingContext } from '../context';
import { createRequestScope } from '../services';

// The demo year's training: the area's political centre, two awareness courses (one held in
// May with its results and certificates, one in December whose class list is approved) and
// one new-member course in October for the ward's probationary members. The people are the
// candidates the sourcing service accepted and the members the organisation service
// announced, as they arrived over NATS; the facts published here move them on in sourcing
// (IN_TRAINING on nomination, TRAINED on a certificate).

export const DEMO_INSTITUTION = { code: 'TTCT-P', name: 'Trung tâm Chính trị phường (Trường Chính trị thành phố)' };

interface DemoCourse {
  key: string;
  kind: 'AWARENESS' | 'NEW_MEMBER';
  title: string;
  days: string[];
  capacity: number;
  /** How many people it takes from those still waiting. */
  take: number;
  /** Held and finished, with attendance and results (false: open, class list approved). */
  held: boolean;
}

export const DEMO_COURSES: readonly DemoCourse[] = [
  { key: 'aw-1', kind: 'AWARENESS', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa I/2026', days: ['2026-05-11', '2026-05-12', '2026-05-13', '2026-05-14', '2026-05-15'], capacity: 60, take: 24, held: true },
  { key: 'nm-1', kind: 'NEW_MEMBER', title: 'Lớp bồi dưỡng đảng viên mới, khóa 2026', days: ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08'], capacity: 40, take: 20, held: true },
  { key: 'aw-2', kind: 'AWARENESS', title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa II/2026', days: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11'], capacity: 60, take: 16, held: false },
];

const TOPICS = [
  'Chủ nghĩa Mác – Lênin, tư tưởng Hồ Chí Minh',
  'Điều lệ Đảng Cộng sản Việt Nam',
  'Đường lối đổi mới của Đảng',
  'Nhiệm vụ của đảng viên; trách nhiệm của quần chúng ưu tú',
  'Ôn tập và kiểm tra cuối khóa',
];

/** Attendance of the i-th participant at the s-th session: almost everyone present; every seventh misses two sessions (below 80%). */
export function demoMark(participant: number, session: number): AttendanceMark {
  if (participant % 7 === 6 && session < 2) return session === 0 ? 'EXCUSED' : 'ABSENT';
  return 'PRESENT';
}

export interface DemoReport {
  courses: number;
  nominated: number;
  certificates: number;
  skipped: boolean;
}

/** Waits until the candidates and members have arrived and their numbers settle. */
export async function waitForPeople(orm: MikroORM, logger: Logger, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  let last = '';
  for (;;) {
    const [row] = await orm.em.fork().execute<{ candidates: string; members: string }[]>(
      `select (select count(*) from candidate_read_model where stage = 'IN_SOURCE_POOL') as candidates,
              (select count(*) from member_read_model where status = 'PROBATIONARY' and active) as members`,
    );
    const now = `${row.candidates}/${row.members}`;
    if (Number(row.candidates) > 0 && Number(row.members) > 0 && now === last) return;
    last = now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `No candidates or probationary members arrived within ${Math.round(timeoutMs / 1000)} s (${now}). Seed and start the organisation and sourcing services first, so their relays publish to NATS; then run this seed again.`,
      );
    }
    logger.info({ candidatesAndMembers: now }, 'waiting for candidates (sourcing) and probationary members (organisation) to arrive over NATS…');
    await delay(2_000);
  }
}

/** Loads the demo year's courses. Idempotent: nothing is done when the institution exists. */
export async function loadDemoTraining(orm: MikroORM, events: EventRecorder, logger: Logger, today: string): Promise<DemoReport> {
  const clock = new SeedDayClock();
  const as = (identity: Identity): TrainingContext =>
    createRequestScope({ em: orm.em.fork(), identity, requestId: 'demo-seed', logger, events, clock });
  const centre: Identity = { userId: 'demo-training-centre', role: 'TRAINING_CENTRE', scopeId: null };
  const board: Identity = { userId: 'demo-board', role: 'PARTY_BUILDING_BOARD', scopeId: null };
  const [existing] = await orm.em.fork().execute<{ id: string }[]>('select id from training_institution where code = ?', [DEMO_INSTITUTION.code]);
  if (existing) return { courses: 0, nominated: 0, certificates: 0, skipped: true };

  clock.setDay('2026-04-01');
  const institution = await as(centre).services.institutions.register(DEMO_INSTITUTION);
  const report: DemoReport = { courses: 0, nominated: 0, certificates: 0, skipped: false };
  const taken = new Set<string>();
  for (const plan of DEMO_COURSES) {
    // Scheduled a month before, opened at once, nominations over the next week, approved after.
    const first = plan.days[0];
    const scheduleOn = new Date(Date.parse(`${first}T00:00:00Z`) - 30 * 86_400_000).toISOString().slice(0, 10);
    if (scheduleOn > today) continue;
    clock.setDay(scheduleOn);
    const course = await as(centre).services.courses.schedule({
      kind: plan.kind,
      institutionId: institution.id,
      title: plan.title,
      startsOn: first,
      endsOn: plan.days.at(-1)!,
      capacity: plan.capacity,
      location: 'Hội trường Đảng ủy phường',
      sessions: plan.days.map((date, index) => ({ date, startsAt: '08:00', endsAt: '11:00', topic: TOPICS[index % TOPICS.length] })),
    });
    await as(centre).services.courses.transition(course.id, { kind: 'OPEN' });
    report.courses += 1;
    const people = await orm.em.fork().execute<{ id: string; cell_id: string }[]>(
      plan.kind === 'AWARENESS'
        ? `select id, cell_id from candidate_read_model where stage = 'IN_SOURCE_POOL' order by id`
        : `select id, organisation_id as cell_id from member_read_model where status = 'PROBATIONARY' and active and organisation_id is not null order by id`,
    );
    const chosen = people.filter((person) => !taken.has(person.id)).slice(0, plan.take);
    clock.setDay(scheduleOn, 60);
    const enrolments: string[] = [];
    for (const person of chosen) {
      taken.add(person.id);
      const secretary: Identity = { userId: 'demo-secretary', role: 'CELL_SECRETARY', scopeId: person.cell_id };
      const enrolment = await as(secretary).services.enrolments.nominate({
        courseId: course.id,
        candidateId: plan.kind === 'AWARENESS' ? person.id : null,
        memberId: plan.kind === 'NEW_MEMBER' ? person.id : null,
      });
      enrolments.push(enrolment.id);
    }
    clock.setDay(scheduleOn, 120);
    for (const id of enrolments) await as(board).services.enrolments.decide(id, { kind: 'APPROVE' });
    report.nominated += enrolments.length;
    if (!plan.held || plan.days.at(-1)! > today) continue;
    clock.setDay(first);
    await as(centre).services.courses.transition(course.id, { kind: 'START' });
    const sessions = await as(centre).loaders.sessionsOfCourse.load(course.id);
    for (const [index, session] of sessions.entries()) {
      clock.setDay(session.date, 180);
      await as(centre).services.enrolments.recordAttendance({ sessionId: session.id, marks: enrolments.map((enrolmentId, who) => ({ enrolmentId, mark: demoMark(who, index) })) });
    }
    clock.setDay(plan.days.at(-1)!, 240);
    const outcomes = await as(centre).services.enrolments.recordResults(
      enrolments.map((enrolmentId, who) => ({ enrolmentId, result: who % 11 === 10 ? 'FAILED' : 'PASSED', score: who % 11 === 10 ? 4.5 : 7 + (who % 4) * 0.75 })),
    );
    const refused = outcomes.filter((outcome) => !outcome.ok);
    if (refused.length > 0) throw new Error(`demo results refused: ${JSON.stringify(refused)}`);
    report.certificates += outcomes.filter((outcome) => outcome.ok && outcome.certificate).length;
    await as(centre).services.courses.transition(course.id, { kind: 'FINISH' });
  }
  return report;
}
