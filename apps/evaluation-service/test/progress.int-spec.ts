import { randomUUID } from 'node:crypto';
import {
  admissionCeremonyHeld,
  candidateAccepted,
  candidateWithdrawn,
  certificateIssued,
  dossierOpened,
  enrolmentNominated,
  quotaSet,
  referralSubmitted,
  targetExemptionRevoked,
  targetExemptionSet,
} from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// The progress read model is fed only by events: organisation, sourcing, training and
// admission facts published on their streams, counted in the consumer's transaction.
describe('the progress read model', () => {
  let h: Harness;
  const ward = randomUUID();
  const committee = randomUUID();
  const cell = randomUUID();
  const youth = randomUUID();
  const [k1, k2] = [randomUUID(), randomUUID()];

  const counter = async (scope: string, scopeId: string, periodKey: string, stage: string, measure: string, sourceCategory = 'ALL', days = 0) => {
    const rows = await h.sql<{ value: number }>(
      'select value from progress_counter where scope = ? and scope_id = ? and period_key = ? and stage = ? and measure = ? and source_category = ? and days = ?',
      [scope, scopeId, periodKey, stage, measure, sourceCategory, days],
    );
    return rows[0]?.value ?? 0;
  };

  beforeAll(async () => {
    h = await startHarness('progress read model');
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await registerOrganisation(h, committee, ward, 'GRASSROOTS_COMMITTEE', 'DB-1');
    await registerOrganisation(h, cell, committee, 'PARTY_CELL', 'CB-1');
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from org_read_model_closure'))[0].count === '6', {
      what: 'the tree’s closure',
    });

    for (const [candidateId, submittedOn] of [
      [k1, '2026-02-03'],
      [k2, '2026-03-31'],
    ]) {
      await h.publish(referralSubmitted, candidateId, {
        referralId: randomUUID(),
        candidateId,
        massOrganisationId: youth,
        cellId: cell,
        sourceCategory: 'MASS_ORGANISATION_MEMBER',
        submittedOn,
        isRepeatReferral: false,
      });
    }
    await h.publish(candidateAccepted, k1, { candidateId: k1, cellId: cell, acceptedOn: '2026-02-13' });
    // Each stream's facts are counted before the next stream's are published, as weeks apart
    // they would be (facts of streams that cross are counted too, but without their stage times).
    await waitFor(async () => (await counter('UNIT', cell, '2026', 'ACCEPTED', 'ENTERED')) === 1, { what: 'the acceptance counted' });
    // 23:30 UTC on 31 March is 1 April in Hanoi: the nomination counts in the second quarter.
    await h.publish(
      enrolmentNominated,
      k1,
      { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId: k1, memberId: null, nominatedBy: randomUUID() },
      { occurredAt: new Date('2026-03-31T23:30:00Z') },
    );
    await h.publish(certificateIssued, k1, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId: k1, memberId: null, issuedOn: '2026-04-20', validUntil: '2031-04-20' });
    await waitFor(async () => (await counter('UNIT', cell, '2026', 'TRAINED', 'ENTERED')) === 1, { what: 'the certificate counted' });
    await h.publish(dossierOpened, k1, { dossierId: randomUUID(), candidateId: k1, cellId: cell, openedOn: '2026-05-04' });
    await h.publish(admissionCeremonyHeld, k1, { dossierId: randomUUID(), candidateId: k1, cellId: cell, admissionDecisionDate: '2026-08-01', ceremonyDate: '2026-08-20' });
    await h.publish(candidateWithdrawn, k2, { candidateId: k2, reason: 'MOVED_AWAY', withdrawnOn: '2026-06-01' });
    await waitFor(async () => (await counter('SUBTREE', ward, '2026', 'ADMITTED', 'ENTERED')) === 1 && (await counter('UNIT', cell, '2026-Q1', 'REFERRED', 'DROPPED')) === 1, {
      what: 'the admission and the withdrawal counted',
    });
  }, 90_000);

  afterAll(async () => {
    await h?.stop();
  });

  it.each<[string, () => [string, string, string, string, string]]>([
    ['referred in the cell in Q1', () => ['UNIT', cell, '2026-Q1', 'REFERRED', 'ENTERED']],
    ['referred in the grassroots committee’s subtree', () => ['SUBTREE', committee, '2026-Q1', 'REFERRED', 'ENTERED']],
    ['referred in the ward, over the term', () => ['SUBTREE', ward, 'T2025-2030', 'REFERRED', 'ENTERED']],
    ['referred by the mass organisation', () => ['MASS_ORGANISATION', youth, '2026', 'REFERRED', 'ENTERED']],
  ])('counts 2 %s', async (_case, key) => {
    expect(await counter(...key())).toBe(2);
  });

  it('dates a nomination by Vietnam time: April, not March', async () => {
    expect(await counter('UNIT', cell, '2026-Q2', 'SENT_TO_TRAINING', 'ENTERED')).toBe(1);
    expect(await counter('UNIT', cell, '2026-Q1', 'SENT_TO_TRAINING', 'ENTERED')).toBe(0);
  });

  it('counts the ceremony as decided and admitted in their months, by source too', async () => {
    expect(await counter('UNIT', cell, '2026-M08', 'DECIDED', 'ENTERED')).toBe(1);
    expect(await counter('UNIT', cell, '2026-M08', 'ADMITTED', 'ENTERED', 'MASS_ORGANISATION_MEMBER')).toBe(1);
    expect(await counter('UNIT', cell, '2026-Q2', 'DOSSIER_OPENED', 'ADVANCED')).toBe(1);
  });

  it('keeps the pipeline as it stands and the days in each stage', async () => {
    expect(await counter('SUBTREE', ward, 'NOW', 'ADMITTED', 'IN_STAGE')).toBe(1);
    expect(await counter('SUBTREE', ward, 'NOW', 'REFERRED', 'IN_STAGE')).toBe(0);
    expect(await counter('UNIT', cell, '2026-Q1', 'REFERRED', 'DAYS_IN_STAGE', 'ALL', 10)).toBe(1);
  });

  it('counts a referral that arrived before its cell was announced in the ward’s totals once the tree catches up', async () => {
    const lateCell = randomUUID();
    const candidateId = randomUUID();
    await h.publish(referralSubmitted, candidateId, {
      referralId: randomUUID(),
      candidateId,
      massOrganisationId: randomUUID(),
      cellId: lateCell,
      sourceCategory: 'RETURNING_GRADUATE',
      submittedOn: '2026-10-02',
      isRepeatReferral: false,
    });
    await registerOrganisation(h, lateCell, committee, 'PARTY_CELL', 'CB-LATE');
    await waitFor(async () => (await counter('SUBTREE', ward, '2026-Q4', 'REFERRED', 'ENTERED')) === 1, { what: 'the late cell’s referral in the ward’s totals' });
    expect(await counter('SUBTREE', committee, '2026-Q4', 'REFERRED', 'ENTERED')).toBe(1);
    expect(await counter('UNIT', lateCell, '2026-Q4', 'REFERRED', 'ENTERED', 'RETURNING_GRADUATE')).toBe(1);
  });

  it('keeps exemptions by year, a revocation winning whatever the order', async () => {
    const [kept, revoked] = [randomUUID(), randomUUID()];
    await h.publish(targetExemptionSet, kept, { exemptionId: kept, organisationId: cell, year: 2026, reason: 'RESIDENTIAL_AREA_CELL' });
    await h.publish(targetExemptionRevoked, revoked, { exemptionId: revoked, organisationId: committee, year: 2026 });
    await h.publish(targetExemptionSet, revoked, { exemptionId: revoked, organisationId: committee, year: 2026, reason: 'SOURCE_EXHAUSTED' });
    await waitFor(async () => (await h.sql('select 1 from target_exemption')).length === 2, { what: 'two exemptions' });
    expect(await h.sql('select organisation_id, year, reason, revoked from target_exemption order by revoked')).toEqual([
      { organisation_id: cell, year: 2026, reason: 'RESIDENTIAL_AREA_CELL', revoked: false },
      { organisation_id: committee, year: 2026, reason: '', revoked: true },
    ]);
  });

  it('takes a mass organisation’s quota from the sourcing service, the later value winning', async () => {
    await h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2026, target: 10 }, { occurredAt: new Date('2026-01-05T02:00:00Z') });
    await h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2026, target: 8 }, { occurredAt: new Date('2026-01-04T02:00:00Z') });
    await h.publish(quotaSet, youth, { quotaId: randomUUID(), massOrganisationId: youth, year: 2027, target: 3 });
    await waitFor(async () => (await h.sql('select 1 from evaluation_target')).length === 2, { what: 'two quotas' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await h.sql('select kind, year, subject, minimum from evaluation_target order by year')).toEqual([
      { kind: 'MASS_ORGANISATION_REFERRALS', year: 2026, subject: youth, minimum: 10 },
      { kind: 'MASS_ORGANISATION_REFERRALS', year: 2027, subject: youth, minimum: 3 },
    ]);
  });
});
