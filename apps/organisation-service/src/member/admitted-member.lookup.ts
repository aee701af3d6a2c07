import type { EntityManager } from '@pdv/persistence';
import type { PartyMemberRow } from './party-member.entity';
import { findMemberByCandidateId, findMembersByIds } from './party-member.queries';

/** A member not found yet: the ceremony event has not been applied. Retrying later may succeed. */
export class MemberNotYetKnownError extends Error {
  constructor() {
    super('no member for this admission yet (the ceremony event has not been applied); will retry');
    this.name = 'MemberNotYetKnownError';
  }
}

/**
 * The member an admission outcome is about, locked: by memberId when the event carries it,
 * else (or when that id is unknown here) by the candidate they were admitted as.
 */
export async function lockAdmittedMember(em: EntityManager, memberId: string | null, candidateId: string): Promise<PartyMemberRow> {
  if (memberId) {
    const [byId] = await findMembersByIds(em, [memberId], { forUpdate: true });
    if (byId) return byId;
  }
  const byCandidate = await findMemberByCandidateId(em, candidateId, { forUpdate: true });
  if (!byCandidate) throw new MemberNotYetKnownError();
  return byCandidate;
}
