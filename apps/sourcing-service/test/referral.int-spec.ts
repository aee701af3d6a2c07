import { foldDiacritics } from '@pdv/vn-identity';
import { type Harness, startHarness } from './support/harness';
import { freshPerson, referralInput, setUpWard, SUBMIT_REFERRAL, submitReferral, type SubmitResult, type TestWard } from './support/ward';

const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { referral { id status } candidate { id status acceptedOn cellId } } }`;
const DECLINE = `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { referral { id status declineReason declineNote } candidate { id status } } }`;
const ASSIGN = `mutation($input: AssignMentorInput!) { assignMentor(input: $input) { id memberId cellId assignedOn releasedOn member { id } } }`;
const CANDIDATE = `query($id: ID!) {
  candidate(id: $id) {
    id fullName status nationalId nationalIdMasked dateOfBirth phone address birthYear acceptedOn lastReviewedOn nextReviewDue
    referrals { id status isRepeatReferral massOrganisationId }
    mentors(includeReleased: true) { memberId releasedOn releaseReason }
    stageHistory { fromStatus toStatus event reason actorId }
    reviews { reviewedOn assessment }
    cell { id }
  }
}`;

interface CandidateView {
  candidate: {
    id: string;
    fullName: string;
    status: string;
    nationalId: string;
    nationalIdMasked: boolean;
    dateOfBirth: string | null;
    phone: string | null;
    address: string | null;
    birthYear: number;
    acceptedOn: string | null;
    lastReviewedOn: string | null;
    nextReviewDue: string | null;
    referrals: { id: string; status: string; isRepeatReferral: boolean; massOrganisationId: string }[];
    mentors: { memberId: string; releasedOn: string | null; releaseReason: string | null }[];
    stageHistory: { fromStatus: string | null; toStatus: string; event: string; reason: string; actorId: string }[];
    reviews: { reviewedOn: string; assessment: string }[];
    cell: { id: string };
  };
}

describe('referrals, the source pool and mentors', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_referrals');
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('records a referral from a Youth Union staffer and masks the national ID for them once submitted', async () => {
    const person = freshPerson({ fullName: 'nguyễn   thị  LAN' });
    const result = await submitReferral(h, ward, { person });
    expect(result.isRepeatReferral).toBe(false);
    expect(result.referral.status).toBe('SUBMITTED');
    expect(result.candidate.status).toBe('REFERRED');
    expect(result.candidate.fullName).toBe('Nguyễn Thị Lan');
    expect(result.candidate.nationalIdMasked).toBe(true);
    expect(result.candidate.nationalId).toBe(`*********${person.nationalId.slice(-3)}`);
    expect(result.message).toMatch(/recorded/);

    const [stored] = await h.sql<{ full_name: string; national_id: string }>('select full_name, national_id from candidate where id = ?', [result.candidate.id]);
    expect(stored.full_name).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(stored.national_id).toBe(person.nationalId);
  });

  it('attaches a second referral of the same person to the same candidate and says so', async () => {
    const person = freshPerson();
    const first = await submitReferral(h, ward, { person });
    const second = await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    expect(second.isRepeatReferral).toBe(true);
    expect(second.candidate.id).toBe(first.candidate.id);
    expect(second.referral.isRepeatReferral).toBe(true);
    expect(second.message).toMatch(/already a candidate/);
    const [{ count }] = await h.sql<{ count: string }>('select count(*) as count from candidate where national_id = ?', [person.nationalId]);
    expect(Number(count)).toBe(1);

    // The same organisation again, while its referral is open: refused, nothing new.
    const again = await h.gql(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward, { person }) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ referrals }] = await h.sql<{ referrals: string }>('select count(*) as referrals from referral where candidate_id = ?', [first.candidate.id]);
    expect(Number(referrals)).toBe(2);
  });

  it('refuses a referral whose ID number is held for another person (other name or date of birth): nothing written, nothing held revealed', async () => {
    const person = freshPerson();
    const first = await submitReferral(h, ward, { person });
    const count = async () =>
      (
        await h.sql<Record<string, string>>(
          `select (select count(*) from candidate) as candidates, (select count(*) from referral) as referrals,
                  (select count(*) from outbox_event) as outbox, (select count(*) from candidate_stage) as stages,
                  (select count(*) from personal_data_audit where action <> 'REFUSED_MATCH') as audit, (select count(*) from possible_duplicate) as duplicates`,
        )
      )[0];
    const before = await count();
    // Someone who knows (or guesses) the number, with a made-up person around it.
    const otherDay = person.dateOfBirth.endsWith('-01') ? `${person.dateOfBirth.slice(0, 8)}02` : `${person.dateOfBirth.slice(0, 8)}01`;
    const attempts = [
      { who: ward.who.womenStaff, org: ward.massOrganisations.women, person: freshPerson({ nationalId: person.nationalId, dateOfBirth: person.dateOfBirth, gender: person.gender, fullName: 'Hoàng Văn Giả' }) },
      { who: ward.who.womenStaff, org: ward.massOrganisations.women, person: freshPerson({ nationalId: person.nationalId, dateOfBirth: otherDay, gender: person.gender, fullName: person.fullName }) },
      // The organisation whose referral is still open gets the same refusal, not CONFLICT:
      // a CONFLICT would tell it the number belongs to someone it referred.
      { who: ward.who.youthStaff, org: ward.massOrganisations.youth, person: freshPerson({ nationalId: person.nationalId, dateOfBirth: person.dateOfBirth, gender: person.gender, fullName: 'Hoàng Văn Giả' }) },
    ];
    for (const attempt of attempts) {
      const result = await h.gql<SubmitResult>(attempt.who, SUBMIT_REFERRAL, { input: referralInput(ward, { person: attempt.person, massOrganisationId: attempt.org }) });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH' });
      expect(result.errors?.[0].message).toMatch(/Check the national ID number, the full name and the date of birth/);
      const json = JSON.stringify(result.errors);
      const [y, m, d] = person.dateOfBirth.split('-');
      for (const held of [
        person.fullName,
        foldDiacritics(person.fullName),
        person.dateOfBirth,
        `${d}/${m}/${y}`,
        person.phone,
        person.address,
        person.nationalId,
        first.candidate.id,
        first.referral.id,
        'REFERRED',
      ]) {
        expect(json).not.toContain(held);
      }
      // Nor which detail differs.
      expect(json).not.toMatch(/fullName|dateOfBirth|differ/);
      expect(result.errors?.[0].extensions).not.toHaveProperty('details');
      expect(await count()).toEqual(before);
    }
    const [{ referrals }] = await h.sql<{ referrals: string }>('select count(*) as referrals from referral where candidate_id = ?', [first.candidate.id]);
    expect(Number(referrals)).toBe(1);
    // Each refused attempt stays in the audit trail, for the board to spot probing.
    const refused = await h.sql<{ actor_role: string; field: string }>(
      "select actor_role, field from personal_data_audit where action = 'REFUSED_MATCH' and subject_id = ? order by occurred_at",
      [first.candidate.id],
    );
    expect(refused).toEqual([
      { actor_role: 'MASS_ORG_STAFF', field: 'nationalId' },
      { actor_role: 'MASS_ORG_STAFF', field: 'nationalId' },
      { actor_role: 'MASS_ORG_STAFF', field: 'nationalId' },
    ]);
  });

  it('attaches a repeat whose identity agrees (accents, case and spaces aside); the other organisation does not see the first one’s phone and address', async () => {
    const person = freshPerson();
    const first = await submitReferral(h, ward, { person });
    const sameIdentity = { ...freshPerson({ nationalId: person.nationalId, dateOfBirth: person.dateOfBirth, gender: person.gender }), fullName: `  ${foldDiacritics(person.fullName).toUpperCase()} ` };
    const second = await submitReferral(h, ward, { person: sameIdentity, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    expect(second.isRepeatReferral).toBe(true);
    expect(second.candidate.id).toBe(first.candidate.id);
    expect(second.message).toMatch(/already a candidate/);
    expect(second.warnings).toContainEqual({ field: 'input.person.fullName', message: expect.stringMatching(/written differently/), rule: null });

    const read = async (who: Parameters<Harness['ok']>[0]) => (await h.ok<CandidateView>(who, CANDIDATE, { id: first.candidate.id })).candidate;
    // The organisation that created the record sees what it collected.
    expect(await read(ward.who.youthStaff)).toMatchObject({ phone: person.phone, address: person.address, dateOfBirth: person.dateOfBirth, nationalIdMasked: true });
    // The second organisation: pipeline facts and what it stated itself, not the first one's contact details.
    const women = await read(ward.who.womenStaff);
    expect(women).toMatchObject({ status: 'REFERRED', phone: null, address: null, dateOfBirth: person.dateOfBirth, nationalIdMasked: true });
    expect(women.nationalId).toBe(`*********${person.nationalId.slice(-3)}`);
    expect(women.referrals.map((r) => r.massOrganisationId)).toEqual([ward.massOrganisations.women]);
    expect(JSON.stringify(women)).not.toContain(sameIdentity.phone);
    // Lists answer the same.
    const listed = await h.ok<{ candidates: { edges: { node: { id: string; phone: string | null; address: string | null } }[] } }>(
      ward.who.womenStaff,
      `{ candidates(first: 100) { edges { node { id phone address } } } }`,
    );
    expect(listed.candidates.edges.find((e) => e.node.id === first.candidate.id)?.node).toEqual({ id: first.candidate.id, phone: null, address: null });
    // Board, standing committee and the cell secretary: unchanged.
    for (const who of [ward.who.board, ward.who.standing, ward.who.secretaryA]) {
      expect(await read(who)).toMatchObject({ phone: person.phone, address: person.address, nationalId: person.nationalId });
    }
    // Nothing withheld is recorded as read.
    const reads = await h.sql<{ field: string }>("select field from personal_data_audit where subject_id = ? and actor_id = 'women-staff-1' and action = 'READ'", [first.candidate.id]);
    expect(reads.map((r) => r.field)).toEqual(['dateOfBirth']);
  });

  it('flags a possible duplicate (same name without diacritics and date of birth, different ID) and never merges it', async () => {
    const person = freshPerson({ fullName: 'Trần Văn Đạt' });
    const first = await submitReferral(h, ward, { person });
    const lookalike = freshPerson({ fullName: 'Tran Van Dat', dateOfBirth: person.dateOfBirth, gender: person.gender });
    const second = await submitReferral(h, ward, { person: lookalike });
    expect(second.possibleDuplicateCount).toBe(1);
    expect(second.candidate.id).not.toBe(first.candidate.id);
    const pairs = await h.ok<{ possibleDuplicates: { totalCount: number; edges: { node: { id: string; candidateId: string; otherCandidateId: string; status: string; candidate: { id: string }; otherCandidate: { id: string } } }[] } }>(
      ward.who.secretaryA,
      `query($id: ID) { possibleDuplicates(candidateId: $id) { totalCount edges { node { id candidateId otherCandidateId status candidate { id } otherCandidate { id } } } } }`,
      { id: second.candidate.id },
    );
    expect(pairs.possibleDuplicates.totalCount).toBe(1);
    const pair = pairs.possibleDuplicates.edges[0].node;
    expect(pair).toMatchObject({ candidateId: second.candidate.id, otherCandidateId: first.candidate.id, status: 'OPEN' });

    const linked = await h.ok<{ linkPossibleDuplicate: { status: string; keptCandidateId: string } }>(
      ward.who.secretaryA,
      `mutation($input: LinkPossibleDuplicateInput!) { linkPossibleDuplicate(input: $input) { status keptCandidateId } }`,
      { input: { possibleDuplicateId: pair.id, keepCandidateId: first.candidate.id, note: 'Đã kiểm tra căn cước: nhập sai số.' } },
    );
    expect(linked.linkPossibleDuplicate).toEqual({ status: 'LINKED', keptCandidateId: first.candidate.id });
    const kept = await h.ok<CandidateView>(ward.who.secretaryA, CANDIDATE, { id: first.candidate.id });
    expect(kept.candidate.referrals.map((r) => r.id).sort()).toEqual([first.referral.id, second.referral.id].sort());
    const folded = await h.ok<CandidateView>(ward.who.secretaryA, CANDIDATE, { id: second.candidate.id });
    expect(folded.candidate.status).toBe('WITHDRAWN');
    // Both records remain: linking keeps history, it does not delete.
    const [{ count }] = await h.sql<{ count: string }>('select count(*) as count from candidate where id in (?, ?)', [first.candidate.id, second.candidate.id]);
    expect(Number(count)).toBe(2);
    // A later referral with the folded record's ID number reaches the kept record.
    const third = await submitReferral(h, ward, { person: lookalike, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    expect(third.candidate.id).toBe(first.candidate.id);
  });

  it('lets a person dismiss a flagged pair of different people', async () => {
    const person = freshPerson({ fullName: 'Lê Thị Hoa' });
    await submitReferral(h, ward, { person });
    const twin = await submitReferral(h, ward, { person: freshPerson({ fullName: 'Le Thi Hoa', dateOfBirth: person.dateOfBirth, gender: person.gender }) });
    const pairs = await h.ok<{ possibleDuplicates: { edges: { node: { id: string } }[] } }>(
      ward.who.board,
      `query($id: ID) { possibleDuplicates(candidateId: $id) { edges { node { id } } } }`,
      { id: twin.candidate.id },
    );
    const dismissed = await h.ok<{ dismissPossibleDuplicate: { status: string; resolvedBy: string } }>(
      ward.who.board,
      `mutation($input: DismissPossibleDuplicateInput!) { dismissPossibleDuplicate(input: $input) { status resolvedBy } }`,
      { input: { possibleDuplicateId: pairs.possibleDuplicates.edges[0].node.id, note: 'Hai người khác nhau.' } },
    );
    expect(dismissed.dismissPossibleDuplicate).toEqual({ status: 'DISMISSED', resolvedBy: 'board-1' });
    const again = await h.gql(ward.who.board, `mutation($input: DismissPossibleDuplicateInput!) { dismissPossibleDuplicate(input: $input) { status } }`, {
      input: { possibleDuplicateId: pairs.possibleDuplicates.edges[0].node.id },
    });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.DUPLICATE_RESOLVED' });
  });

  it('accepts the selected referrals each on its own: one already decided or another cell’s is answered, the others are accepted', async () => {
    const first = await submitReferral(h, ward);
    const declined = await submitReferral(h, ward);
    const otherCell = await submitReferral(h, ward, { cellId: ward.cellB });
    const last = await submitReferral(h, ward);
    await h.ok(ward.who.secretaryA, DECLINE, { input: { referralId: declined.referral.id, reason: 'NOT_READY', note: '' } });
    const ACCEPT_SELECTED = `mutation($input: AcceptReferralsInput!) { acceptReferrals(input: $input) { referralId ok code rule message referral { id status } candidate { id status } } }`;
    type Answer = { referralId: string; ok: boolean; code: string | null; rule: string | null; message: string | null; referral: { status: string } | null; candidate: { status: string } | null };
    const ids = [first.referral.id, declined.referral.id, otherCell.referral.id, last.referral.id];
    const { acceptReferrals } = await h.ok<{ acceptReferrals: Answer[] }>(ward.who.secretaryA, ACCEPT_SELECTED, { input: { referralIds: ids } });

    expect(acceptReferrals.map((a) => [a.referralId, a.ok])).toEqual([
      [first.referral.id, true],
      [declined.referral.id, false],
      [otherCell.referral.id, false],
      [last.referral.id, true],
    ]);
    expect(acceptReferrals[0]).toMatchObject({ referral: { status: 'ACCEPTED' }, candidate: { status: 'IN_SOURCE_POOL' }, code: null });
    expect(acceptReferrals[1]).toMatchObject({ referral: null, candidate: null });
    expect(acceptReferrals[1].code).toMatch(/CONFLICT|RULE_VIOLATION/);
    expect(acceptReferrals[1].message).toBeTruthy();
    expect(acceptReferrals[2].code).toMatch(/FORBIDDEN|NOT_FOUND/);
    // The refused ones are as they were.
    const [{ status }] = await h.sql<{ status: string }>('select status from referral where id = ?', [otherCell.referral.id]);
    expect(status).toBe('SUBMITTED');

    // Bad input changes nothing and names the field.
    const fresh = await submitReferral(h, ward);
    const twice = await h.gql(ward.who.secretaryA, ACCEPT_SELECTED, { input: { referralIds: [fresh.referral.id, fresh.referral.id] } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(twice.errors?.[0].extensions)).toContain('input.referralIds.1');
    const none = await h.gql(ward.who.secretaryA, ACCEPT_SELECTED, { input: { referralIds: [] } });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [{ status: freshStatus }] = await h.sql<{ status: string }>('select status from referral where id = ?', [fresh.referral.id]);
    expect(freshStatus).toBe('SUBMITTED');
  });

  it('lets the cell accept a referral, assign mentors under the rules and review the candidate monthly', async () => {
    const { referral, candidate } = await submitReferral(h, ward);
    const accepted = await h.ok<{ acceptReferral: { referral: { status: string }; candidate: { status: string; acceptedOn: string } } }>(
      ward.who.secretaryA,
      ACCEPT,
      { input: { referralId: referral.id } },
    );
    expect(accepted.acceptReferral.referral.status).toBe('ACCEPTED');
    expect(accepted.acceptReferral.candidate).toMatchObject({ status: 'IN_SOURCE_POOL', acceptedOn: '2026-03-16' });

    const assigned = await h.ok<{ assignMentor: { memberId: string; cellId: string; assignedOn: string; member: { id: string } } }>(
      ward.who.secretaryA,
      ASSIGN,
      { input: { candidateId: candidate.id, memberId: ward.members.officialA1 } },
    );
    expect(assigned.assignMentor).toMatchObject({ memberId: ward.members.officialA1, cellId: ward.cellA, assignedOn: '2026-03-16', member: { id: ward.members.officialA1 } });

    const refusals: [string, string][] = [
      [ward.members.probationaryA, 'SOURCING.MENTOR_MUST_BE_OFFICIAL'],
      [ward.members.awayA, 'SOURCING.MENTOR_AVAILABLE'],
      [ward.members.exemptA, 'SOURCING.MENTOR_AVAILABLE'],
      [ward.members.officialB, 'SOURCING.MENTOR_IN_SAME_CELL'],
      [ward.members.officialA1, 'SOURCING.MENTOR_ALREADY_ASSIGNED'],
    ];
    for (const [memberId, rule] of refusals) {
      const result = await h.gql(ward.who.secretaryA, ASSIGN, { input: { candidateId: candidate.id, memberId } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule });
    }
    const unknown = await h.gql(ward.who.secretaryA, ASSIGN, { input: { candidateId: candidate.id, memberId: '6f1b8a52-c4e3-4f4d-9a0e-5d2c7b3e1f09' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // A second mentor is fine.
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: candidate.id, memberId: ward.members.officialA2 } });

    // Monthly review: due one month after acceptance.
    const view = await h.ok<CandidateView>(ward.who.secretaryA, CANDIDATE, { id: candidate.id });
    expect(view.candidate.nextReviewDue).toBe('2026-04-16');
    const dueNow = await h.ok<{ candidatesDueForReview: { edges: { node: { id: string } }[] } }>(
      ward.who.secretaryA,
      `query($asOf: LocalDate) { candidatesDueForReview(asOf: $asOf, first: 100) { edges { node { id } } } }`,
      { asOf: '2026-04-15' },
    );
    expect(dueNow.candidatesDueForReview.edges.map((e) => e.node.id)).not.toContain(candidate.id);
    const dueLater = await h.ok<{ candidatesDueForReview: { edges: { node: { id: string } }[] } }>(
      ward.who.secretaryA,
      `query($asOf: LocalDate) { candidatesDueForReview(asOf: $asOf, first: 100) { edges { node { id } } } }`,
      { asOf: '2026-04-16' },
    );
    expect(dueLater.candidatesDueForReview.edges.map((e) => e.node.id)).toContain(candidate.id);

    h.clock.set('2026-04-20T03:00:00Z');
    await h.ok(ward.who.secretaryA, `mutation($input: RecordCandidateReviewInput!) { recordCandidateReview(input: $input) { reviewedOn } }`, {
      input: { candidateId: candidate.id, reviewedOn: '2026-04-18', assessment: 'Tích cực, gương mẫu trong sinh hoạt khu dân cư.' },
    });
    const reviewed = await h.ok<CandidateView>(ward.who.secretaryA, CANDIDATE, { id: candidate.id });
    expect(reviewed.candidate.lastReviewedOn).toBe('2026-04-18');
    expect(reviewed.candidate.nextReviewDue).toBe('2026-05-18');
    expect(reviewed.candidate.reviews).toEqual([{ reviewedOn: '2026-04-18', assessment: 'Tích cực, gương mẫu trong sinh hoạt khu dân cư.' }]);
    expect(reviewed.candidate.stageHistory.map((s) => [s.fromStatus, s.toStatus, s.event])).toEqual([
      [null, 'REFERRED', 'REFERRED'],
      ['REFERRED', 'IN_SOURCE_POOL', 'ACCEPT'],
    ]);
    h.clock.set('2026-03-16T03:00:00Z');
  });

  it('enforces the mentor load limit from the ward policy', async () => {
    await h.ok(ward.who.board, `mutation { updateSourcingPolicy(input: { maxCandidatesPerMentor: 1 }) { maxCandidatesPerMentor } }`);
    const accept = async () => {
      const { referral, candidate } = await submitReferral(h, ward);
      await h.ok(ward.who.secretaryA, ACCEPT, { input: { referralId: referral.id } });
      return candidate.id;
    };
    const first = await accept();
    const second = await accept();
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: first, memberId: ward.members.officialA3 } });
    const refused = await h.gql(ward.who.secretaryA, ASSIGN, { input: { candidateId: second, memberId: ward.members.officialA3 } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.MENTOR_LOAD' });
    await h.ok(ward.who.board, `mutation { updateSourcingPolicy(input: { maxCandidatesPerMentor: 3 }) { maxCandidatesPerMentor } }`);
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: second, memberId: ward.members.officialA3 } });
  });

  it('declines a referral with a reason; a duplicate decline never declines the person', async () => {
    const person = freshPerson();
    const first = await submitReferral(h, ward, { person });
    const second = await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const duplicate = await h.ok<{ declineReferral: { referral: { status: string; declineReason: string }; candidate: { status: string } } }>(
      ward.who.secretaryA,
      DECLINE,
      { input: { referralId: second.referral.id, reason: 'DUPLICATE' } },
    );
    expect(duplicate.declineReferral).toMatchObject({ referral: { status: 'DECLINED', declineReason: 'DUPLICATE' }, candidate: { status: 'REFERRED' } });

    const needsNote = await h.gql(ward.who.secretaryA, DECLINE, { input: { referralId: first.referral.id, reason: 'OTHER' } });
    expect(needsNote.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.DECLINE_NEEDS_REASON' });

    const declined = await h.ok<{ declineReferral: { candidate: { status: string } } }>(ward.who.secretaryA, DECLINE, {
      input: { referralId: first.referral.id, reason: 'NOT_READY', note: 'Cần thêm thời gian rèn luyện.' },
    });
    expect(declined.declineReferral.candidate.status).toBe('DECLINED');
    const twice = await h.gql(ward.who.secretaryA, ACCEPT, { input: { referralId: first.referral.id } });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.REFERRAL_DECIDED' });

    // A later referral brings the person back to the cell.
    const back = await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.veterans, as: { userId: 'vet-1', role: 'MASS_ORG_STAFF', scopeId: ward.massOrganisations.veterans } });
    expect(back.isRepeatReferral).toBe(true);
    expect(back.candidate.status).toBe('REFERRED');
  });

  it('withdraws a candidate, releasing mentors and closing open referrals', async () => {
    const person = freshPerson();
    const { referral, candidate } = await submitReferral(h, ward, { person });
    await h.ok(ward.who.secretaryA, ACCEPT, { input: { referralId: referral.id } });
    await h.ok(ward.who.secretaryA, ASSIGN, { input: { candidateId: candidate.id, memberId: ward.members.officialA4 } });
    const open = await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const result = await h.ok<{ withdrawCandidate: { mentorsReleased: number; candidate: { status: string } } }>(
      ward.who.secretaryA,
      `mutation($input: WithdrawCandidateInput!) { withdrawCandidate(input: $input) { mentorsReleased candidate { status } } }`,
      { input: { candidateId: candidate.id, reason: 'MOVED_AWAY' } },
    );
    expect(result.withdrawCandidate).toEqual({ mentorsReleased: 1, candidate: { status: 'WITHDRAWN' } });
    const view = await h.ok<CandidateView>(ward.who.secretaryA, CANDIDATE, { id: candidate.id });
    expect(view.candidate.mentors).toEqual([{ memberId: ward.members.officialA4, releasedOn: '2026-03-16', releaseReason: 'Candidate withdrawn' }]);
    expect(view.candidate.referrals.find((r) => r.id === open.referral.id)?.status).toBe('DECLINED');
    const closed = await h.gql(ward.who.secretaryA, `mutation($input: WithdrawCandidateInput!) { withdrawCandidate(input: $input) { mentorsReleased } }`, {
      input: { candidateId: candidate.id, reason: 'MOVED_AWAY' },
    });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.CANDIDATE_CLOSED' });
  });

  it('validates a referral and reports every problem at once, in words', async () => {
    const input = referralInput(ward);
    const bad = {
      ...input,
      person: { ...input.person, nationalId: '999123456789', dateOfBirth: '2015-01-01', phone: '12345' },
      consent: { noticeVersion: 'no-such-notice', consentedAt: '2026-03-01T00:00:00Z' },
    };
    const result = await h.gql<SubmitResult>(ward.who.youthStaff, SUBMIT_REFERRAL, { input: bad });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions?.problems?.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['input.person.nationalId', 'input.person.dateOfBirth', 'input.person.phone', 'input.consent.noticeVersion']));
    // Messages never repeat the personal data they are about.
    expect(JSON.stringify(result.errors)).not.toContain('999123456789');

    const closedCell = await h.gql(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward, { cellId: ward.grassrootsId }) });
    expect(closedCell.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.REFERRAL_TO_A_CELL' });
  });

  it('searches by name regardless of diacritics, in Vietnamese alphabetical order, with filters', async () => {
    const names = ['Đỗ Văn Bình', 'Nguyễn Thị Ánh', 'Trần Minh An', 'Phạm Thu Ân', 'Bùi Văn Bình'];
    for (const fullName of names) await submitReferral(h, ward, { person: freshPerson({ fullName }), cellId: ward.cellC });
    const search = async (text: string) =>
      (
        await h.ok<{ candidates: { totalCount: number; edges: { node: { fullName: string } }[] } }>(
          ward.who.secretaryC,
          `query($text: String) { candidates(filter: { search: $text }, first: 50) { totalCount edges { node { fullName } } } }`,
          { text },
        )
      ).candidates;
    expect((await search('binh')).edges.map((e) => e.node.fullName)).toEqual(['Bùi Văn Bình', 'Đỗ Văn Bình']);
    // Given name first: An < Ánh < Ân < Bình (a < ă < â; unmarked before sắc); then family name.
    expect((await search('')).edges.map((e) => e.node.fullName)).toEqual(['Trần Minh An', 'Nguyễn Thị Ánh', 'Phạm Thu Ân', 'Bùi Văn Bình', 'Đỗ Văn Bình']);
    expect((await search('ÁNH')).edges.map((e) => e.node.fullName)).toEqual(['Nguyễn Thị Ánh']);

    // Paging keeps the order.
    const page1 = await h.ok<{ candidates: { edges: { node: { fullName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      ward.who.secretaryC,
      `{ candidates(first: 2) { edges { node { fullName } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(page1.candidates.pageInfo.hasNextPage).toBe(true);
    const page2 = await h.ok<{ candidates: { edges: { node: { fullName: string } }[] } }>(
      ward.who.secretaryC,
      `query($after: String) { candidates(first: 2, after: $after) { edges { node { fullName } } } }`,
      { after: page1.candidates.pageInfo.endCursor },
    );
    expect(page2.candidates.edges.map((e) => e.node.fullName)).toEqual(['Phạm Thu Ân', 'Bùi Văn Bình']);

    const filtered = await h.ok<{ candidates: { totalCount: number } }>(
      ward.who.board,
      `query($filter: CandidateFilterInput) { candidates(filter: $filter) { totalCount } }`,
      { filter: { organisationId: ward.cellC, statuses: ['REFERRED'], massOrganisationId: ward.massOrganisations.youth, year: 2026 } },
    );
    expect(filtered.candidates.totalCount).toBe(5);
    const otherYear = await h.ok<{ candidates: { totalCount: number } }>(
      ward.who.board,
      `query($filter: CandidateFilterInput) { candidates(filter: $filter) { totalCount } }`,
      { filter: { organisationId: ward.cellC, year: 2025 } },
    );
    expect(otherYear.candidates.totalCount).toBe(0);
  });

  it('records the collection of a repeat referral (another organisation collected the person’s data again)', async () => {
    const person = freshPerson();
    const first = await submitReferral(h, ward, { person });
    const second = await submitReferral(h, ward, { person, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    expect(second.isRepeatReferral).toBe(true);
    const rows = await h.sql<{ actor_id: string; action: string }>(
      "select actor_id, action from personal_data_audit where subject_id = ? and action = 'COLLECT' order by occurred_at",
      [first.candidate.id],
    );
    // The harness clock stands still, so both rows may carry the same instant: compare as a set.
    expect(rows.map((row) => `${row.actor_id}:${row.action}`).sort()).toEqual(['women-staff-1:COLLECT', 'youth-staff-1:COLLECT']);
  });

  it('shows the unmasked national ID only to dossier roles, and records each read', async () => {
    const person = freshPerson();
    const { candidate } = await submitReferral(h, ward, { person });
    const read = async (who: Parameters<Harness['ok']>[0]) => (await h.ok<CandidateView>(who, CANDIDATE, { id: candidate.id })).candidate;
    expect((await read(ward.who.secretaryA)).nationalId).toBe(person.nationalId);
    expect((await read(ward.who.board)).nationalId).toBe(person.nationalId);
    const staff = await read(ward.who.youthStaff);
    expect(staff).toMatchObject({ nationalIdMasked: true, phone: person.phone, dateOfBirth: person.dateOfBirth });
    expect(staff.nationalId).not.toContain(person.nationalId.slice(0, 9));
    const auditor = await read(ward.who.auditor);
    expect(auditor).toMatchObject({ nationalIdMasked: true, phone: null, address: null, dateOfBirth: null, birthYear: Number(person.dateOfBirth.slice(0, 4)) });

    const log = await h.ok<{ personalDataAccessLog: { edges: { node: { actorId: string; field: string; action: string } }[] } }>(
      ward.who.auditor,
      `query($id: ID) { personalDataAccessLog(candidateId: $id, first: 100) { edges { node { actorId field action } } } }`,
      { id: candidate.id },
    );
    const entries = log.personalDataAccessLog.edges.map((e) => `${e.node.actorId}:${e.node.action}:${e.node.field}`);
    expect(entries).toEqual(
      expect.arrayContaining([
        'youth-staff-1:COLLECT:personalData',
        'secretary-a:READ:nationalId',
        'board-1:READ:nationalId',
        'youth-staff-1:READ:phone',
      ]),
    );
    expect(entries).not.toContain('youth-staff-1:READ:nationalId');
    expect(entries.some((entry) => entry.startsWith('auditor-1:'))).toBe(false);
  });
});
