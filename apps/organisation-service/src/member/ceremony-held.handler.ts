import { admissionCeremonyHeld } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { eventHandler } from '@pdv/messaging';
import { assertCellForMembers } from '@pdv/organisation-domain';
import { newId } from '../common/ids';
import { todayInVietnam } from '@pdv/calendar';
import { lockOrganisationTreeShared } from '../common/tree-lock';
import { loadAllVersions } from '../organisation/organisation.queries';
import type { AdmissionHandlerDeps } from './admission-outcome.deps';
import { createMember } from './member-creation';
import { assertValidMemberRecord } from './member-record.validation';
import { findMemberByCandidateId } from './party-member.queries';

/**
 * admission.ceremony.held → a PROBATIONARY member in the cell, personal data pending (it
 * never travels on the bus; the cell completes it with completeMemberRecord). A member
 * already created for the candidate by the same ceremony is a duplicate and changes nothing.
 */
export function ceremonyHeldHandler(deps: AdmissionHandlerDeps) {
  return eventHandler(admissionCeremonyHeld, async (envelope, { em, logger }) => {
    const data = envelope.data;
    await lockOrganisationTreeShared(em);
    const existing = await findMemberByCandidateId(em, data.candidateId);
    if (existing) {
      if (existing.ceremonyDate === data.ceremonyDate && existing.registeredCellId === data.cellId) {
        logger.info({ memberId: existing.id }, 'ceremony already applied; nothing to do');
        return;
      }
      // Another ceremony for a candidate who already has a member here (e.g. re-admission):
      // not something to guess at; the dead-letter queue shows it to operators.
      throw AppError.conflict('The candidate already has a member record from another ceremony.', { memberId: existing.id });
    }
    const today = todayInVietnam(deps.clock);
    const record = assertValidMemberRecord(
      {
        memberId: newId(),
        fullName: null,
        dateOfBirth: null,
        gender: null,
        nationalId: null,
        organisationId: data.cellId,
        status: 'PROBATIONARY',
        admissionDecisionDate: data.admissionDecisionDate,
        ceremonyDate: data.ceremonyDate,
        officialDate: null,
        candidateId: data.candidateId,
        registeredOn: data.ceremonyDate,
      },
      today,
    );
    assertCellForMembers(await loadAllVersions(em), data.cellId, data.ceremonyDate);
    const member = await createMember({ em, events: deps.events, actor: envelope.actor, today, now: deps.clock.now() }, record, 'ADMITTED');
    logger.info({ memberId: member.id, cellId: data.cellId }, 'probationary member created from the admission ceremony');
  });
}
