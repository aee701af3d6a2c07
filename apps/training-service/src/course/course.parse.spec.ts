import { problemsOf } from '@pdv/testing';
import type { ScheduleCourseInput } from './course.input';
import { parseReason, parseScheduleCourse } from './course.parse';

const valid: ScheduleCourseInput = {
  kind: 'AWARENESS',
  institutionId: '6f1c2a52-5d0e-4c8e-9f3e-1b2a3c4d5e6f',
  title: 'Lớp bồi dưỡng nhận thức về Đảng, khóa 1',
  startsOn: '2026-09-10',
  endsOn: '2026-09-11',
  capacity: 30,
  location: 'Hội trường Đảng ủy phường',
  sessions: [{ date: '2026-09-10', startsAt: '08:00', endsAt: '11:00', topic: 'Chủ nghĩa Mác – Lênin' }],
};


describe('parseScheduleCourse', () => {
  it('passes a valid input on as the command, text trimmed', () => {
    expect(parseScheduleCourse({ ...valid, title: `  ${valid.title} ` })).toEqual(valid);
  });

  it.each<[string, Partial<ScheduleCourseInput>, string[]]>([
    ['an empty title', { title: ' ' }, ['input.title: must not be empty']],
    ['no capacity', { capacity: 0 }, ['input.capacity: must be 1 to 500']],
    ['a capacity over 500', { capacity: 501 }, ['input.capacity: must be 1 to 500']],
    ['no session', { sessions: [] }, ['input.sessions: must list 1 to 60 sessions']],
    [
      'a session with a bad time and no topic',
      { sessions: [{ date: '2026-09-10', startsAt: '8:00', endsAt: '24:00', topic: '' }] },
      ['input.sessions.0.startsAt: must be a time HH:MM', 'input.sessions.0.endsAt: must be a time HH:MM', 'input.sessions.0.topic: must not be empty'],
    ],
  ])('refuses %s, naming the field', (_case, values, problems) => {
    expect(problemsOf(() => parseScheduleCourse({ ...valid, ...values }))).toEqual(problems);
  });

  it('needs a reason', () => {
    expect(problemsOf(() => parseReason('reason', '  '))).toEqual(['reason: must not be empty']);
    expect(parseReason('reason', ' Giảng viên ốm ')).toBe('Giảng viên ốm');
  });
});
