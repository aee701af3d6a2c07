import { pgArray } from '@pdv/persistence';
import type { EntityManager } from '@pdv/persistence';
import { MemberCorrectionEntity, type MemberCorrectionRow } from './member-correction.entity';
import { MemberMovementEntity, type MemberMovementRow } from './member-movement.entity';
import { MemberPlacementEntity, type MemberPlacementRow } from './member-placement.entity';
import { PartyMemberEntity, type PartyMemberRow } from './party-member.entity';

/**
 * Writes of member data, in bulk: a merge re-places a whole cell, the seed loads thousands.
 * Callers run these inside their transaction; each is one statement whatever the size.
 */

export async function insertMembers(em: EntityManager, rows: readonly PartyMemberRow[]): Promise<void> {
  if (rows.length > 0) await em.insertMany(PartyMemberEntity, rows as PartyMemberRow[]);
}

export async function insertMovements(em: EntityManager, rows: readonly MemberMovementRow[]): Promise<void> {
  if (rows.length > 0) await em.insertMany(MemberMovementEntity, rows as MemberMovementRow[]);
}

export async function insertCorrections(em: EntityManager, rows: readonly MemberCorrectionRow[]): Promise<void> {
  if (rows.length > 0) await em.insertMany(MemberCorrectionEntity, rows as MemberCorrectionRow[]);
}

/** Replaces the placement periods of the members with `rows` (derived data: rewritten whole). */
export async function replacePlacements(em: EntityManager, memberIds: readonly string[], rows: readonly MemberPlacementRow[]): Promise<void> {
  if (memberIds.length === 0) return;
  await em.execute('delete from member_placement where member_id = any(?::uuid[])', [pgArray(memberIds)]);
  if (rows.length > 0) await em.insertMany(MemberPlacementEntity, rows as MemberPlacementRow[]);
}

/** Writes the movement projection (current cell and standing) of the members. */
export async function saveMemberStates(em: EntityManager, rows: readonly PartyMemberRow[]): Promise<void> {
  if (rows.length === 0) return;
  await em.execute(
    `update party_member m set cell_id = v.cell_id, active = v.active, temporarily_away = v.away, activity_exempt = v.exempt,
            left_by = v.left_by, state_as_of = v.state_as_of, updated_at = v.updated_at
       from unnest(?::uuid[], ?::uuid[], ?::boolean[], ?::boolean[], ?::boolean[], ?::text[], ?::date[], ?::timestamptz[])
         as v(id, cell_id, active, away, exempt, left_by, state_as_of, updated_at)
      where m.id = v.id`,
    [
      pgArray(rows.map((r) => r.id)),
      pgArray(rows.map((r) => r.cellId)),
      pgArray(rows.map((r) => r.active)),
      pgArray(rows.map((r) => r.temporarilyAway)),
      pgArray(rows.map((r) => r.activityExempt)),
      pgArray(rows.map((r) => r.leftBy)),
      pgArray(rows.map((r) => r.stateAsOf)),
      pgArray(rows.map((r) => r.updatedAt.toISOString())),
    ],
  );
}

/** Writes a member's record fields (personal data, status and dates, search columns). */
export async function saveMemberRecord(em: EntityManager, row: PartyMemberRow): Promise<void> {
  await em.execute(
    `update party_member set full_name = ?, name_sort_key = ?, search_name = ?, date_of_birth = ?::date, gender = ?,
            national_id = ?, status = ?, admission_decision_date = ?::date, ceremony_date = ?::date,
            official_date = ?::date, registered_on = ?::date, updated_at = ?
      where id = ?::uuid`,
    [
      row.fullName,
      row.nameSortKey,
      row.searchName,
      row.dateOfBirth,
      row.gender,
      row.nationalId,
      row.status,
      row.admissionDecisionDate,
      row.ceremonyDate,
      row.officialDate,
      row.registeredOn,
      row.updatedAt,
      row.id,
    ],
  );
}
