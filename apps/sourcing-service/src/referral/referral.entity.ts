import { EntitySchema } from '@pdv/persistence';
import type { DeclineReason, ReferralStatus, SourceCategory } from '@pdv/sourcing-domain';

/**
 * One mass organisation's referral of a person to a cell. The same person referred twice
 * is one candidate with two referrals (isRepeat on the later one).
 */
export interface ReferralRow {
  id: string;
  candidateId: string;
  massOrganisationId: string;
  /** The cell the person was referred to. */
  cellId: string;
  sourceCategory: SourceCategory;
  /** Who in the mass organisation proposed the person (e.g. the branch secretary), as written. */
  referrerName: string | null;
  achievements: string | null;
  reason: string | null;
  /** The privacy notice version the person agreed to (Decree 13/2023), and when. */
  consentNoticeVersion: string;
  consentedAt: Date;
  status: ReferralStatus;
  /** true when the person was already a candidate when this referral arrived. */
  isRepeat: boolean;
  declineReason: DeclineReason | null;
  declineNote: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  submittedOn: string;
  submittedAt: Date;
  /** Opaque user id of the staffer who submitted it. */
  submittedBy: string;
  /** The spreadsheet import that brought it, if any. */
  importId: string | null;
  /** Set when a person linked two records of one person and this referral moved over. */
  movedFromCandidateId: string | null;
}

export const ReferralEntity = new EntitySchema<ReferralRow>({
  name: 'ReferralRow',
  tableName: 'referral',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'referral_candidate_idx' },
    massOrganisationId: { type: 'uuid' },
    cellId: { type: 'uuid' },
    sourceCategory: { type: 'string', columnType: 'text' },
    referrerName: { type: 'string', columnType: 'text', nullable: true },
    achievements: { type: 'string', columnType: 'text', nullable: true },
    reason: { type: 'string', columnType: 'text', nullable: true },
    consentNoticeVersion: { type: 'string', columnType: 'text' },
    consentedAt: { type: 'Date', columnType: 'timestamptz' },
    status: { type: 'string', columnType: 'text' },
    isRepeat: { type: 'boolean' },
    declineReason: { type: 'string', columnType: 'text', nullable: true },
    declineNote: { type: 'string', columnType: 'text', nullable: true },
    decidedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    decidedBy: { type: 'string', columnType: 'text', nullable: true },
    submittedOn: { type: 'string', columnType: 'date' },
    submittedAt: { type: 'Date', columnType: 'timestamptz' },
    submittedBy: { type: 'string', columnType: 'text' },
    importId: { type: 'uuid', nullable: true },
    movedFromCandidateId: { type: 'uuid', nullable: true },
  },
  indexes: [
    { name: 'referral_mass_organisation_idx', properties: ['massOrganisationId', 'submittedOn'] },
    { name: 'referral_cell_status_idx', properties: ['cellId', 'status'] },
  ],
});
