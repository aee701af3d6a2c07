import { memberRegistered, certificateIssued } from '@pdv/contracts';
import { randomUUID } from 'node:crypto';
import { identityOf, waitFor } from '@pdv/testing';
import type { Harness } from './harness';
import { acceptCandidate, type TestWard } from './ward';

type Identity = ReturnType<typeof identityOf>;

/** A mutation through the gateway that must go through: its single field's value. */
export async function ok<T = Record<string, unknown>>(h: Harness, identity: Identity, query: string, input: Record<string, unknown>): Promise<T> {
  const response = await h.gql<Record<string, T>>(identity, query, { input });
  if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
  return Object.values(response.data!)[0];
}

/** The day in Hanoi the service takes as today from now on (10:00 there). */
export function setToday(h: Harness, day: string): void {
  h.clock.set(`${day}T03:00:00Z`);
}

const OPEN = 'mutation($input: OpenAdmissionDossierInput!) { openAdmissionDossier(input: $input) { id } }';
const RECORD = 'mutation($input: RecordDossierDocumentInput!) { recordDossierDocument(input: $input) { id } }';
const HISTORY = 'mutation($input: RecordPersonalHistoryInput!) { recordPersonalHistory(input: $input) { id } }';
const VERIFY = 'mutation($input: RecordBackgroundVerificationInput!) { recordBackgroundVerification(input: $input) { id } }';
const INTRODUCE = 'mutation($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }';
const RESOLVE = 'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { passed } }';
const DECIDE = 'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { decisionDate } }';
const CEREMONY = 'mutation($input: RecordAdmissionCeremonyInput!) { recordAdmissionCeremony(input: $input) { endsOn } }';

const PAPERS = ['APPLICATION_LETTER', 'PERSONAL_HISTORY', 'BACKGROUND_VERIFICATION', 'INTRODUCTIONS', 'MASS_ORGANISATION_COMMENTS', 'RESIDENCE_CELL_COMMENTS'];

/**
 * A candidate of the ward's cell taken, through the gateway, to a passed cell resolution on
 * `meetingDate` (today): every paper in the first days of `papersMonth` (June 2026 unless
 * given), the personal history, the verification and two introducers. Returns the candidate
 * and the dossier.
 */
export async function dossierResolvedByCell(h: Harness, ward: TestWard, meetingDate: string, papersMonth = '2026-06'): Promise<{ candidateId: string; dossierId: string }> {
  const ready = await dossierReadyForVote(h, ward, papersMonth);
  await ok(h, identityOf('CELL_SECRETARY', ward.cell), RESOLVE, { dossierId: ready.dossierId, meetingDate, presentMemberIds: ward.officialMembers, inFavour: 3 });
  return ready;
}

/** …the same dossier before the vote: every paper, history, verification and introducer in. */
export async function dossierReadyForVote(h: Harness, ward: TestWard, papersMonth = '2026-06'): Promise<{ candidateId: string; dossierId: string }> {
  const secretary = identityOf('CELL_SECRETARY', ward.cell);
  const candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2025-06-01', validUntil: '2030-05-31' });
  const { id: dossierId } = await ok<{ id: string }>(h, secretary, OPEN, { candidateId });
  for (const [index, kind] of PAPERS.entries()) await ok(h, secretary, RECORD, { dossierId, kind, date: `${papersMonth}-0${index + 1}` });
  await ok(h, secretary, HISTORY, { dossierId, dateOfBirth: '1998-02-10', educationLevel: 'UNIVERSITY', formerMember: false });
  await ok(h, secretary, VERIFY, { dossierId, subject: 'APPLICANT', result: 'SATISFACTORY', concludedOn: `${papersMonth}-09` });
  for (const memberId of ward.officialMembers.slice(0, 2)) await ok(h, secretary, INTRODUCE, { dossierId, kind: 'MEMBER', memberId, togetherFrom: '2024-09-01' });
  return { candidateId, dossierId };
}

/** …then decided by the standing committee and admitted at a ceremony, all on `day` (today). */
export async function dossierInProbation(h: Harness, ward: TestWard, day: string): Promise<{ candidateId: string; dossierId: string }> {
  const admitted = await dossierResolvedByCell(h, ward, day);
  await ok(h, identityOf('WARD_STANDING_COMMITTEE'), DECIDE, { dossierId: admitted.dossierId, decisionNumber: `${admitted.dossierId.slice(0, 4)}-QĐ/ĐU`, decisionDate: day });
  await ok(h, identityOf('CELL_SECRETARY', ward.cell), CEREMONY, { dossierId: admitted.dossierId, decisionReceivedOn: day, ceremonyDate: day, mentorMemberId: ward.officialMembers[2] });
  return admitted;
}

/**
 * What the organisation service and training announce after the ceremony: the probationary
 * member registered for the candidate, and their new-member course certificate; waited for.
 */
export async function registerAdmittedMember(h: Harness, ward: TestWard, candidateId: string, newMemberCourse: { issuedOn: string } | null): Promise<string> {
  const memberId = randomUUID();
  await h.publish(memberRegistered, memberId, {
    memberId,
    organisationId: ward.cell,
    status: 'PROBATIONARY',
    active: true,
    temporarilyAway: false,
    activityExempt: false,
    candidateId,
    admissionDecisionDate: '2026-07-15',
    officialDate: null,
  });
  if (newMemberCourse) {
    await h.publish(certificateIssued, memberId, { certificateId: randomUUID(), courseKind: 'NEW_MEMBER', candidateId: null, memberId, issuedOn: newMemberCourse.issuedOn, validUntil: '2031-10-07' });
  }
  await waitFor(
    async () =>
      (await h.sql('select member_id from admitted_member where candidate_id = ?', [candidateId])).length === 1 &&
      (!newMemberCourse || (await h.sql('select id from certificate_facts where member_id = ?', [memberId])).length === 1),
    { what: 'the admitted member and their certificate' },
  );
  return memberId;
}
