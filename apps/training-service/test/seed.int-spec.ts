import { certificateIssued, enrolmentNominated } from '@pdv/contracts';
import { createLogger } from '@pdv/observability';
import { waitFor } from '@pdv/testing';
import { DEMO_COURSES, loadDemoTraining } from '../src/seed/demo-training';
import { type Harness, startHarness } from './support/harness';
import { setUpWorld } from './support/world';

describe('the demo training seed', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('seed', { today: '2026-12-02' });
    await setUpWorld(h, { poolSize: 45 });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('holds the May awareness course and the October new-member course, and approves December’s class list; a second run changes nothing', async () => {
    const logger = createLogger('training-seed-test', 'warn');
    const report = await loadDemoTraining(h.service.orm, h.service.events, logger, '2026-12-02');
    expect(report).toMatchObject({ courses: DEMO_COURSES.length, skipped: false });
    const courses = await h.sql<{ kind: string; status: string; enrolments: number; certificates: number }>(
      `select c.kind, c.status, (select count(*)::int from enrolment e where e.course_id = c.id) as enrolments,
              (select count(*)::int from certificate t where t.course_id = c.id) as certificates
         from course c order by c.starts_on`,
    );
    // 24 in May (one in seven below 80% attendance, one in eleven failed), the one probationary member in October, the rest of the pool in December.
    expect(courses).toEqual([
      { kind: 'AWARENESS', status: 'FINISHED', enrolments: 24, certificates: 19 },
      { kind: 'NEW_MEMBER', status: 'FINISHED', enrolments: 1, certificates: 1 },
      { kind: 'AWARENESS', status: 'OPEN', enrolments: 16, certificates: 0 },
    ]);
    expect(report.certificates).toBe(20);
    await h.service.relay.drain(30_000);
    const events = await waitFor(async () => {
      const all = await h.streamEvents('TRAINING');
      return all.filter((e) => e.type === certificateIssued.type).length === 20 ? all : null;
    }, { what: 'the seed’s certificate events' });
    expect(events.filter((e) => e.type === enrolmentNominated.type)).toHaveLength(41);
    expect((await loadDemoTraining(h.service.orm, h.service.events, logger, '2026-12-02')).skipped).toBe(true);
  }, 120_000);
});
