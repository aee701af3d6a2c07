import type { RollEntry, VoteCount } from '@pdv/admission-domain';
import type { EntityManager } from '@pdv/persistence';
import { officialRollOn } from '../readiness/readiness.queries';
import type { ResolutionPurpose } from './cell-resolution.entity';

/** The count of the latest resolution a cell recorded on the dossier at a meeting of that date, or null. */
export async function findVoteCount(em: EntityManager, dossierId: string, meetingDate: string): Promise<VoteCount | null> {
  const [row] = await em.execute<VoteCount[]>(
    `select official_members as "officialMembers", base, present, in_favour as "inFavour", required, passed
       from cell_resolution where dossier_id = ?::uuid and meeting_date = ?::date and purpose = 'ADMISSION' order by recorded_at desc, id limit 1`,
    [dossierId, meetingDate],
  );
  return row ?? null;
}

/**
 * The official members of the cell on the meeting date with whether they were on temporary
 * transfer then (officialRollOn: the roll as it stood that day, not today's), and who attended.
 */
export async function cellRoll(em: EntityManager, cellId: string, meetingDate: string, presentMemberIds: ReadonlySet<string>): Promise<RollEntry[]> {
  const rows = await officialRollOn(em, cellId, meetingDate);
  return rows.map((row) => ({ memberId: row.id, temporarilyAway: row.temporarilyAway, attended: presentMemberIds.has(row.id) }));
}

/** The meeting date of the dossier's latest passed resolution of that purpose, or null when none passed. */
export async function passedResolutionDate(em: EntityManager, dossierId: string, purpose: ResolutionPurpose): Promise<string | null> {
  const [row] = await em.execute<{ meetingDate: string }[]>(
    `select to_char(meeting_date, 'YYYY-MM-DD') as "meetingDate" from cell_resolution
      where dossier_id = ?::uuid and purpose = ? and passed order by recorded_at desc, id limit 1`,
    [dossierId, purpose],
  );
  return row?.meetingDate ?? null;
}

/** The dossier's latest recognition resolution, passed or not: the committee's 30 working days run from it. */
export async function latestRecognitionResolution(em: EntityManager, dossierId: string): Promise<{ meetingDate: string; passed: boolean } | null> {
  const [row] = await em.execute<{ meetingDate: string; passed: boolean }[]>(
    `select to_char(meeting_date, 'YYYY-MM-DD') as "meetingDate", passed from cell_resolution
      where dossier_id = ?::uuid and purpose = 'RECOGNITION' order by recorded_at desc, id limit 1`,
    [dossierId],
  );
  return row ?? null;
}
