import { type MemberCounts as DomainCounts, statusOn } from '@pdv/organisation-domain';
import type { MemberCorrectionRow } from './member-correction.entity';
import type { MemberMovementRow } from './member-movement.entity';
import type { PartyMemberRow } from './party-member.entity';
import { MemberCorrection, MemberCounts, MemberMovement, PartyMember } from './party-member.type';

/**
 * A member as the API shows them on `asOf`: the status that day, and the cell they were
 * placed in that day when a list says so (`placedIn`), else their current or last cell.
 */
export function toPartyMember(row: PartyMemberRow, asOf: string, placedIn?: string): PartyMember {
  return Object.assign(new PartyMember(), {
    id: row.id,
    fullName: row.fullName,
    dateOfBirth: row.dateOfBirth,
    gender: row.gender,
    recordComplete: row.fullName !== null && row.dateOfBirth !== null && row.gender !== null,
    status: statusOn(row, asOf) ?? row.status,
    organisationId: placedIn ?? row.cellId,
    active: row.active,
    temporarilyAway: row.temporarilyAway,
    activityExempt: row.activityExempt,
    leftBy: row.leftBy,
    registrationKind: row.registrationKind,
    registeredOn: row.registeredOn,
    admissionDecisionDate: row.admissionDecisionDate,
    ceremonyDate: row.ceremonyDate,
    officialDate: row.officialDate,
    candidateId: row.candidateId,
    asOf,
    storedNationalId: row.nationalId,
    homeCellId: row.cellId,
    nameSortKey: row.nameSortKey,
  });
}

export function toMemberMovement(row: MemberMovementRow): MemberMovement {
  return Object.assign(new MemberMovement(), {
    id: row.id,
    memberId: row.memberId,
    kind: row.kind,
    effectiveDate: row.effectiveDate,
    fromOrganisationId: row.fromOrganisationId,
    toOrganisationId: row.toOrganisationId,
    origin: row.origin,
    note: row.note,
    position: row.position,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    recordedByRole: row.recordedByRole,
  });
}

export function toMemberCorrection(row: MemberCorrectionRow, homeCellId: string): MemberCorrection {
  return Object.assign(new MemberCorrection(), {
    id: row.id,
    kind: row.kind,
    field: row.field,
    correctedAt: row.correctedAt,
    correctedBy: row.correctedBy,
    correctedByRole: row.correctedByRole,
    reason: row.reason,
    memberId: row.memberId,
    homeCellId,
    storedOldValue: row.oldValue,
    storedNewValue: row.newValue,
  });
}

export function toMemberCounts(counts: DomainCounts, organisationId: string, asOf: string, includeSubtree: boolean): MemberCounts {
  return Object.assign(new MemberCounts(), { ...counts, organisationId, asOf, includeSubtree });
}
