import { admissionAnnulled } from '@pdv/contracts';
import { eventHandler } from '@pdv/messaging';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import type { AdmissionHandlerDeps } from './admission-outcome.deps';
import { lockAdmittedMember } from './admitted-member.lookup';
import { removeAdmittedMember } from './name-removed.handler';
import { findMemberByCandidateId } from './party-member.queries';

/**
 * admission.decision.annulled → the member the annulled admission created leaves the rolls by
 * a NAME_REMOVAL movement on the day of the annulment (origin ADMISSION), whether still
 * probationary or already official: the admission that made them a member no longer stands.
 * Annulled before the ceremony, no member was ever created and there is nothing to do. A
 * member who has already left (a redelivery, or they had moved away) is left as they are.
 */
export function admissionAnnulledHandler(deps: AdmissionHandlerDeps) {
  return eventHandler(admissionAnnulled, async (envelope, { em, logger }) => {
    const data = envelope.data;
    await lockOrganisationTreeShared(em);
    // With a member id the admission service saw that member registered, so it exists here (or
    // is about to: retried). Without one the ceremony may never have been held.
    const member = data.memberId
      ? await lockAdmittedMember(em, data.memberId, data.candidateId)
      : await findMemberByCandidateId(em, data.candidateId, { forUpdate: true });
    if (!member) {
      logger.info({ dossierId: data.dossierId }, 'admission annulled before any ceremony; no member to remove');
      return;
    }
    if (!member.active) {
      logger.info({ memberId: member.id, leftBy: member.leftBy }, 'member already off the rolls; nothing to do');
      return;
    }
    await removeAdmittedMember({ em, deps, actor: envelope.actor }, member.id, data.annulledOn, 'Admission annulled by the competent committee (wrongful admission).');
    logger.info({ memberId: member.id }, 'member removed: their admission was annulled');
  });
}
