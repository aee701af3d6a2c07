import { initialMemberState, type MemberMovement, type MemberState, type PartyMemberRecord, type PlacementPeriod } from '@pdv/organisation-domain';
import { foldDiacritics, vietnameseSortKey } from '@pdv/vn-identity';
import { newId } from '../common/ids';
import type { MemberMovementRow } from './member-movement.entity';
import type { MemberPlacementRow } from './member-placement.entity';
import type { Recorder } from '../common/service-scope';
import type { PartyMemberRow, RegistrationKind } from './party-member.entity';

/** The domain's view of a stored member. */
export function toMemberRecord(row: PartyMemberRow): PartyMemberRecord {
  return {
    memberId: row.id,
    fullName: row.fullName,
    dateOfBirth: row.dateOfBirth,
    gender: row.gender,
    nationalId: row.nationalId,
    organisationId: row.registeredCellId,
    status: row.status,
    admissionDecisionDate: row.admissionDecisionDate,
    ceremonyDate: row.ceremonyDate,
    officialDate: row.officialDate,
    candidateId: row.candidateId,
    registeredOn: row.registeredOn,
  };
}

export function toDomainMovement(row: Pick<MemberMovementRow, 'id' | 'memberId' | 'kind' | 'effectiveDate' | 'toOrganisationId'>): MemberMovement {
  return { movementId: row.id, memberId: row.memberId, kind: row.kind, effectiveDate: row.effectiveDate, toOrganisationId: row.toOrganisationId };
}

/** The record's personal data and dates written back onto the row, with the derived search columns. */
export function withRecord(row: PartyMemberRow, record: PartyMemberRecord, now: Date): PartyMemberRow {
  return {
    ...row,
    fullName: record.fullName,
    nameSortKey: record.fullName === null ? '' : vietnameseSortKey(record.fullName),
    searchName: record.fullName === null ? '' : foldDiacritics(record.fullName),
    dateOfBirth: record.dateOfBirth,
    gender: record.gender,
    nationalId: record.nationalId,
    status: record.status,
    admissionDecisionDate: record.admissionDecisionDate,
    ceremonyDate: record.ceremonyDate,
    officialDate: record.officialDate,
    candidateId: record.candidateId,
    registeredOn: record.registeredOn,
    updatedAt: now,
  };
}

/** The movement projection written onto the row; a member who left keeps their last cell. */
export function withState(row: PartyMemberRow, state: MemberState, now: Date): PartyMemberRow {
  return {
    ...row,
    cellId: state.organisationId ?? row.cellId,
    active: state.active,
    temporarilyAway: state.temporarilyAway,
    activityExempt: state.activityExempt,
    leftBy: state.leftBy,
    stateAsOf: state.asOf,
    updatedAt: now,
  };
}

export function placementRows(memberId: string, periods: readonly PlacementPeriod[]): MemberPlacementRow[] {
  return periods.map((period) => ({
    id: newId(),
    memberId,
    organisationId: period.organisationId,
    validFrom: period.from,
    validTo: period.to,
    away: period.away,
    exempt: period.exempt,
  }));
}

/** The row of a member entering the records, standing as on the day their membership began. */
export function newMemberRow(record: PartyMemberRecord, registrationKind: RegistrationKind, recorder: Recorder, now: Date): PartyMemberRow {
  const blank: PartyMemberRow = {
    id: record.memberId,
    fullName: null,
    nameSortKey: '',
    searchName: '',
    dateOfBirth: null,
    gender: null,
    nationalId: null,
    registeredCellId: record.organisationId,
    registrationKind,
    registeredOn: record.registeredOn,
    status: record.status,
    admissionDecisionDate: null,
    ceremonyDate: null,
    officialDate: null,
    candidateId: null,
    cellId: record.organisationId,
    active: true,
    temporarilyAway: false,
    activityExempt: false,
    leftBy: null,
    stateAsOf: record.registeredOn,
    createdAt: now,
    createdBy: recorder.id,
    createdByRole: recorder.role,
    updatedAt: now,
  };
  return withState(withRecord(blank, record, now), initialMemberState(record), now);
}
