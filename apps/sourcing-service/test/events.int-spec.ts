import { randomUUID } from 'node:crypto';
import {
  admissionCeremonyHeld,
  certificateIssued,
  dossierOpened,
  enrolmentNominated,
  enrolmentReleased,
  memberMadeOfficial,
  nominationRefused,
  nominationWithdrawn,
  memberMoved,
  organisationClosed,
  organisationMoved,
  organisationRevised,
} from '@pdv/contracts';
import { streamName } from '@pdv/messaging';
import { type Harness, startHarness, waitFor } from './support/harness';
import { freshPerson, referralInput, setUpWard, SUBMIT_REFERRAL, submitReferral, type TestWard } from './support/ward';

const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { candidate { status } } }`;
const ASSIGN = `mutation($input: AssignMentorInput!) { assignMentor(input: $input) { id } }`;
const STATUS = `query($id: ID!) { candidate(id: $id) { status mentors(includeReleased: true) { memberId releasedOn releaseReason } stageHistory { toStatus event actorId } } }`;

interface StatusView {
  candidate: { status: string; mentors: { memberId: string; releasedOn: string | null; releaseReason: string | null }[]; stageHistory: { toStatus: string; event: string; actorId: string }[] };
}

describe('events with the other services over real NATS', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_events');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  async function pooledCandidate(cellId = ward.cellA, secretary = ward.who.secretaryA) {
    const { referral, candidate } = await submitReferral(h, ward, { cellId });
    await h.ok(secretary, ACCEPT, { input: { referralId: referral.id } });
    return candidate.id;
  }

  const status = (id: string) => h.ok<StatusView>(ward.who.board, STATUS, { id });

  it('publishes sourcing events on the namespaced subjects, with ids and codes only', async () => {
    const person = freshPerson();
    const { referral, candidate } = await submitReferral(h, ward, { person });
    await h.ok(ward.who.secretaryA, ACCEPT, { input: { referralId: referral.id } });
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: candidate.id, memberId: ward.members.officialA1 } });
    await h.ok(ward.who.secretaryA, `mutation($input: ReleaseMentorInput!) { releaseMentor(input: $input) { releasedOn } }`, {
      input: { candidateId: candidate.id, memberId: ward.members.officialA1, reason: 'Đổi người giúp đỡ' },
    });
    await h.ok(ward.who.secretaryA, `mutation($input: WithdrawCandidateInput!) { withdrawCandidate(input: $input) { mentorsReleased } }`, {
      input: { candidateId: candidate.id, reason: 'PERSON_WITHDREW' },
    });
    const declinedOne = await submitReferral(h, ward);
    await h.ok(ward.who.secretaryA, `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id } } }`, {
      input: { referralId: declinedOne.referral.id, reason: 'NOT_ELIGIBLE' },
    });
    await h.ok(ward.who.frontStaff, `mutation($input: SetReferralQuotaInput!) { setReferralQuota(input: $input) { id } }`, {
      input: { massOrganisationId: ward.massOrganisations.youth, year: 2026, target: 40 },
    });

    const events = await waitFor(
      async () => {
        const all = await h.sourcingEvents();
        return all.filter((e) => e.type === 'sourcing.quota.set').length > 0 && all.length >= 9 ? all : null;
      },
      { what: 'the sourcing events' },
    );
    const ofCandidate = events.filter((e) => (e.data as { candidateId?: string }).candidateId === candidate.id).map((e) => e.type);
    expect(ofCandidate).toEqual([
      'sourcing.referral.submitted',
      'sourcing.candidate.accepted',
      'sourcing.candidate.mentor-assigned',
      'sourcing.candidate.mentor-released',
      'sourcing.candidate.withdrawn',
    ]);
    const types = new Set(events.map((e) => e.type));
    for (const type of ['sourcing.referral.declined', 'sourcing.candidate.declined', 'sourcing.quota.set']) expect(types).toContain(type);
    for (const event of events) {
      const subject = (event as unknown as { subject: string }).subject;
      expect(subject).toBe(`${h.ns}.${event.type}.v${event.version}`);
      expect(event.source).toBe('sourcing-service');
    }
    const submitted = events.find((e) => e.type === 'sourcing.referral.submitted' && (e.data as { referralId: string }).referralId === referral.id)!;
    expect(submitted.data).toEqual({
      referralId: referral.id,
      candidateId: candidate.id,
      massOrganisationId: ward.massOrganisations.youth,
      cellId: ward.cellA,
      sourceCategory: person.sourceCategory,
      submittedOn: '2026-03-16',
      isRepeatReferral: false,
    });
    expect(submitted.actor).toEqual({ kind: 'USER', id: 'youth-staff-1', role: 'MASS_ORG_STAFF' });
    const everything = JSON.stringify(events);
    for (const personal of [person.nationalId, person.fullName, person.phone, person.dateOfBirth]) expect(everything).not.toContain(personal);
  });

  it('moves candidates along with training and admission milestones, and applies each event once', async () => {
    const id = await pooledCandidate();
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: id, memberId: ward.members.officialA2 } });
    const [nominated] = await h.training.publish(enrolmentNominated, [
      { aggregateId: randomUUID(), data: { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId: id, memberId: null, nominatedBy: ward.cellA } },
    ]);
    await waitFor(async () => (await status(id)).candidate.status === 'IN_TRAINING', { what: 'IN_TRAINING' });

    // A redelivered copy (same event id) changes nothing: the inbox has it already.
    await h.js.publish(`${h.ns}.${enrolmentNominated.subject}`, new TextEncoder().encode(JSON.stringify(nominated)), { msgID: `redelivery-${nominated.id}` });
    await h.training.publish(certificateIssued, [
      {
        aggregateId: randomUUID(),
        data: { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId: id, memberId: null, issuedOn: '2026-04-30', validUntil: '2031-04-30' },
      },
    ]);
    await waitFor(async () => (await status(id)).candidate.status === 'TRAINED', { what: 'TRAINED' });
    await h.admission.publish(dossierOpened, [{ aggregateId: randomUUID(), data: { dossierId: randomUUID(), candidateId: id, cellId: ward.cellA, openedOn: '2026-05-10' } }]);
    await waitFor(async () => (await status(id)).candidate.status === 'IN_ADMISSION', { what: 'IN_ADMISSION' });
    await h.admission.publish(admissionCeremonyHeld, [
      { aggregateId: randomUUID(), data: { dossierId: randomUUID(), candidateId: id, cellId: ward.cellA, admissionDecisionDate: '2026-08-01', ceremonyDate: '2026-08-20' } },
    ]);
    const admitted = await waitFor(async () => {
      const view = await status(id);
      return view.candidate.status === 'ADMITTED' ? view : null;
    }, { what: 'ADMITTED' });
    expect(admitted.candidate.stageHistory.map((s) => s.toStatus)).toEqual(['REFERRED', 'IN_SOURCE_POOL', 'IN_TRAINING', 'TRAINED', 'IN_ADMISSION', 'ADMITTED']);
    expect(admitted.candidate.stageHistory.slice(2).every((s) => s.actorId === 'system')).toBe(true);
    // Mentoring a candidate ends with admission.
    expect(admitted.candidate.mentors).toEqual([{ memberId: ward.members.officialA2, releasedOn: expect.any(String), releaseReason: 'Candidate admitted' }]);
    const [{ count }] = await h.sql<{ count: string }>("select count(*) as count from inbox_event where subject = ? ", [enrolmentNominated.subject]);
    expect(Number(count)).toBe(1);

    // An admitted person cannot be referred again (by someone who states who they are: the
    // same name, date of birth and gender as held; any other person with that number is
    // refused without being told anything, see referral.int-spec).
    const [held] = await h.sql<{ full_name: string; national_id: string; date_of_birth: string; gender: 'MALE' | 'FEMALE' }>(
      "select full_name, national_id, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, gender from candidate where id = ?",
      [id],
    );
    const samePerson = freshPerson({ fullName: held.full_name, nationalId: held.national_id, dateOfBirth: held.date_of_birth, gender: held.gender });
    const again = await h.gql(ward.who.womenStaff, SUBMIT_REFERRAL, {
      input: referralInput(ward, { person: samePerson, massOrganisationId: ward.massOrganisations.women }),
    });
    expect(again.errors?.[0].extensions?.rule).toBe('SOURCING.ADMITTED_NOT_REFERABLE');
  });

  it('follows training back: a refused, withdrawn or cancelled place returns the candidate to the pool, once, whatever the order', async () => {
    const place = (candidateId: string) => ({ enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS' as const, candidateId, memberId: null });
    const nominate = (party: ReturnType<typeof place>) => h.training.publish(enrolmentNominated, [{ aggregateId: party.enrolmentId, data: { ...party, nominatedBy: ward.cellA } }]);
    const processed = async (eventId: string) => (await h.sql('select 1 from inbox_event where event_id = ?', [eventId])).length === 1;
    const statusIs = (id: string, expected: string) => waitFor(async () => (await status(id)).candidate.status === expected, { what: expected });

    // Refused by the board: back to the pool; the refusal delivered again changes nothing.
    const refusedOne = await pooledCandidate();
    const first = place(refusedOne);
    await nominate(first);
    await statusIs(refusedOne, 'IN_TRAINING');
    const [refusal] = await h.training.publish(nominationRefused, [{ aggregateId: first.enrolmentId, data: first }]);
    await statusIs(refusedOne, 'IN_SOURCE_POOL');
    await h.js.publish(`${h.ns}.${nominationRefused.subject}`, new TextEncoder().encode(JSON.stringify(refusal)), { msgID: `redelivery-${refusal.id}` });

    // Two places: one withdrawn keeps the candidate in training; the other's course cancelled returns them.
    const twoPlaces = await pooledCandidate();
    const [a, b] = [place(twoPlaces), place(twoPlaces)];
    await nominate(a);
    const [secondNomination] = await nominate(b);
    await waitFor(() => processed(secondNomination.id), { what: 'the second nomination' });
    const [withdrawal] = await h.training.publish(nominationWithdrawn, [{ aggregateId: a.enrolmentId, data: a }]);
    await waitFor(() => processed(withdrawal.id), { what: 'the withdrawal' });
    expect((await status(twoPlaces)).candidate.status).toBe('IN_TRAINING');
    await h.training.publish(enrolmentReleased, [{ aggregateId: b.enrolmentId, data: { ...b, cause: 'COURSE_CANCELLED' } }]);
    await statusIs(twoPlaces, 'IN_SOURCE_POOL');

    // Out of order: the refusal arrives before its nomination; the late nomination moves nobody.
    const lateNomination = await pooledCandidate();
    const late = place(lateNomination);
    await h.training.publish(nominationRefused, [{ aggregateId: late.enrolmentId, data: late }]);
    const [nominated] = await nominate(late);
    await waitFor(() => processed(nominated.id), { what: 'the late nomination' });
    expect((await status(lateNomination)).candidate.status).toBe('IN_SOURCE_POOL');

    expect((await status(refusedOne)).candidate.stageHistory.map((s) => [s.toStatus, s.event])).toEqual([
      ['REFERRED', 'REFERRED'],
      ['IN_SOURCE_POOL', 'ACCEPT'],
      ['IN_TRAINING', 'NOMINATED_TO_COURSE'],
      ['IN_SOURCE_POOL', 'COURSE_PLACE_ENDED'],
    ]);
    expect((await status(twoPlaces)).candidate.stageHistory.filter((s) => s.event === 'COURSE_PLACE_ENDED')).toHaveLength(1);
    expect((await status(lateNomination)).candidate.stageHistory.map((s) => s.event)).toEqual(['REFERRED', 'ACCEPT']);
  });

  it('dead-letters a milestone that contradicts this service’s records, for a person to reconcile', async () => {
    const { candidate } = await submitReferral(h, ward); // REFERRED, never accepted
    await h.training.publish(enrolmentNominated, [
      { aggregateId: randomUUID(), data: { enrolmentId: randomUUID(), courseId: randomUUID(), courseKind: 'AWARENESS', candidateId: candidate.id, memberId: null, nominatedBy: ward.cellA } },
    ]);
    const stream = streamName(h.ns, 'DEADLETTER');
    const info = await waitFor(async () => {
      const state = await h.jsm.streams.info(stream);
      return state.state.messages > 0 ? state : null;
    }, { what: 'a dead letter', timeoutMs: 20_000 });
    expect(info.state.messages).toBe(1);
    expect((await status(candidate.id)).candidate.status).toBe('REFERRED');
  });

  it('keeps its organisation read model from organisation events: renamed, moved and closed cells', async () => {
    await h.organisation.publish(organisationRevised, [
      { aggregateId: ward.cellB, data: { organisationId: ward.cellB, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'CB-B2', name: 'Chi bộ khu dân cư B (mới)', effectiveDate: '2026-03-01' } },
    ]);
    await waitFor(async () => (await h.sql<{ code: string }>('select code from org_read_model where id = ?', [ward.cellB]))[0].code === 'CB-B2', { what: 'the revision' });

    // Cell B moves out of the grassroots committee: its secretary no longer covers it.
    const before = await submitReferral(h, ward, { cellId: ward.cellB });
    expect((await h.gql(ward.who.secretaryGrassroots, `query($id: ID!) { candidate(id: $id) { id } }`, { id: before.candidate.id })).data).not.toBeNull();
    await h.organisation.publish(organisationMoved, [
      { aggregateId: ward.cellB, data: { organisationId: ward.cellB, fromParentId: ward.grassrootsId, toParentId: ward.wardId, effectiveDate: '2026-03-10' } },
    ]);
    await waitFor(async () => (await h.sql<{ parent_id: string }>('select parent_id from org_read_model where id = ?', [ward.cellB]))[0].parent_id === ward.wardId, { what: 'the move' });
    const hidden = await h.gql(ward.who.secretaryGrassroots, `query($id: ID!) { candidate(id: $id) { id } }`, { id: before.candidate.id });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await h.organisation.publish(organisationClosed, [
      { aggregateId: ward.cellB, data: { organisationId: ward.cellB, effectiveDate: '2026-03-15', reason: 'MERGED', successorIds: [ward.cellA] } },
    ]);
    await waitFor(async () => !(await h.sql<{ active: boolean }>('select active from org_read_model where id = ?', [ward.cellB]))[0].active, { what: 'the closure' });
    const refused = await h.gql(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward, { cellId: ward.cellB }) });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.REFERRAL_TO_A_CELL' });
    // A referral submitted before the closure went with the merge: the closed cell can no
    // longer decide it, the cell it was merged into can (cell-closure.int-spec.ts has the rest).
    const late = await h.gql(ward.who.secretaryB, ACCEPT, { input: { referralId: before.referral.id } });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const merged = await h.ok<{ acceptReferral: { candidate: { status: string } } }>(ward.who.secretaryA, ACCEPT, { input: { referralId: before.referral.id } });
    expect(merged.acceptReferral.candidate.status).toBe('IN_SOURCE_POOL');
  });

  it('follows members: a new official can mentor; one who leaves the cell is released as mentor', async () => {
    const id = await pooledCandidate();
    const refused = await h.gql(ward.who.secretaryA, ASSIGN, { input: { candidateId: id, memberId: ward.members.probationaryA } });
    expect(refused.errors?.[0].extensions?.rule).toBe('SOURCING.MENTOR_MUST_BE_OFFICIAL');
    await h.organisation.publish(memberMadeOfficial, [
      {
        aggregateId: ward.members.probationaryA,
        data: { memberId: ward.members.probationaryA, organisationId: ward.cellA, status: 'OFFICIAL', active: true, temporarilyAway: false, activityExempt: false, officialDate: '2026-03-01' },
      },
    ]);
    await waitFor(async () => (await h.sql<{ status: string }>('select status from member_read_model where id = ?', [ward.members.probationaryA]))[0].status === 'OFFICIAL', {
      what: 'the member to become official',
    });
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: id, memberId: ward.members.probationaryA } });

    await h.organisation.publish(memberMoved, [
      {
        aggregateId: ward.members.probationaryA,
        data: {
          memberId: ward.members.probationaryA,
          organisationId: ward.cellC,
          status: 'OFFICIAL',
          active: true,
          temporarilyAway: false,
          activityExempt: false,
          movementId: randomUUID(),
          kind: 'INTERNAL_TRANSFER',
          effectiveDate: '2026-03-16',
          fromOrganisationId: ward.cellA,
          toOrganisationId: ward.cellC,
        },
      },
    ]);
    const released = await waitFor(async () => {
      const view = await status(id);
      const mentor = view.candidate.mentors.find((m) => m.memberId === ward.members.probationaryA);
      return mentor?.releasedOn ? mentor : null;
    }, { what: 'the mentor to be released' });
    expect(released.releaseReason).toBe('Member moved to another organisation');
    const events = await waitFor(async () => {
      const all = await h.sourcingEvents();
      return all.some((e) => e.type === 'sourcing.candidate.mentor-released' && (e.data as { candidateId: string }).candidateId === id) ? all : null;
    }, { what: 'mentor-released' });
    const event = events.find((e) => e.type === 'sourcing.candidate.mentor-released' && (e.data as { candidateId: string }).candidateId === id)!;
    expect(event.actor.kind).toBe('SYSTEM');
  });
});
