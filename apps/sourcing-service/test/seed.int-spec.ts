import { addDays, utcDateOf } from '@pdv/calendar';
import { loadDemoSourcing, SeedClock, waitForWard } from '../src/seed/demo-loader';
import { type Harness, startHarness, testLogger } from './support/harness';
import { announceWard } from './support/ward';

describe('demo data', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('sourcing_seed');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('waits for the ward from the organisation service, then loads a year of referrals through the rules, once', async () => {
    const ward = await announceWard(h);
    const cells = await waitForWard(h.service.orm, testLogger, 15_000);
    expect(cells.map((cell) => cell.id).sort()).toEqual([ward.cellA, ward.cellB, ward.cellC].sort());
    expect(cells.find((cell) => cell.id === ward.cellA)!.mentorIds.sort()).toEqual(
      [ward.members.officialA1, ward.members.officialA2, ward.members.officialA3, ward.members.officialA4].sort(),
    );

    const clock = new SeedClock();
    const deps = { ...h.service.deps, clock };
    const first = await loadDemoSourcing(h.service.orm, deps, clock, cells, testLogger);
    expect(first).toMatchObject({ massOrganisationsCreated: 12, quotasSet: 8, failures: 0, peopleAlreadyThere: 0 });
    expect(first.peopleCreated).toBe(200);

    const byStatus = Object.fromEntries(
      (await h.sql<{ status: string; count: string }>('select status, count(*) as count from candidate group by status')).map((row) => [row.status, Number(row.count)]),
    );
    for (const status of ['REFERRED', 'IN_SOURCE_POOL', 'DECLINED', 'IN_ADMISSION', 'WITHDRAWN']) expect(byStatus[status]).toBeGreaterThan(0);
    // IN_TRAINING and TRAINED come only from the training service's events (its own demo seed).
    expect(byStatus.IN_TRAINING ?? 0).toBe(0);
    expect(byStatus.TRAINED ?? 0).toBe(0);
    const [{ repeats, mentors, reviews }] = await h.sql<{ repeats: string; mentors: string; reviews: string }>(
      `select (select count(*) from referral where is_repeat) as repeats, (select count(*) from mentor_assignment) as mentors,
              (select count(*) from candidate_review) as reviews`,
    );
    expect(Number(repeats)).toBeGreaterThan(0);
    expect(Number(mentors)).toBeGreaterThan(0);
    expect(Number(reviews)).toBeGreaterThan(0);
    // Every referral is dated within the last year, as the demo promises.
    const [{ earliest }] = await h.sql<{ earliest: string }>("select to_char(min(submitted_on), 'YYYY-MM-DD') as earliest from referral");
    expect(earliest >= addDays(utcDateOf(new Date()), -367)).toBe(true);

    const outboxBefore = (await h.sql<{ count: string }>('select count(*) as count from outbox_event'))[0].count;
    const second = await loadDemoSourcing(h.service.orm, deps, clock, cells, testLogger);
    expect(second).toEqual({ massOrganisationsCreated: 0, quotasSet: 8, peopleCreated: 0, peopleAlreadyThere: 200, failures: 0 });
    expect((await h.sql<{ count: string }>('select count(*) as count from outbox_event'))[0].count).toBe(outboxBefore);
  });
});
