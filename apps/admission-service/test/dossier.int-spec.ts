import { randomUUID } from 'node:crypto';
import { admissionCeremonyHeld, cellResolutionFailed, cellResolutionPassed, dossierClosed, dossierOpened } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { acceptCandidate, setUpWard, type TestWard } from './support/ward';

const DOSSIER_FIELDS = 'id candidateId cellId status openedOn documents { kind date fileReference status recordedBy recordedByRole } introductions { kind memberId togetherFrom replacementNamedByCell resolutionDate }';
const OPEN = `mutation($input: OpenAdmissionDossierInput!) { openAdmissionDossier(input: $input) { ${DOSSIER_FIELDS} } }`;
const RECORD = `mutation($input: RecordDossierDocumentInput!) { recordDossierDocument(input: $input) { ${DOSSIER_FIELDS} } }`;
const INTRODUCE = `mutation($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { ${DOSSIER_FIELDS} } }`;
const HISTORY = `mutation($input: RecordPersonalHistoryInput!) { recordPersonalHistory(input: $input) { id personalHistoryRecorded } }`;
const VERIFY = `mutation($input: RecordBackgroundVerificationInput!) { recordBackgroundVerification(input: $input) { verifications { id subject exemptAsFullyDeclaredMember concluded } } }`;
const CONCLUDE = `mutation($input: ConcludeBackgroundVerificationInput!) { concludeBackgroundVerification(input: $input) { verifications { id subject concluded } } }`;
const RESOLVE = `mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { id dossierId meetingDate officialMembers base present inFavour required passed } }`;
const DECIDE = `mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { dossierId decisionNumber decisionDate workingDaysAfterResolution late } }`;
const CEREMONY = `mutation($input: RecordAdmissionCeremonyInput!) { recordAdmissionCeremony(input: $input) { dossierId startsOn endsOn mentorMemberId } }`;
const REJECT = `mutation($input: CloseAdmissionDossierInput!) { rejectAdmissionDossier(input: $input) { id status closedOn closeReason } }`;
const WITHDRAW = `mutation($input: CloseAdmissionDossierInput!) { withdrawAdmissionDossier(input: $input) { id status closedOn closeReason } }`;
const READ = `query($id: ID!) { admissionDossier(id: $id) { ${DOSSIER_FIELDS} } }`;
const READINESS = `query($candidateId: ID!, $meetingDate: LocalDate!) { admissionReadiness(candidateId: $candidateId, meetingDate: $meetingDate) { outcomes { rule status } } }`;

interface Dossier {
  id: string;
  candidateId: string;
  cellId: string;
  status: string;
  openedOn: string;
  documents: { kind: string; date: string; fileReference: string | null; status: string; recordedBy: string; recordedByRole: string | null }[];
  introductions: { kind: string; memberId: string | null; togetherFrom: string | null; replacementNamedByCell: boolean; resolutionDate: string | null }[];
}

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule };
}

