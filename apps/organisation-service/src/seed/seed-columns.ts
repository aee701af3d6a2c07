import type { BulkColumn } from '../common/bulk-insert';
import type { TargetExemptionRow } from '../exemption/target-exemption.entity';
import type { MemberMovementRow } from '../member/member-movement.entity';
import type { MemberPlacementRow } from '../member/member-placement.entity';
import type { PartyMemberRow } from '../member/party-member.entity';
import type { OrganisationRow, OrganisationVersionRow } from '../organisation/organisation.entity';
import type { SupervisionAssignmentRow } from '../supervision/supervision.entity';

/** Column lists of the bulk inserts the seed makes (names as in the migrations). */

export const ORGANISATION_COLUMNS: BulkColumn<OrganisationRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
  { name: 'created_by', type: 'text', value: (r) => r.createdBy },
  { name: 'created_by_role', type: 'text', value: (r) => r.createdByRole },
];

export const VERSION_COLUMNS: BulkColumn<OrganisationVersionRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'organisation_id', type: 'uuid', value: (r) => r.organisationId },
  { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
  { name: 'valid_to', type: 'date', value: (r) => r.validTo },
  { name: 'parent_id', type: 'uuid', value: (r) => r.parentId },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'sector', type: 'text', value: (r) => r.sector },
  { name: 'code', type: 'text', value: (r) => r.code },
  { name: 'name', type: 'text', value: (r) => r.name },
  { name: 'name_sort_key', type: 'text', value: (r) => r.nameSortKey },
  { name: 'search_text', type: 'text', value: (r) => r.searchText },
  { name: 'recorded_at', type: 'timestamptz', value: (r) => r.recordedAt },
  { name: 'recorded_by', type: 'text', value: (r) => r.recordedBy },
  { name: 'recorded_by_role', type: 'text', value: (r) => r.recordedByRole },
  { name: 'change_kind', type: 'text', value: (r) => r.changeKind },
  { name: 'change_note', type: 'text', value: (r) => r.changeNote },
];

export const MEMBER_COLUMNS: BulkColumn<PartyMemberRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'full_name', type: 'text', value: (r) => r.fullName },
  { name: 'name_sort_key', type: 'text', value: (r) => r.nameSortKey },
  { name: 'search_name', type: 'text', value: (r) => r.searchName },
  { name: 'date_of_birth', type: 'date', value: (r) => r.dateOfBirth },
  { name: 'gender', type: 'text', value: (r) => r.gender },
  { name: 'national_id', type: 'text', value: (r) => r.nationalId },
  { name: 'registered_cell_id', type: 'uuid', value: (r) => r.registeredCellId },
  { name: 'registration_kind', type: 'text', value: (r) => r.registrationKind },
  { name: 'registered_on', type: 'date', value: (r) => r.registeredOn },
  { name: 'status', type: 'text', value: (r) => r.status },
  { name: 'admission_decision_date', type: 'date', value: (r) => r.admissionDecisionDate },
  { name: 'ceremony_date', type: 'date', value: (r) => r.ceremonyDate },
  { name: 'official_date', type: 'date', value: (r) => r.officialDate },
  { name: 'candidate_id', type: 'uuid', value: (r) => r.candidateId },
  { name: 'cell_id', type: 'uuid', value: (r) => r.cellId },
  { name: 'active', type: 'boolean', value: (r) => r.active },
  { name: 'temporarily_away', type: 'boolean', value: (r) => r.temporarilyAway },
  { name: 'activity_exempt', type: 'boolean', value: (r) => r.activityExempt },
  { name: 'left_by', type: 'text', value: (r) => r.leftBy },
  { name: 'state_as_of', type: 'date', value: (r) => r.stateAsOf },
  { name: 'created_at', type: 'timestamptz', value: (r) => r.createdAt },
  { name: 'created_by', type: 'text', value: (r) => r.createdBy },
  { name: 'created_by_role', type: 'text', value: (r) => r.createdByRole },
  { name: 'updated_at', type: 'timestamptz', value: (r) => r.updatedAt },
];

export const MOVEMENT_COLUMNS: BulkColumn<MemberMovementRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'member_id', type: 'uuid', value: (r) => r.memberId },
  { name: 'position', type: 'int', value: (r) => r.position },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'effective_date', type: 'date', value: (r) => r.effectiveDate },
  { name: 'from_organisation_id', type: 'uuid', value: (r) => r.fromOrganisationId },
  { name: 'to_organisation_id', type: 'uuid', value: (r) => r.toOrganisationId },
  { name: 'origin', type: 'text', value: (r) => r.origin },
  { name: 'note', type: 'text', value: (r) => r.note },
  { name: 'recorded_at', type: 'timestamptz', value: (r) => r.recordedAt },
  { name: 'recorded_by', type: 'text', value: (r) => r.recordedBy },
  { name: 'recorded_by_role', type: 'text', value: (r) => r.recordedByRole },
];

export const PLACEMENT_COLUMNS: BulkColumn<MemberPlacementRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'member_id', type: 'uuid', value: (r) => r.memberId },
  { name: 'organisation_id', type: 'uuid', value: (r) => r.organisationId },
  { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
  { name: 'valid_to', type: 'date', value: (r) => r.validTo },
  { name: 'away', type: 'boolean', value: (r) => r.away },
  { name: 'exempt', type: 'boolean', value: (r) => r.exempt },
];

export const EXEMPTION_COLUMNS: BulkColumn<TargetExemptionRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'organisation_id', type: 'uuid', value: (r) => r.organisationId },
  { name: 'year', type: 'int', value: (r) => r.year },
  { name: 'reason', type: 'text', value: (r) => r.reason },
  { name: 'note', type: 'text', value: (r) => r.note },
  { name: 'set_at', type: 'timestamptz', value: (r) => r.setAt },
  { name: 'set_by', type: 'text', value: (r) => r.setBy },
  { name: 'set_by_role', type: 'text', value: (r) => r.setByRole },
  { name: 'revoked_on', type: 'date', value: (r) => r.revokedOn },
];

export const ASSIGNMENT_COLUMNS: BulkColumn<SupervisionAssignmentRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'committee_member_id', type: 'uuid', value: (r) => r.committeeMemberId },
  { name: 'organisation_id', type: 'uuid', value: (r) => r.organisationId },
  { name: 'valid_from', type: 'date', value: (r) => r.validFrom },
  { name: 'valid_to', type: 'date', value: (r) => r.validTo },
  { name: 'note', type: 'text', value: (r) => r.note },
  { name: 'assigned_at', type: 'timestamptz', value: (r) => r.assignedAt },
  { name: 'assigned_by', type: 'text', value: (r) => r.assignedBy },
  { name: 'assigned_by_role', type: 'text', value: (r) => r.assignedByRole },
];
