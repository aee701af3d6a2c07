import { pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import { MEMBER_RECORD_FIELDS, type MemberCorrectionRow } from './member-correction.entity';
import type { MemberMovementRow } from './member-movement.entity';
import type { MemberPlacementRow } from './member-placement.entity';
import type { PartyMemberRow } from './party-member.entity';

/** party_member as PartyMemberRow, dates as 'YYYY-MM-DD' text. */
export const MEMBER_COLUMNS = `m.id, m.full_name as "fullName", m.name_sort_key as "nameSortKey", m.search_name as "searchName",
  to_char(m.date_of_birth, 'YYYY-MM-DD') as "dateOfBirth", m.gender, m.national_id as "nationalId",
  m.registered_cell_id as "registeredCellId", m.registration_kind as "registrationKind",
  to_char(m.registered_on, 'YYYY-MM-DD') as "registeredOn", m.status,
  to_char(m.admission_decision_date, 'YYYY-MM-DD') as "admissionDecisionDate",
  to_char(m.ceremony_date, 'YYYY-MM-DD') as "ceremonyDate", to_char(m.official_date, 'YYYY-MM-DD') as "officialDate",
  m.candidate_id as "candidateId", m.cell_id as "cellId", m.active, m.temporarily_away as "temporarilyAway",
  m.activity_exempt as "activityExempt", m.left_by as "leftBy", to_char(m.state_as_of, 'YYYY-MM-DD') as "stateAsOf",
  m.created_at as "createdAt", m.created_by as "createdBy", m.created_by_role as "createdByRole", m.updated_at as "updatedAt"`;

/** Raw rows carry timestamps as text; everything else already has the row's shape. */
type RawMemberRow = Omit<PartyMemberRow, 'createdAt' | 'updatedAt'> & { createdAt: string | Date; updatedAt: string | Date };

function memberRow(raw: RawMemberRow): PartyMemberRow {
  return { ...raw, createdAt: new Date(raw.createdAt), updatedAt: new Date(raw.updatedAt) };
}

export async function findMembersByIds(em: EntityManager, ids: readonly string[], options: { forUpdate?: boolean } = {}): Promise<PartyMemberRow[]> {
  if (ids.length === 0) return [];
  const rows = await em.execute<RawMemberRow[]>(
    `select ${MEMBER_COLUMNS} from party_member m where m.id = any(?::uuid[]) order by m.id${options.forUpdate ? ' for update' : ''}`,
    [pgArray(ids)],
  );
  return rows.map(memberRow);
}

export async function findMemberByCandidateId(em: EntityManager, candidateId: string, options: { forUpdate?: boolean } = {}): Promise<PartyMemberRow | null> {
  const rows = await em.execute<RawMemberRow[]>(
    `select ${MEMBER_COLUMNS} from party_member m where m.candidate_id = ?::uuid${options.forUpdate ? ' for update' : ''}`,
    [candidateId],
  );
  return rows[0] ? memberRow(rows[0]) : null;
}

/** Whether another member already holds this national ID number (compared exactly, after trimming). */
export async function nationalIdTaken(em: EntityManager, nationalId: string, exceptMemberId: string | null): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(
    'select id from party_member where national_id = ? and (?::uuid is null or id <> ?::uuid) limit 1',
    [nationalId, exceptMemberId, exceptMemberId],
  );
  return rows.length > 0;
}

type RawMovementRow = Omit<MemberMovementRow, 'recordedAt'> & { recordedAt: string | Date };

/** Movements of the members, per member in recorded order. */
export async function findMovements(em: EntityManager, memberIds: readonly string[]): Promise<MemberMovementRow[]> {
  if (memberIds.length === 0) return [];
  const rows = await em.execute<RawMovementRow[]>(
    `select id, member_id as "memberId", position, kind, to_char(effective_date, 'YYYY-MM-DD') as "effectiveDate",
            from_organisation_id as "fromOrganisationId", to_organisation_id as "toOrganisationId", origin, note,
            recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
       from member_movement where member_id = any(?::uuid[]) order by member_id, position`,
    [pgArray(memberIds)],
  );
  return rows.map((row) => ({ ...row, recordedAt: new Date(row.recordedAt) }));
}

type RawCorrectionRow = Omit<MemberCorrectionRow, 'correctedAt'> & { correctedAt: string | Date };

export async function findCorrections(em: EntityManager, memberIds: readonly string[]): Promise<MemberCorrectionRow[]> {
  if (memberIds.length === 0) return [];
  const rows = await em.execute<RawCorrectionRow[]>(
    `select id, member_id as "memberId", kind, field, old_value as "oldValue", new_value as "newValue", reason,
            corrected_at as "correctedAt", corrected_by as "correctedBy", corrected_by_role as "correctedByRole"
       from member_correction where member_id = any(?::uuid[])
      order by member_id, corrected_at, array_position(?::text[], field), id`,
    [pgArray(memberIds), pgArray(MEMBER_RECORD_FIELDS)],
  );
  return rows.map((row) => ({ ...row, correctedAt: new Date(row.correctedAt) }));
}

export async function findPlacements(em: EntityManager, memberIds: readonly string[]): Promise<MemberPlacementRow[]> {
  if (memberIds.length === 0) return [];
  return em.execute<MemberPlacementRow[]>(
    `select id, member_id as "memberId", organisation_id as "organisationId",
            to_char(valid_from, 'YYYY-MM-DD') as "validFrom", to_char(valid_to, 'YYYY-MM-DD') as "validTo", away, exempt
       from member_placement where member_id = any(?::uuid[]) order by member_id, valid_from`,
    [pgArray(memberIds)],
  );
}

/**
 * The members placed in any of the organisations at any time from `date` on: who a merge,
 * split or closure on `date` concerns. Members whose placement there begins after `date`
 * are included on purpose: re-placing them from `date` would contradict their history, and
 * the domain's movement rules refuse it instead of leaving them in a closed organisation.
 */
export async function findPlacementsFrom(
  em: EntityManager,
  organisationIds: readonly string[],
  date: string,
): Promise<{ memberId: string; organisationId: string }[]> {
  if (organisationIds.length === 0) return [];
  return em.execute(
    `select distinct on (p.member_id) p.member_id as "memberId", p.organisation_id as "organisationId"
       from member_placement p
      where p.organisation_id = any(?::uuid[]) and (p.valid_to is null or p.valid_to > ?::date)
      order by p.member_id, p.valid_from`,
    [pgArray(organisationIds), date],
  );
}