// The dossier in the Charter's order, through the gateway, and the fact it was opened on the bus.
describe('admission dossiers through the gateway', () => {
  let h: Harness;
  let ward: TestWard;
  let secretary: ReturnType<typeof identityOf>;
  const countDossiers = async () => Number((await h.sql<{ count: string }>('select count(*) as count from admission_dossier'))[0].count);

  beforeAll(async () => {
    h = await startHarness('dossier', { today: '2026-07-15' });
    ward = await setUpWard(h);
    secretary = identityOf('CELL_SECRETARY', ward.cell);
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('opens a dossier, records its papers in order, and the readiness sees them', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const opened = await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } });
    expect(opened.errors).toBeUndefined();
    const dossier = opened.data!.openAdmissionDossier;
    expect(dossier).toMatchObject({ candidateId, cellId: ward.cell, status: 'OPEN', openedOn: '2026-07-15', documents: [] });

    const event = await waitFor(async () => (await h.streamEvents(dossierOpened.stream)).find((envelope) => envelope.aggregateId === dossier.id), { what: 'admission.dossier.opened' });
    expect(event).toMatchObject({ type: 'admission.dossier.opened', version: 1, source: 'admission-service', actor: { id: secretary.userId } });
    expect(event.data).toEqual({ dossierId: dossier.id, candidateId, cellId: ward.cell, openedOn: '2026-07-15' });

    const papers: [string, string][] = [
      ['APPLICATION_LETTER', '2026-05-04'],
      ['PERSONAL_HISTORY', '2026-05-10'],
      ['BACKGROUND_VERIFICATION', '2026-06-01'],
      ['INTRODUCTIONS', '2026-06-10'],
      ['RESIDENCE_CELL_COMMENTS', '2026-06-18'],
      ['MASS_ORGANISATION_COMMENTS', '2026-06-20'],
    ];
    for (const [kind, date] of papers) {
      const recorded = await h.gql<{ recordDossierDocument: Dossier }>(secretary, RECORD, { input: { dossierId: dossier.id, kind, date, fileReference: ` HS/${kind}.pdf ` } });
      expect(recorded.errors).toBeUndefined();
    }
    const read = await h.gql<{ admissionDossier: Dossier }>(identityOf('WARD_STANDING_COMMITTEE'), READ, { id: dossier.id });
    expect(read.data!.admissionDossier.documents.map((paper) => paper.kind)).toEqual([
      'APPLICATION_LETTER',
      'PERSONAL_HISTORY',
      'BACKGROUND_VERIFICATION',
      'INTRODUCTIONS',
      'MASS_ORGANISATION_COMMENTS',
      'RESIDENCE_CELL_COMMENTS',
    ]);
    expect(read.data!.admissionDossier.documents[0]).toEqual({
      kind: 'APPLICATION_LETTER',
      date: '2026-05-04',
      fileReference: 'HS/APPLICATION_LETTER.pdf',
      status: 'RECORDED',
      recordedBy: secretary.userId,
      recordedByRole: 'CELL_SECRETARY',
    });

    const readiness = await h.gql<{ admissionReadiness: { outcomes: { rule: string; status: string }[] } }>(secretary, READINESS, { candidateId, meetingDate: '2026-07-15' });
    expect(readiness.data!.admissionReadiness.outcomes.find((outcome) => outcome.rule === 'ADMISSION.DOSSIER_COMPLETE')?.status).toBe('MET');
    // A meeting before the last paper's date: the dossier was not complete then.
    const earlier = await h.gql<{ admissionReadiness: { outcomes: { rule: string; status: string }[] } }>(secretary, READINESS, { candidateId, meetingDate: '2026-06-19' });
    expect(earlier.data!.admissionReadiness.outcomes.find((outcome) => outcome.rule === 'ADMISSION.DOSSIER_COMPLETE')?.status).toBe('NOT_MET');

    const again = await h.gql(secretary, RECORD, { input: { dossierId: dossier.id, kind: 'INTRODUCTIONS', date: '2026-06-11' } });
    expect(errorOf(again).code).toBe('CONFLICT');
  });

  it('refuses what the Charter does not allow, and writes nothing', async () => {
    const expired = await acceptCandidate(h, ward.cell, { issuedOn: '2021-01-05', validUntil: '2026-01-04' });
    const before = await countDossiers();
    const refused = await h.gql(secretary, OPEN, { input: { candidateId: expired } });
    expect(errorOf(refused)).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.CERTIFICATE_VALID' });
    expect(refused.errors?.[0]?.message).toContain('Send the candidate to an awareness course again.');
    expect(await countDossiers()).toBe(before);

    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    expect(errorOf(await h.gql(secretary, OPEN, { input: { candidateId } })).code).toBe('CONFLICT');
    const outOfOrder = await h.gql(secretary, RECORD, { input: { dossierId: dossier.id, kind: 'PERSONAL_HISTORY', date: '2026-07-01' } });
    expect(errorOf(outOfOrder)).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DOSSIER_ORDER' });
    const future = await h.gql(secretary, RECORD, { input: { dossierId: dossier.id, kind: 'APPLICATION_LETTER', date: '2026-07-16' } });
    expect(errorOf(future)).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DOSSIER_ORDER' });
    expect(await h.sql('select id from dossier_document where dossier_id = ?', [dossier.id])).toEqual([]);
  });

  it('records introductions: a probationary member is refused at once, the 12 months are for the meeting date', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    const [first, second] = ward.officialMembers;
    const introduce = (input: Record<string, unknown>) => h.gql<{ recordIntroduction: Dossier }>(secretary, INTRODUCE, { input: { dossierId: dossier.id, ...input } });

    const probationary = await introduce({ kind: 'MEMBER', memberId: ward.probationaryMember, togetherFrom: '2024-01-01' });
    expect(errorOf(probationary)).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.INTRODUCER_STANDING' });
    expect(probationary.errors?.[0]?.extensions?.details).toMatchObject({ memberStatus: 'PROBATIONARY', messageVi: expect.stringContaining('đảng viên dự bị') });
    expect(errorOf(await introduce({ kind: 'MEMBER', memberId: randomUUID(), togetherFrom: '2024-01-01' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.INTRODUCER_STANDING' });
    expect(errorOf(await introduce({ kind: 'MEMBER', memberId: first }))).toEqual({ code: 'BAD_USER_INPUT', rule: undefined });
    expect(errorOf(await introduce({ kind: 'TRADE_UNION_RESOLUTION', resolutionDate: '2026-07-16' }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.UNION_RESOLUTION' });
    expect(await h.sql('select id from dossier_introduction where dossier_id = ?', [dossier.id])).toEqual([]);

    expect((await introduce({ kind: 'MEMBER', memberId: first, togetherFrom: '2023-09-01' })).errors).toBeUndefined();
    const recorded = await introduce({ kind: 'MEMBER', memberId: second, togetherFrom: '2025-07-15' });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordIntroduction.introductions.map((introduction) => introduction.memberId)).toEqual([first, second]);
    expect(errorOf(await introduce({ kind: 'MEMBER', memberId: second, togetherFrom: '2025-07-15' })).code).toBe('CONFLICT');

    type Outcomes = { admissionReadiness: { outcomes: { rule: string; status: string }[] } };
    const statusesOn = async (meetingDate: string) =>
      (await h.gql<Outcomes>(secretary, READINESS, { candidateId, meetingDate })).data!.admissionReadiness.outcomes
        .filter((outcome) => outcome.rule.startsWith('ADMISSION.INTRODUC'))
        .map((outcome) => `${outcome.rule} ${outcome.status}`);
    // The second introducer reaches 12 full months on 15 July 2026.
    expect(await statusesOn('2026-07-15')).toEqual([
      'ADMISSION.INTRODUCERS MET',
      'ADMISSION.INTRODUCER_STANDING MET',
      'ADMISSION.INTRODUCER_ACQUAINTANCE MET',
      'ADMISSION.INTRODUCER_STANDING MET',
      'ADMISSION.INTRODUCER_ACQUAINTANCE MET',
    ]);
    expect((await statusesOn('2026-07-14'))[4]).toBe('ADMISSION.INTRODUCER_ACQUAINTANCE NOT_MET');
  });

  it('records the personal history’s eligibility facts, in the audit trail, and readiness judges them on the meeting date', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    const history = { dossierId: dossier.id, dateOfBirth: '2008-07-16', educationLevel: 'UPPER_SECONDARY', formerMember: false };

    const bad = await h.gql(secretary, HISTORY, { input: { ...history, formerMember: true } });
    expect(bad.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'input.leftOn' })]);
    const recorded = await h.gql<{ recordPersonalHistory: { id: string; personalHistoryRecorded: boolean } }>(secretary, HISTORY, { input: history });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordPersonalHistory).toEqual({ id: dossier.id, personalHistoryRecorded: true });
    expect(errorOf(await h.gql(secretary, HISTORY, { input: history })).code).toBe('CONFLICT');

    type Outcomes = { admissionReadiness: { outcomes: { rule: string; status: string; facts: { name: string; value: string | null }[] }[] } };
    const eligibility = async (meetingDate: string) =>
      (await h.gql<Outcomes>(secretary, READINESS.replace('outcomes { rule status }', 'outcomes { rule status facts { name value } }'), { candidateId, meetingDate })).data!.admissionReadiness.outcomes.filter(
        (outcome) => ['ADMISSION.AGE', 'ADMISSION.EDUCATION', 'ADMISSION.READMISSION'].includes(outcome.rule),
      );
    // One day short of 18 on 15 July 2026; 18 on the 16th.
    expect((await eligibility('2026-07-15')).map((outcome) => `${outcome.rule} ${outcome.status}`)).toEqual(['ADMISSION.AGE NOT_MET', 'ADMISSION.EDUCATION MET', 'ADMISSION.READMISSION MET']);
    const onBirthday = await eligibility('2026-07-16');
    expect(onBirthday[0]).toMatchObject({ rule: 'ADMISSION.AGE', status: 'MET' });
    expect(JSON.stringify(onBirthday)).not.toContain('2008-07-16');

    const audit = await h.sql<{ action: string; subject_type: string; subject_id: string; field: string; actor_id: string }>(
      'select action, subject_type, subject_id, field, actor_id from personal_data_audit where subject_id = ? order by occurred_at, action',
      [candidateId],
    );
    expect(audit.map((entry) => `${entry.action} ${entry.subject_type}.${entry.field}`)).toEqual(['COLLECT Candidate.dateOfBirth', 'READ Candidate.dateOfBirth', 'READ Candidate.dateOfBirth']);
    expect(new Set(audit.map((entry) => entry.actor_id))).toEqual(new Set([secretary.userId]));
  });

  it('takes a dossier to ready for the vote: papers, personal history, verification, introductions', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    const ok = async (query: string, input: Record<string, unknown>) => {
      const response = await h.gql<Record<string, { verifications?: { id: string; subject: string; concluded: boolean }[] }>>(secretary, query, { input });
      expect(response.errors).toBeUndefined();
      return Object.values(response.data!)[0];
    };
    const papers = ['APPLICATION_LETTER', 'PERSONAL_HISTORY', 'BACKGROUND_VERIFICATION', 'INTRODUCTIONS', 'MASS_ORGANISATION_COMMENTS', 'RESIDENCE_CELL_COMMENTS'];
    for (const [index, kind] of papers.entries()) await ok(RECORD, { dossierId: dossier.id, kind, date: `2026-06-0${index + 1}` });
    await ok(HISTORY, { dossierId: dossier.id, dateOfBirth: '1998-02-10', educationLevel: 'UNIVERSITY', formerMember: false });
    expect(errorOf(await h.gql(secretary, VERIFY, { input: { dossierId: dossier.id, subject: 'APPLICANT', exemptAsFullyDeclaredMember: true } })).code).toBe('BAD_USER_INPUT');
    const opened = await ok(VERIFY, { dossierId: dossier.id, subject: 'APPLICANT' });
    await ok(VERIFY, { dossierId: dossier.id, subject: 'FATHER', exemptAsFullyDeclaredMember: true });
    await ok(VERIFY, { dossierId: dossier.id, subject: 'MOTHER', result: 'SATISFACTORY', concludedOn: '2026-06-20' });
    for (const memberId of ward.officialMembers.slice(0, 2)) await ok(INTRODUCE, { dossierId: dossier.id, kind: 'MEMBER', memberId, togetherFrom: '2024-09-01' });

    type Readiness = { admissionReadiness: { readyForVote: boolean; outcomes: { rule: string; status: string }[] } };
    const readiness = async () => (await h.gql<Readiness>(secretary, READINESS.replace('{ outcomes', '{ readyForVote outcomes'), { candidateId, meetingDate: '2026-07-15' })).data!.admissionReadiness;
    expect((await readiness()).outcomes.find((outcome) => outcome.rule === 'ADMISSION.BACKGROUND_VERIFICATION')?.status).toBe('NOT_YET_KNOWN');

    const applicant = opened.verifications!.find((verification) => verification.subject === 'APPLICANT')!;
    const concluded = await ok(CONCLUDE, { verificationId: applicant.id, result: 'SATISFACTORY', concludedOn: '2026-06-25' });
    expect(concluded.verifications!.map((verification) => [verification.subject, verification.concluded])).toEqual([['APPLICANT', true], ['FATHER', false], ['MOTHER', true]]);
    expect(errorOf(await h.gql(secretary, CONCLUDE, { input: { verificationId: applicant.id, result: 'UNSATISFACTORY', concludedOn: '2026-06-26' } })).code).toBe('CONFLICT');

    const ready = await readiness();
    expect(ready.outcomes.filter((outcome) => outcome.status !== 'MET').map((outcome) => `${outcome.rule} ${outcome.status}`)).toEqual(['ADMISSION.VOTE_TWO_THIRDS NOT_YET_KNOWN']);
    expect(ready.readyForVote).toBe(true);
    const audited = await h.sql<{ action: string; field: string }>('select action, field from personal_data_audit where subject_id = ? order by occurred_at', [candidateId]);
    expect(audited).toContainEqual({ action: 'COLLECT', field: 'backgroundVerification' });
    expect(audited).toContainEqual({ action: 'READ', field: 'backgroundVerification' });

    // The vote of a cell of exactly three official members: 1 in favour fails, 2 pass (2/3 of 3).
    const resolve = (inFavour: number, presentMemberIds = ward.officialMembers) => h.gql<{ recordCellResolution: Record<string, unknown> }>(secretary, RESOLVE, { input: { dossierId: dossier.id, meetingDate: '2026-07-15', presentMemberIds, inFavour } });
    expect(errorOf(await resolve(3, ward.officialMembers.slice(0, 2))).code).toBe('BAD_USER_INPUT');
    const failed = await resolve(1);
    expect(failed.data!.recordCellResolution).toMatchObject({ officialMembers: 3, base: 3, present: 3, inFavour: 1, required: 2, passed: false });
    expect((await h.gql<{ admissionDossier: Dossier }>(secretary, READ, { id: dossier.id })).data!.admissionDossier.status).toBe('OPEN');
    const passed = await resolve(2);
    expect(passed.data!.recordCellResolution).toMatchObject({ base: 3, inFavour: 2, required: 2, passed: true });
    expect((await h.gql<{ admissionDossier: Dossier }>(secretary, READ, { id: dossier.id })).data!.admissionDossier.status).toBe('CELL_RESOLVED');
    expect(errorOf(await resolve(3))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.TRANSITION_NOT_ALLOWED' });

    const published = await waitFor(
      async () => {
        const events = (await h.streamEvents(cellResolutionPassed.stream)).filter((envelope) => envelope.aggregateId === dossier.id && envelope.type.startsWith('admission.cell-resolution'));
        return events.length === 2 ? events : undefined;
      },
      { what: 'the two resolutions on the bus' },
    );
    expect(published.map((envelope) => envelope.type).sort()).toEqual([cellResolutionFailed.type, cellResolutionPassed.type]);
    expect(published.find((envelope) => envelope.type === cellResolutionPassed.type)!.data).toEqual({
      resolutionId: passed.data!.recordCellResolution.id,
      dossierId: dossier.id,
      candidateId,
      cellId: ward.cell,
      meetingDate: '2026-07-15',
      base: 3,
      inFavour: 2,
    });

    // Step 8: only the committee the tree's policy names decides.
    const decision = { dossierId: dossier.id, decisionNumber: '125-QĐ/ĐU', decisionDate: '2026-07-15' };
    expect(errorOf(await h.gql(secretary, DECIDE, { input: decision })).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(identityOf('PARTY_BUILDING_BOARD'), DECIDE, { input: decision }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.COMPETENT_COMMITTEE' });
    const decided = await h.gql<{ recordAdmissionDecision: Record<string, unknown> }>(identityOf('WARD_STANDING_COMMITTEE'), DECIDE, { input: decision });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordAdmissionDecision).toEqual({ ...decision, workingDaysAfterResolution: 0, late: false });

    // Step 9: the ceremony, with a mentor who is an official member of the cell.
    const ceremony = { dossierId: dossier.id, decisionReceivedOn: '2026-07-15', ceremonyDate: '2026-07-15', mentorMemberId: ward.probationaryMember };
    expect(errorOf(await h.gql(secretary, CEREMONY, { input: ceremony }))).toEqual({ code: 'RULE_VIOLATION', rule: 'PROBATION.MENTOR' });
    const held = await h.gql<{ recordAdmissionCeremony: Record<string, unknown> }>(secretary, CEREMONY, { input: { ...ceremony, mentorMemberId: ward.officialMembers[2] } });
    expect(held.errors).toBeUndefined();
    expect(held.data!.recordAdmissionCeremony).toEqual({ dossierId: dossier.id, startsOn: '2026-07-15', endsOn: '2027-07-15', mentorMemberId: ward.officialMembers[2] });
    expect((await h.gql<{ admissionDossier: Dossier }>(secretary, READ, { id: dossier.id })).data!.admissionDossier.status).toBe('PROBATION');
    const ceremonyEvent = await waitFor(async () => (await h.streamEvents(admissionCeremonyHeld.stream)).find((envelope) => envelope.aggregateId === dossier.id && envelope.type === admissionCeremonyHeld.type), {
      what: 'admission.ceremony.held',
    });
    expect(ceremonyEvent.data).toEqual({ dossierId: dossier.id, candidateId, cellId: ward.cell, admissionDecisionDate: '2026-07-15', ceremonyDate: '2026-07-15' });
  });

  it('refuses a vote with the readiness list’s first blocking rule, and writes nothing', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    const refused = await h.gql(secretary, RESOLVE, { input: { dossierId: dossier.id, meetingDate: '2026-07-15', presentMemberIds: ward.officialMembers, inFavour: 3 } });
    expect(errorOf(refused)).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.DOSSIER_COMPLETE' });
    const readiness = await h.gql<{ admissionReadiness: { outcomes: { rule: string; status: string }[] } }>(secretary, READINESS, { candidateId, meetingDate: '2026-07-15' });
    expect(readiness.data!.admissionReadiness.outcomes.find((outcome) => outcome.status !== 'MET')?.rule).toBe('ADMISSION.DOSSIER_COMPLETE');
    expect(errorOf(await h.gql(secretary, RESOLVE, { input: { dossierId: dossier.id, meetingDate: '2026-07-16', presentMemberIds: [], inFavour: 0 } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.STEP_DATES' });
    expect(await h.sql('select id from cell_resolution where dossier_id = ?', [dossier.id])).toEqual([]);
  });

  it('rejects and withdraws with a reason, publishes the closing, and lets a new dossier open after', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const first = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    expect(errorOf(await h.gql(secretary, REJECT, { input: { dossierId: first.id, reason: '  ' } })).code).toBe('BAD_USER_INPUT');
    const rejected = await h.gql<{ rejectAdmissionDossier: Record<string, unknown> }>(secretary, REJECT, { input: { dossierId: first.id, reason: ' Chưa đủ tiêu chuẩn ' } });
    expect(rejected.data!.rejectAdmissionDossier).toEqual({ id: first.id, status: 'REJECTED', closedOn: '2026-07-15', closeReason: 'Chưa đủ tiêu chuẩn' });
    expect(errorOf(await h.gql(secretary, WITHDRAW, { input: { dossierId: first.id, reason: 'x' } }))).toEqual({ code: 'RULE_VIOLATION', rule: 'ADMISSION.TRANSITION_NOT_ALLOWED' });

    const second = (await h.gql<{ openAdmissionDossier: Dossier }>(secretary, OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    expect(second.id).not.toBe(first.id);
    const withdrawn = await h.gql<{ withdrawAdmissionDossier: Record<string, unknown> }>(secretary, WITHDRAW, { input: { dossierId: second.id, reason: 'Chuyển nơi cư trú' } });
    expect(withdrawn.data!.withdrawAdmissionDossier).toMatchObject({ status: 'WITHDRAWN' });

    const closings = await waitFor(
      async () => {
        const events = (await h.streamEvents(dossierClosed.stream)).filter((envelope) => envelope.type === dossierClosed.type && (envelope.data as { candidateId: string }).candidateId === candidateId);
        return events.length === 2 ? events : undefined;
      },
      { what: 'both closings' },
    );
    expect(closings.map((envelope) => envelope.data)).toEqual(
      expect.arrayContaining([
        { dossierId: first.id, candidateId, cellId: ward.cell, outcome: 'REJECTED', closedOn: '2026-07-15' },
        { dossierId: second.id, candidateId, cellId: ward.cell, outcome: 'WITHDRAWN', closedOn: '2026-07-15' },
      ]),
    );
    expect(JSON.stringify(closings)).not.toContain('Chuyển nơi cư trú');
  });

  it.each<[string, () => ReturnType<typeof identityOf> | null, string]>([
    ['another cell’s secretary cannot open it: as if the candidate did not exist', () => identityOf('CELL_SECRETARY', ward.otherCell), 'NOT_FOUND'],
    ['an auditor does not handle dossiers', () => identityOf('AUDITOR'), 'FORBIDDEN'],
    ['a committee member neither', () => identityOf('COMMITTEE_MEMBER'), 'FORBIDDEN'],
    ['nobody signed in', () => null, 'UNAUTHENTICATED'],
  ])('%s', async (_case, identity, code) => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const before = await countDossiers();
    expect(errorOf(await h.gql(identity(), OPEN, { input: { candidateId } })).code).toBe(code);
    expect(await countDossiers()).toBe(before);
  });

  it('answers null for a dossier outside a cell secretary’s part of the ward, as for an unknown id', async () => {
    const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2026-03-01', validUntil: '2031-02-28' });
    const dossier = (await h.gql<{ openAdmissionDossier: Dossier }>(identityOf('PARTY_BUILDING_BOARD'), OPEN, { input: { candidateId } })).data!.openAdmissionDossier;
    const other = identityOf('CELL_SECRETARY', ward.otherCell);
    expect((await h.gql<{ admissionDossier: Dossier | null }>(other, READ, { id: dossier.id })).data).toEqual({ admissionDossier: null });
    expect((await h.gql<{ admissionDossier: Dossier | null }>(other, READ, { id: randomUUID() })).data).toEqual({ admissionDossier: null });
    expect(errorOf(await h.gql(other, RECORD, { input: { dossierId: dossier.id, kind: 'APPLICATION_LETTER', date: '2026-07-01' } })).code).toBe('NOT_FOUND');
  });
});
