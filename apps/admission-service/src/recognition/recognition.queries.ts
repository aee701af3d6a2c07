import type { CertificateFact } from '@pdv/admission-domain';
import type { EntityManager } from '@pdv/persistence';
import { pgArray } from '@pdv/persistence';
import type { AdmissionCeremonyRow } from '../decision/decision.entity';
import type { OfficialRecognitionRow } from './recognition.entity';

/**
 * The new-member course certificates of an admitted candidate (RECOGNITION.NEW_MEMBER_COURSE):
 * training issues them to the member the organisation service registered, found through
 * admitted_member, or to the candidate; an invalidated one no longer counts.
 */
export function newMemberCertificates(em: EntityManager, candidateId: string): Promise<CertificateFact[]> {
  return em.execute<CertificateFact[]>(
    `select c.id as "certificateId", to_char(c.issued_on, 'YYYY-MM-DD') as "issuedOn", to_char(c.valid_until, 'YYYY-MM-DD') as "validUntil"
       from certificate_facts c
      where c.course_kind = 'NEW_MEMBER' and c.invalidated_on is null
        and (c.candidate_id = ?::uuid or c.member_id = (select member_id from admitted_member where candidate_id = ?::uuid))
      order by c.issued_on, c.id`,
    [candidateId, candidateId],
  );
}

/** The member registered for an admitted candidate, or null before the organisation service announced it. */
export async function admittedMemberOf(em: EntityManager, candidateId: string): Promise<string | null> {
  const [row] = await em.execute<{ memberId: string }[]>('select member_id as "memberId" from admitted_member where candidate_id = ?::uuid', [candidateId]);
  return row?.memberId ?? null;
}

export async function findRecognition(em: EntityManager, dossierId: string): Promise<OfficialRecognitionRow | null> {
  const [row] = await em.execute<OfficialRecognitionRow[]>(
    `select dossier_id as "dossierId", outcome, decision_number as "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') as "decisionDate",
        to_char(official_from, 'YYYY-MM-DD') as "officialFrom", to_char(name_removed_on, 'YYYY-MM-DD') as "nameRemovedOn", reason, late,
        recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
       from official_recognition where dossier_id = ?::uuid`,
    [dossierId],
  );
  return row ?? null;
}

/** The ceremonies of members admitted through this service, by member, in one statement. */
export function probationsOfMembers(em: EntityManager, memberIds: readonly string[]): Promise<(AdmissionCeremonyRow & { memberId: string })[]> {
  return em.execute<(AdmissionCeremonyRow & { memberId: string })[]>(
    `select m.member_id as "memberId", c.dossier_id as "dossierId", to_char(c.decision_received_on, 'YYYY-MM-DD') as "decisionReceivedOn",
        to_char(c.ceremony_date, 'YYYY-MM-DD') as "ceremonyDate", to_char(c.superior_consent_date, 'YYYY-MM-DD') as "superiorConsentDate",
        c.superior_consent_reference as "superiorConsentReference", c.mentor_member_id as "mentorMemberId", to_char(c.probation_ends_on, 'YYYY-MM-DD') as "probationEndsOn",
        c.recorded_at as "recordedAt", c.recorded_by as "recordedBy", c.recorded_by_role as "recordedByRole"
       from admitted_member m
       join admission_dossier d on d.candidate_id = m.candidate_id
       join admission_ceremony c on c.dossier_id = d.id
      where m.member_id = any(?::uuid[])`,
    [pgArray(memberIds)],
  );
}
