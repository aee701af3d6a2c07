import type { ReferralRow } from './referral.entity';
import { Referral, ReferralConsent } from './referral.type';

export function toReferral(row: ReferralRow): Referral {
  return Object.assign(new Referral(), {
    id: row.id,
    candidateId: row.candidateId,
    massOrganisationId: row.massOrganisationId,
    cellId: row.cellId,
    sourceCategory: row.sourceCategory,
    referrerName: row.referrerName,
    achievements: row.achievements,
    reason: row.reason,
    consent: Object.assign(new ReferralConsent(), { noticeVersion: row.consentNoticeVersion, consentedAt: row.consentedAt }),
    status: row.status,
    isRepeatReferral: row.isRepeat,
    declineReason: row.declineReason,
    declineNote: row.declineNote,
    decidedAt: row.decidedAt,
    submittedOn: row.submittedOn,
    submittedAt: row.submittedAt,
    importId: row.importId,
  });
}
