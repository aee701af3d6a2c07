import { memberMadeOfficial, officialRecognitionGranted } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { eventHandler } from '@pdv/messaging';
import { recogniseOfficial } from '@pdv/organisation-domain';
import type { AdmissionHandlerDeps } from './admission-outcome.deps';
import { lockAdmittedMember } from './admitted-member.lookup';
import { memberStatePayload } from './member-events';
import { saveMemberRecord } from './member-ledger';
import { toMemberRecord, withRecord } from './member-record';

/**
 * admission.recognition.granted → the member is OFFICIAL from the end of the 12 months
 * (the domain computes the date from the ceremony; it must agree with the event's).
 */
export function recognitionGrantedHandler(deps: AdmissionHandlerDeps) {
  return eventHandler(officialRecognitionGranted, async (envelope, { em, logger }) => {
    const data = envelope.data;
    const member = await lockAdmittedMember(em, data.memberId, data.candidateId);
    if (member.status === 'OFFICIAL') {
      // Recognised already (a redelivery under another event id, or a manual recognition).
      logger.info({ memberId: member.id, agrees: member.officialDate === data.officialDate }, 'member already official; nothing to do');
      return;
    }
    const record = recogniseOfficial(toMemberRecord(member), data.decisionDate);
    if (record.officialDate !== data.officialDate) {
      throw AppError.conflict('The official date in the event does not follow from the ceremony date recorded here.', {
        memberId: member.id,
        eventOfficialDate: data.officialDate,
        recordedOfficialDate: record.officialDate,
      });
    }
    const now = deps.clock.now();
    const updated = withRecord(member, record, now);
    await saveMemberRecord(em, updated);
    deps.events.recordEvent(em, memberMadeOfficial, {
      aggregateId: member.id,
      actor: envelope.actor,
      data: { ...memberStatePayload(updated), officialDate: data.officialDate },
    });
    logger.info({ memberId: member.id }, 'member made official from the recognition decision');
  });
}
