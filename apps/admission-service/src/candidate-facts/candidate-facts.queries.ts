import type { EntityManager } from '@pdv/persistence';
import type { CertificateFact } from '@pdv/admission-domain';
import type { CandidateFactsRow } from './candidate-facts.entity';

type RawCandidate = Omit<CandidateFactsRow, 'lastEventAt' | 'updatedAt'> & { lastEventAt: string | Date; updatedAt: string | Date };

export async function findCandidateFacts(em: EntityManager, candidateId: string): Promise<CandidateFactsRow | null> {
  const [raw] = await em.execute<RawCandidate[]>(
    `select id, cell_id as "cellId", to_char(accepted_on, 'YYYY-MM-DD') as "acceptedOn", to_char(withdrawn_on, 'YYYY-MM-DD') as "withdrawnOn",
       last_event_at as "lastEventAt", updated_at as "updatedAt"
     from candidate_facts where id = ?::uuid`,
    [candidateId],
  );
  return raw ? { ...raw, lastEventAt: new Date(raw.lastEventAt), updatedAt: new Date(raw.updatedAt) } : null;
}

/**
 * Holds the candidate's awareness certificates for the vote's transaction (issue 11): an
 * invalidation arriving meanwhile waits for the vote to commit, and a vote arriving during an
 * invalidation waits for it and then reads the certificate invalid. So no vote counts a
 * certificate this service already knew invalid.
 */
export async function lockAwarenessCertificates(em: EntityManager, candidateId: string): Promise<void> {
  await em.execute(`select id from certificate_facts where candidate_id = ?::uuid and course_kind = 'AWARENESS' order by id for share`, [candidateId]);
}

/**
 * The certificates of one course kind held by a candidate, as the domain rules take them: an
 * invalidated one is valid until the day before its invalidation, so a meeting before it still
 * counted it and one on or after it does not.
 */
export function candidateCertificates(em: EntityManager, candidateId: string, courseKind: 'AWARENESS' | 'NEW_MEMBER'): Promise<CertificateFact[]> {
  return em.execute<CertificateFact[]>(
    `select id as "certificateId", to_char(issued_on, 'YYYY-MM-DD') as "issuedOn", to_char(least(valid_until, invalidated_on - 1), 'YYYY-MM-DD') as "validUntil"
       from certificate_facts where candidate_id = ?::uuid and course_kind = ? order by issued_on, id`,
    [candidateId, courseKind],
  );
}
