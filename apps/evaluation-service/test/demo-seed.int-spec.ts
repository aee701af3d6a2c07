import { randomUUID } from 'node:crypto';
import { memberRegistered, supervisionAssigned, targetExemptionSet } from '@pdv/contracts';
import { identityOf, waitFor } from '@pdv/testing';
import { loadDemoEvaluation, waitForWard } from '../src/seed/demo-evaluation';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// The demo seed on a small ward (the organisation service's demo ward is bigger, the code
// path the same): the plan's targets for every year, the monthly reviews with some left
// missing, drafted ratings with the units' confirmed; a second run changes nothing.
describe('the demo evaluation data', () => {
  let h: Harness;
  const ward = randomUUID();
  const cells = Array.from({ length: 6 }, () => randomUUID());
  const committee = [randomUUID(), randomUUID()];

  beforeAll(async () => {
    h = await startHarness('demo seed', { today: '2026-12-03' });
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU');
    for (const [i, cell] of cells.entries()) await registerOrganisation(h, cell, ward, 'GRASSROOTS_CELL', `CB-${i}`);
    await h.publish(targetExemptionSet, cells[5], { exemptionId: randomUUID(), organisationId: cells[5], year: 2026, reason: 'RESIDENTIAL_AREA_CELL' });
    for (const memberId of committee) {
      await h.publish(memberRegistered, memberId, { memberId, organisationId: ward, status: 'OFFICIAL', active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: '2010-01-01' });
    }
    for (const [i, cell] of cells.entries()) {
      await h.publish(supervisionAssigned, cell, { assignmentId: randomUUID(), committeeMemberId: committee[i % 2], organisationId: cell, validFrom: '2025-07-01', validTo: null });
    }
    await waitFor(async () => (await h.sql('select 1 from supervision_assignment')).length === cells.length && (await h.sql('select 1 from member_read_model')).length === 2, { what: 'the ward' });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('loads targets, reviews with some missing, and ratings; and only once', async () => {
    await waitForWard(h.service.orm, h.service.logger);
    const report = await loadDemoEvaluation(h.service.orm, h.service.events, h.service.logger, '2026-12-03');
    // 6 years × 5 targets; 6 units × 11 months, every third unit's November and one more unit's every fourth month left out.
    expect(report).toMatchObject({ targets: 30, ratings: 8, skipped: false });
    expect(report.reviews + report.reviewsLeftMissing).toBe(66);
    expect(report.reviewsLeftMissing).toBeGreaterThan(2);
    expect(report.confirmed).toBeGreaterThan(0);

    const missing = await h.gql<{ missingSupervisionReviews: { organisationId: string }[] }>(identityOf('PARTY_BUILDING_BOARD'), '{ missingSupervisionReviews { organisationId } }');
    expect(missing.data!.missingSupervisionReviews.map((r) => r.organisationId).sort()).toEqual([...cells].sort().filter((_, i) => i % 3 === 0));
    const changes = await h.sql<{ count: string }>('select count(*) as count from evaluation_target_change');
    expect(Number(changes[0].count)).toBe(30);

    expect(await loadDemoEvaluation(h.service.orm, h.service.events, h.service.logger, '2026-12-03')).toMatchObject({ skipped: true });
  }, 120_000);
});
