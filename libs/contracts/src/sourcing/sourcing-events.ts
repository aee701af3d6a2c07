import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, uuid } from '../common';

// Published by the sourcing service; consumed by training and admission (which candidates
// exist, in which cell) and evaluation (referral quotas and their attainment). Personal data
// never travels on the bus: no names, national ID numbers, phones or dates of birth. A
// consumer that needs them asks the sourcing API, which checks its role and audits the read.

/** Where a referred person comes from (the plan's "đối tượng"). */
export const SOURCE_CATEGORIES = [
  'CIVIL_SERVANT_OR_EMPLOYEE',
  'MASS_ORGANISATION_MEMBER',
  'NON_STATE_ENTERPRISE_WORKER',
  'HIGH_SCHOOL_STUDENT',
  'RETURNING_GRADUATE',
  'MILITIA_RESERVE_VETERAN_POLICE',
  'MILITARY_SERVICE_CONSCRIPT',
] as const;
export const sourceCategory = z.enum(SOURCE_CATEGORIES);

/** Why a cell declined a referral or a candidate. */
export const DECLINE_REASONS = [
  'DUPLICATE',
  'NOT_ELIGIBLE',
  'NOT_READY',
  'OUTSIDE_CELL_AREA',
  'PERSON_DECLINED',
  'OTHER',
] as const;
export const declineReason = z.enum(DECLINE_REASONS);

/** Why a candidate left the pipeline before admission. */
export const WITHDRAWAL_REASONS = [
  'PERSON_WITHDREW',
  'MOVED_AWAY',
  'NO_LONGER_ELIGIBLE',
  'DECEASED',
  'OTHER',
] as const;
export const withdrawalReason = z.enum(WITHDRAWAL_REASONS);

export const referralSubmitted = defineEvent({
  type: 'sourcing.referral.submitted',
  version: 1,
  description:
    'A mass organisation referred a person to a cell. isRepeatReferral is true when the person (same national ID number) was already a candidate: the referral is attached to that candidate.',
  schema: z.object({
    referralId: uuid,
    candidateId: uuid,
    massOrganisationId: uuid,
    cellId: uuid,
    sourceCategory,
    submittedOn: localDate,
    isRepeatReferral: z.boolean(),
  }),
});

export const referralDeclined = defineEvent({
  type: 'sourcing.referral.declined',
  version: 1,
  description: 'The cell declined one referral (for a duplicate, this does not decline the candidate).',
  schema: z.object({ referralId: uuid, candidateId: uuid, reason: declineReason }),
});

export const candidateAccepted = defineEvent({
  type: 'sourcing.candidate.accepted',
  version: 1,
  description: "The cell accepted a referred person into its source pool (nguồn) for nurturing.",
  schema: z.object({ candidateId: uuid, cellId: uuid, acceptedOn: localDate }),
});

export const candidateDeclined = defineEvent({
  type: 'sourcing.candidate.declined',
  version: 1,
  description: 'The cell declined a referred person; a later referral can bring them back.',
  schema: z.object({ candidateId: uuid, cellId: uuid, reason: declineReason }),
});

export const mentorAssigned = defineEvent({
  type: 'sourcing.candidate.mentor-assigned',
  version: 1,
  description: 'An official member of the nurturing cell was assigned to mentor (giúp đỡ) a candidate.',
  schema: z.object({ candidateId: uuid, memberId: uuid, cellId: uuid, assignedOn: localDate }),
});

export const mentorReleased = defineEvent({
  type: 'sourcing.candidate.mentor-released',
  version: 1,
  description: 'A mentor stopped mentoring a candidate.',
  schema: z.object({ candidateId: uuid, memberId: uuid, releasedOn: localDate }),
});

export const candidateWithdrawn = defineEvent({
  type: 'sourcing.candidate.withdrawn',
  version: 1,
  description: 'A candidate left the pipeline before admission; open training and dossiers should close.',
  schema: z.object({ candidateId: uuid, reason: withdrawalReason, withdrawnOn: localDate }),
});

export const candidateCellChanged = defineEvent({
  type: 'sourcing.candidate.cell-changed',
  version: 1,
  description:
    'A candidate is now nurtured by another cell: their cell was merged into another (CELL_MERGED) or a person moved them after their cell closed (CELL_REASSIGNED). Their open referrals moved with them.',
  schema: z.object({
    candidateId: uuid,
    fromCellId: uuid,
    toCellId: uuid,
    cause: z.enum(['CELL_MERGED', 'CELL_REASSIGNED']),
    changedOn: localDate,
  }),
});

export const quotaSet = defineEvent({
  type: 'sourcing.quota.set',
  version: 1,
  description: 'The Fatherland Front committee set (or changed) a mass organisation’s referral quota for a year.',
  schema: z.object({
    quotaId: uuid,
    massOrganisationId: uuid,
    year: z.number().int().min(2000).max(2100),
    target: z.number().int().min(0),
  }),
});
