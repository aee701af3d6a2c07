import { randomUUID } from 'node:crypto';
import {
  admissionAnnulled,
  admissionCeremonyHeld,
  admissionDecided,
  cellResolutionPassed,
  dossierOpened,
  memberMoved,
  memberRegistered,
  referralSubmitted,
  supervisionAssigned,
  supervisionEnded,
} from '@pdv/contracts';
import { waitFor } from '@pdv/testing';
import { membersAtStartOfYear } from '../src/progress/member-count.queries';
import { supervisorsOn } from '../src/dashboard/supervision-assignment.queries';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// The admission stages published since the progress model was first built (the cell's
// resolution, the decision, an annulment), the start-of-year member counts and the supervision
// assignments: all kept from events.
describe('funnel stages, member counts and supervision from events', () => {
  let h: Harness;
  const ward = randomUUID();
  const committee = randomUUID();
  const [cell, otherCell] = [randomUUID(), randomUUID()];
  const k = randomUUID();

  const counter = async (scopeId: string, periodKey: string, stage: string, measure = 'ENTERED') =>
    (await h.sql<{ value: number }>(
      "select value from progress_counter where scope = 'SUBTREE' and scope_id = ? and period_key = ? and stage = ? and measure = ? and source_category = 'ALL' and days = 0",
      [scopeId, periodKey, stage, measure],
    ))[0]?.value ?? 0;

  const member = (memberId: string, organisationId: string) => ({
    memberId,
    organisationId,
    status: 'OFFICIAL' as const,
    active: true,
    temporarilyAway: false,
    activityExempt: false,
    candidateId: null,
    admissionDecisionDate: null,
    officialDate: null,
  });

  beforeAll(async () => {
    h = await startHarness('funnel stages and members');
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await registerOrganisation(h, committee, ward, 'GRASSROOTS_COMMITTEE', 'DB-1');
    await registerOrganisation(h, cell, committee, 'PARTY_CELL', 'CB-1');
    await registerOrganisation(h, otherCell, committee, 'PARTY_CELL', 'CB-2');
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from org_read_model_closure'))[0].count === '9', { what: 'the tree' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('counts the cell’s resolution, the decision and an annulment as their stages, on their dates', async () => {
    await h.publish(referralSubmitted, k, { referralId: randomUUID(), candidateId: k, massOrganisationId: randomUUID(), cellId: cell, sourceCategory: 'RETURNING_GRADUATE', submittedOn: '2026-01-10', isRepeatReferral: false });
    await h.publish(dossierOpened, k, { dossierId: randomUUID(), candidateId: k, cellId: cell, openedOn: '2026-03-02' });
    await waitFor(async () => (await counter(ward, '2026', 'DOSSIER_OPENED')) === 1, { what: 'the dossier' });
    const dossierId = randomUUID();
    await h.publish(cellResolutionPassed, k, { resolutionId: randomUUID(), dossierId, candidateId: k, cellId: cell, meetingDate: '2026-04-10', base: 9, inFavour: 8 });
    await h.publish(admissionDecided, k, { dossierId, candidateId: k, cellId: cell, decisionDate: '2026-05-20', receivedOn: '2026-05-22' });
    await h.publish(admissionCeremonyHeld, k, { dossierId, candidateId: k, cellId: cell, admissionDecisionDate: '2026-05-20', ceremonyDate: '2026-06-15' });
    await waitFor(async () => (await counter(ward, '2026', 'ADMITTED')) === 1, { what: 'the admission' });
    await h.publish(admissionAnnulled, k, { dossierId, candidateId: k, cellId: cell, memberId: randomUUID(), annulledOn: '2026-10-05' });
    await waitFor(async () => (await counter(ward, '2026-Q4', 'ANNULLED')) === 1, { what: 'the annulment' });

    expect(await counter(ward, '2026-Q2', 'CELL_RESOLVED')).toBe(1);
    expect(await counter(ward, '2026-Q2', 'CELL_RESOLVED', 'ADVANCED')).toBe(1);
    // The decision once, from its own event; the ceremony's repetition is not a second one.
    expect(await counter(ward, '2026-M05', 'DECIDED')).toBe(1);
    expect(await counter(ward, '2026', 'DECIDED')).toBe(1);
    expect(await counter(ward, 'NOW', 'ADMITTED', 'IN_STAGE')).toBe(0);
  });

  it('keeps each unit’s members at the start of the year from the member events of the years before', async () => {
    const people = Array.from({ length: 4 }, () => randomUUID());
    const lastYear = new Date('2025-11-02T03:00:00Z');
    for (const id of people.slice(0, 3)) await h.publish(memberRegistered, id, member(id, cell), { occurredAt: lastYear });
    await h.publish(memberRegistered, people[3], member(people[3], otherCell), { occurredAt: lastYear });
    await waitFor(async () => (await h.sql('select 1 from counted_member')).length === 4, { what: 'four members' });
    // During 2026 one moves to the other cell and a fifth joins: the start of 2026 stays as 2025 left it.
    await h.publish(memberMoved, people[0], { ...member(people[0], otherCell), movementId: randomUUID(), kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-03-01', fromOrganisationId: cell, toOrganisationId: otherCell }, { occurredAt: new Date('2026-03-01T03:00:00Z') });
    const fifth = randomUUID();
    await h.publish(memberRegistered, fifth, member(fifth, cell), { occurredAt: new Date('2026-04-01T03:00:00Z') });
    await waitFor(async () => (await h.sql('select 1 from counted_member')).length === 5, { what: 'five members' });
    await waitFor(async () => (await h.sql<{ members: number }>('select members from unit_member_count where organisation_id = ? and year = 2026', [otherCell]))[0]?.members === 2, { what: 'the move' });

    const em = h.service.orm.em.fork();
    expect(Object.fromEntries(await membersAtStartOfYear(em, [cell, otherCell, committee, ward], 2026))).toEqual({ [cell]: 3, [otherCell]: 1, [committee]: 4, [ward]: 4 });
    expect(Object.fromEntries(await membersAtStartOfYear(em, [cell, otherCell, committee], 2027))).toEqual({ [cell]: 3, [otherCell]: 2, [committee]: 5 });
    // Leaving the ward's party (a transfer out) stops counting from that year.
    await h.publish(memberMoved, fifth, { ...member(fifth, cell), active: false, movementId: randomUUID(), kind: 'TRANSFER_OUT', effectiveDate: '2027-02-01', fromOrganisationId: cell, toOrganisationId: null }, { occurredAt: new Date('2027-02-01T03:00:00Z') });
    await waitFor(async () => (await h.sql('select 1 from unit_member_count where year = 2027')).length === 1, { what: 'the transfer out' });
    expect(Object.fromEntries(await membersAtStartOfYear(em, [cell], 2028))).toEqual({ [cell]: 2 });
    expect(Object.fromEntries(await membersAtStartOfYear(em, [cell], 2027))).toEqual({ [cell]: 3 });
  });

  it('knows who supervises a unit on a day, an end arriving before its assignment included', async () => {
    const [first, second] = [randomUUID(), randomUUID()];
    const [a1, a2] = [randomUUID(), randomUUID()];
    await h.publish(supervisionEnded, a1, { assignmentId: a1, organisationId: cell, validTo: '2026-06-01' });
    await h.publish(supervisionAssigned, a1, { assignmentId: a1, committeeMemberId: first, organisationId: cell, validFrom: '2026-01-01', validTo: null });
    await h.publish(supervisionAssigned, a2, { assignmentId: a2, committeeMemberId: second, organisationId: cell, validFrom: '2026-06-01', validTo: null });
    await waitFor(async () => (await h.sql("select 1 from supervision_assignment where committee_member_id <> '00000000-0000-0000-0000-000000000000'")).length === 2, { what: 'two assignments' });
    const em = h.service.orm.em.fork();
    expect(Object.fromEntries(await supervisorsOn(em, [cell, otherCell], '2026-05-31'))).toEqual({ [cell]: first });
    expect(Object.fromEntries(await supervisorsOn(em, [cell], '2026-06-01'))).toEqual({ [cell]: second });
  });
});
