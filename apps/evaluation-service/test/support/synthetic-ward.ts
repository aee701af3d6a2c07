import { randomUUID } from 'node:crypto';
import { admissionCeremonyHeld, enrolmentNominated, memberRegistered, referralSubmitted, supervisionAssigned, targetExemptionSet } from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { type Harness, registerOrganisation } from './harness';

/**
 * A small ward with a synthetic year of events, every number known in advance:
 * - G, a grassroots committee over the party cells C1 and C2 (40 members in all at the start
 *   of 2026): nobody admitted, 2 sent to training from C1 — behind, and at risk;
 * - C3, a grassroots cell of 97 members: 3 admitted (3% of 97 rounds up to 3) and 5 sent to
 *   training — met;
 * - C4, a grassroots cell exempt for 2026 (RESIDENTIAL_AREA_CELL): 1 admitted, which still
 *   counts in the ward's totals.
 * Committee member `supervisor` follows C3; `other` follows G.
 */
export interface SyntheticWard {
  ward: string;
  g: string;
  c1: string;
  c2: string;
  c3: string;
  c4: string;
  supervisor: string;
  other: string;
}

const MEMBERS_LAST_YEAR = new Date('2025-12-01T03:00:00Z');

async function members(h: Harness, organisationId: string, n: number): Promise<void> {
  for (let i = 0; i < n; i += 1) {
    const memberId = randomUUID();
    await h.publish(
      memberRegistered,
      memberId,
      { memberId, organisationId, status: 'OFFICIAL', active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: null },
      { occurredAt: MEMBERS_LAST_YEAR },
    );
  }
}

/** A candidate referred to a cell on a day. */
export async function candidate(h: Harness, cellId: string, referred: string): Promise<string> {
  const candidateId = randomUUID();
  await h.publish(referralSubmitted, candidateId, {
    referralId: randomUUID(),
    candidateId,
    massOrganisationId: randomUUID(),
    cellId,
    sourceCategory: 'MASS_ORGANISATION_MEMBER',
    submittedOn: referred,
    isRepeatReferral: false,
  });
  return candidateId;
}

export async function nominate(h: Harness, candidateId: string, at: Date): Promise<void> {
  await h.publish(
    enrolmentNominated,
    candidateId,
    { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, nominatedBy: randomUUID() },
    { occurredAt: at },
  );
}

export async function admit(h: Harness, candidateId: string, cellId: string, decided: string, ceremony: string): Promise<void> {
  await h.publish(admissionCeremonyHeld, candidateId, { dossierId: randomUUID(), candidateId, cellId, admissionDecisionDate: decided, ceremonyDate: ceremony });
}

export async function admittedCount(h: Harness, scopeId: string, periodKey: string): Promise<number> {
  const rows = await h.sql<{ value: number }>(
    "select value from progress_counter where scope = 'SUBTREE' and scope_id = ? and period_key = ? and stage = 'ADMITTED' and measure = 'ENTERED' and source_category = 'ALL' and days = 0",
    [scopeId, periodKey],
  );
  return rows[0]?.value ?? 0;
}

export async function loadSyntheticWard(h: Harness): Promise<SyntheticWard> {
  const w: SyntheticWard = { ward: randomUUID(), g: randomUUID(), c1: randomUUID(), c2: randomUUID(), c3: randomUUID(), c4: randomUUID(), supervisor: randomUUID(), other: randomUUID() };
  await registerOrganisation(h, w.ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
  await registerOrganisation(h, w.g, w.ward, 'GRASSROOTS_COMMITTEE', 'DB-01');
  await registerOrganisation(h, w.c1, w.g, 'PARTY_CELL', 'DB-01-CB-1');
  await registerOrganisation(h, w.c2, w.g, 'PARTY_CELL', 'DB-01-CB-2');
  await registerOrganisation(h, w.c3, w.ward, 'GRASSROOTS_CELL', 'CB-03');
  await registerOrganisation(h, w.c4, w.ward, 'GRASSROOTS_CELL', 'CB-04');
  await waitFor(async () => (await h.sql('select 1 from org_read_model_closure')).length === 13, { what: 'the synthetic ward’s tree' });

  await members(h, w.c1, 25);
  await members(h, w.c2, 15);
  await members(h, w.c3, 97);
  await members(h, w.c4, 10);
  await h.publish(targetExemptionSet, w.c4, { exemptionId: randomUUID(), organisationId: w.c4, year: 2026, reason: 'RESIDENTIAL_AREA_CELL' });
  await h.publish(supervisionAssigned, w.c3, { assignmentId: randomUUID(), committeeMemberId: w.supervisor, organisationId: w.c3, validFrom: '2025-07-01', validTo: null });
  await h.publish(supervisionAssigned, w.g, { assignmentId: randomUUID(), committeeMemberId: w.other, organisationId: w.g, validFrom: '2025-07-01', validTo: null });

  // C3: five referred in January and sent to training in February; three admitted in Q2–Q3.
  const c3 = [];
  for (let i = 0; i < 5; i += 1) c3.push(await candidate(h, w.c3, `2026-01-0${i + 2}`));
  // C1: two referred and sent to training; C4: one, admitted in Q2.
  const c1 = [await candidate(h, w.c1, '2026-02-02'), await candidate(h, w.c1, '2026-02-03')];
  const c4 = await candidate(h, w.c4, '2026-01-15');
  await waitFor(async () => (await h.sql('select 1 from candidate_journey')).length === 8, { what: 'eight referrals' });
  for (const id of [...c3, ...c1, c4]) await nominate(h, id, new Date('2026-02-10T03:00:00Z'));
  await waitFor(async () => (await h.sql("select 1 from candidate_journey where current_stage = 'SENT_TO_TRAINING'")).length === 8, { what: 'eight nominations' });
  await admit(h, c3[0], w.c3, '2026-05-04', '2026-05-20');
  await admit(h, c3[1], w.c3, '2026-06-01', '2026-06-19');
  await admit(h, c3[2], w.c3, '2026-07-01', '2026-07-10');
  await admit(h, c4, w.c4, '2026-04-01', '2026-04-20');
  await waitFor(async () => (await admittedCount(h, w.ward, '2026')) === 4, { what: 'four admissions' });
  await waitFor(async () => (await h.sql('select 1 from supervision_assignment')).length === 2 && (await h.sql('select 1 from target_exemption')).length === 1, { what: 'supervision and the exemption' });
  await waitFor(async () => (await h.sql('select 1 from counted_member')).length === 147, { what: 'the members' });
  return w;
}
