import { type CourseAction, planSchedule, schedulesOverlap, transitionCourse } from './course.rules';
import type { CourseStatus } from './training.enums';
import { outcomeOf, session } from './training.fixtures';

describe('course schedule', () => {
  const term = { startsOn: '2026-09-10', endsOn: '2026-09-12' };

  it('orders the sessions in time', () => {
    const sessions = planSchedule({ ...term, sessions: [session('2026-09-12'), session('2026-09-10', '13:30', '16:30'), session('2026-09-10')] });
    expect(sessions.map((s) => `${s.date} ${s.startsAt}`)).toEqual(['2026-09-10 08:00', '2026-09-10 13:30', '2026-09-12 08:00']);
  });

  it.each<[string, Partial<typeof term> & { sessions?: ReturnType<typeof session>[] }, string]>([
    ['one session a day', { sessions: [session('2026-09-10'), session('2026-09-11')] }, 'OK'],
    ['morning and afternoon of one day', { sessions: [session('2026-09-10'), session('2026-09-10', '11:00', '12:00')] }, 'OK'],
    ['no session', { sessions: [] }, 'TRAINING.COURSE_SCHEDULE'],
    ['a term ending before it starts', { endsOn: '2026-09-09', sessions: [session('2026-09-10')] }, 'TRAINING.COURSE_SCHEDULE'],
    ['a session before the term', { sessions: [session('2026-09-09')] }, 'TRAINING.COURSE_SCHEDULE'],
    ['a session after the term', { sessions: [session('2026-09-13')] }, 'TRAINING.COURSE_SCHEDULE'],
    ['a session ending when it starts', { sessions: [session('2026-09-10', '08:00', '08:00')] }, 'TRAINING.COURSE_SCHEDULE'],
    ['two sessions overlapping', { sessions: [session('2026-09-10'), session('2026-09-10', '10:59', '12:00')] }, 'TRAINING.COURSE_SCHEDULE'],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(outcomeOf(() => planSchedule({ ...term, sessions: [session('2026-09-10')], ...overrides }))).toBe(expected);
  });

  it.each([
    ['the same time', [session('2026-09-10')], [session('2026-09-10')], true],
    ['partly', [session('2026-09-10', '08:00', '11:00')], [session('2026-09-10', '10:00', '12:00')], true],
    ['end touching start', [session('2026-09-10', '08:00', '11:00')], [session('2026-09-10', '11:00', '12:00')], false],
    ['other days', [session('2026-09-10')], [session('2026-09-11')], false],
  ])('two courses overlap at %s: %s', (_case, a, b, expected) => {
    expect(schedulesOverlap(a, b)).toBe(expected);
    expect(schedulesOverlap(b, a)).toBe(expected);
  });
});

describe('course lifecycle PLANNED → OPEN → RUNNING → FINISHED, or CANCELLED', () => {
  const facts = { today: '2026-09-10', startsOn: '2026-09-10', endsOn: '2026-09-11' };
  const cancel: CourseAction = { kind: 'CANCEL', reason: 'Giảng viên ốm' };

  it.each<[CourseStatus, CourseAction, Partial<typeof facts>, string]>([
    ['PLANNED', { kind: 'OPEN' }, {}, 'OPEN'],
    ['OPEN', { kind: 'START' }, {}, 'RUNNING'],
    ['OPEN', { kind: 'START' }, { today: '2026-09-09' }, 'TRAINING.COURSE_START_DATE'],
    ['RUNNING', { kind: 'FINISH' }, { today: '2026-09-11' }, 'FINISHED'],
    ['RUNNING', { kind: 'FINISH' }, {}, 'TRAINING.COURSE_START_DATE'],
    ['PLANNED', { kind: 'START' }, {}, 'TRAINING.COURSE_TRANSITION'],
    ['OPEN', { kind: 'FINISH' }, { today: '2026-09-11' }, 'TRAINING.COURSE_TRANSITION'],
    ['FINISHED', { kind: 'OPEN' }, {}, 'TRAINING.COURSE_TRANSITION'],
    ['PLANNED', cancel, {}, 'CANCELLED'],
    ['OPEN', cancel, {}, 'CANCELLED'],
    ['RUNNING', cancel, {}, 'CANCELLED'],
    ['FINISHED', cancel, {}, 'TRAINING.COURSE_TRANSITION'],
    ['CANCELLED', cancel, {}, 'TRAINING.COURSE_TRANSITION'],
  ])('%s, %o → %s', (status, action, overrides, expected) => {
    let to = '';
    const outcome = outcomeOf(() => {
      to = transitionCourse(status, action, { ...facts, ...overrides });
    });
    expect(outcome === 'OK' ? to : outcome).toBe(expected);
  });
});
