import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, organisationKind, partyMemberStatus, sector, uuid } from '../common';

export const organisationRegistered = defineEvent({
  type: 'organisation.organisation.registered',
  version: 1,
  description: 'A party organisation came into existence (new, or created by a split or merge).',
  schema: z.object({
    organisationId: uuid,
    parentId: uuid.nullable(),
    kind: organisationKind,
    sector,
    code: z.string(),
    name: z.string(),
    validFrom: localDate,
  }),
});

export const organisationRevised = defineEvent({
  type: 'organisation.organisation.revised',
  version: 1,
  description: 'An organisation was renamed, recoded or re-classified from a date (history keeps the old values).',
  schema: z.object({
    organisationId: uuid,
    kind: organisationKind,
    sector,
    code: z.string(),
    name: z.string(),
    effectiveDate: localDate,
  }),
});

export const organisationMoved = defineEvent({
  type: 'organisation.organisation.moved',
  version: 1,
  description: 'An organisation was placed under another parent from a date.',
  schema: z.object({ organisationId: uuid, fromParentId: uuid.nullable(), toParentId: uuid, effectiveDate: localDate }),
});

export const organisationClosed = defineEvent({
  type: 'organisation.organisation.closed',
  version: 1,
  description: 'An organisation stopped existing from a date: dissolved, merged into another, or split.',
  schema: z.object({
    organisationId: uuid,
    effectiveDate: localDate,
    reason: z.enum(['DISSOLVED', 'MERGED', 'SPLIT']),
    successorIds: z.array(uuid),
  }),
});

/**
 * The ward's plan term, owned by the organisation service: consumer services keep a read
 * model of it instead of their own copy. Published whenever the policy value is set.
 */
export const planTermSet = defineEvent({
  type: 'organisation.plan-term.set',
  version: 1,
  description: 'The first and last year of the ward’s party-development plan were set (2025–2030 by default).',
  schema: z.object({ firstYear: z.number().int().min(2000).max(2100), lastYear: z.number().int().min(2000).max(2100) }),
});

export const targetExemptionSet = defineEvent({
  type: 'organisation.exemption.set',
  version: 1,
  description: "An organisation is exempt from the per-unit admission targets for a year.",
  schema: z.object({
    exemptionId: uuid,
    organisationId: uuid,
    year: z.number().int(),
    reason: z.enum(['ALL_STAFF_ARE_MEMBERS', 'SOURCE_EXHAUSTED', 'RESIDENTIAL_AREA_CELL']),
  }),
});

export const targetExemptionRevoked = defineEvent({
  type: 'organisation.exemption.revoked',
  version: 1,
  description: 'A target exemption was withdrawn.',
  schema: z.object({ exemptionId: uuid, organisationId: uuid, year: z.number().int() }),
});

export const MEMBER_MOVEMENT_KINDS = [
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'INTERNAL_TRANSFER',
  'TEMPORARY_TRANSFER_OUT',
  'TEMPORARY_TRANSFER_RETURN',
  'ACTIVITY_EXEMPTION_START',
  'ACTIVITY_EXEMPTION_END',
  'NAME_REMOVAL',
  'DEATH',
] as const;
export const memberMovementKind = z.enum(MEMBER_MOVEMENT_KINDS);

/** The member's standing after a change: enough for read models that count or validate. */
const memberState = {
  memberId: uuid,
  organisationId: uuid.nullable(),
  status: partyMemberStatus,
  /** false once the member left the ward's party (transfer out, name removal, death). */
  active: z.boolean(),
  /** true while on temporary transfer elsewhere (not counted in the vote base). */
  temporarilyAway: z.boolean(),
  /** true while exempt from party activities. */
  activityExempt: z.boolean(),
};

export const memberRegistered = defineEvent({
  type: 'organisation.member.registered',
  version: 1,
  description: 'A party member was entered in an organisation (existing member, transfer-in or newly admitted).',
  schema: z.object({
    ...memberState,
    candidateId: uuid.nullable(),
    admissionDecisionDate: localDate.nullable(),
    officialDate: localDate.nullable(),
  }),
});

export const memberMadeOfficial = defineEvent({
  type: 'organisation.member.made-official',
  version: 1,
  description: 'A probationary member became an official member from officialDate.',
  schema: z.object({ ...memberState, officialDate: localDate }),
});

export const memberMoved = defineEvent({
  type: 'organisation.member.moved',
  version: 1,
  description: "A movement changed where a member belongs or whether they count (transfer, exemption, removal, death).",
  schema: z.object({
    ...memberState,
    movementId: uuid,
    kind: memberMovementKind,
    effectiveDate: localDate,
    fromOrganisationId: uuid.nullable(),
    toOrganisationId: uuid.nullable(),
  }),
});

/** Fields of a member record whose change read models may need to hear about. */
export const MEMBER_RECORD_FIELDS = [
  'fullName',
  'dateOfBirth',
  'gender',
  'nationalId',
  'admissionDecisionDate',
  'ceremonyDate',
  'officialDate',
] as const;

export const memberRecordCorrected = defineEvent({
  type: 'organisation.member.record-corrected',
  version: 1,
  description:
    'A member record was completed or corrected. Names which fields changed and the new party dates; personal values never travel (read them through the API).',
  schema: z.object({
    ...memberState,
    changedFields: z.array(z.enum(MEMBER_RECORD_FIELDS)).min(1),
    /** true when a newly admitted member's pending personal record was filled in. */
    completion: z.boolean(),
    admissionDecisionDate: localDate.nullable(),
    ceremonyDate: localDate.nullable(),
    officialDate: localDate.nullable(),
  }),
});

export const supervisionAssigned = defineEvent({
  type: 'organisation.supervision.assigned',
  version: 1,
  description: 'A ward committee member was assigned to supervise an organisation for a period.',
  schema: z.object({
    assignmentId: uuid,
    committeeMemberId: uuid,
    organisationId: uuid,
    validFrom: localDate,
    validTo: localDate.nullable(),
  }),
});

export const supervisionEnded = defineEvent({
  type: 'organisation.supervision.ended',
  version: 1,
  description: 'A supervision assignment ended.',
  schema: z.object({ assignmentId: uuid, organisationId: uuid, validTo: localDate }),
});
