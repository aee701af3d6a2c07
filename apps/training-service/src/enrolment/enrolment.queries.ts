import type { Identity } from '@pdv/auth';
import { type EntityManager, pgArray } from '@pdv/persistence';
import type { EnrolmentStatus, OtherEnrolment } from '@pdv/training-domain';
import { organisationVisibility } from '../common/visibility';
import { AttendanceEntity, type AttendanceRow, EnrolmentEntity, type EnrolmentRow } from './enrolment.entity';

/** The enrolments among `ids` the caller may see. */
export async function findVisibleEnrolments(em: EntityManager, identity: Identity, ids: readonly string[]): Promise<EnrolmentRow[]> {
  if (ids.length === 0) return [];
  const visible = organisationVisibility(identity, 'e.organisation_id');
  const rows = await em.execute<{ id: string }[]>(`select e.id from enrolment e where e.id = any(?::uuid[]) and ${visible.sql}`, [pgArray(ids), ...visible.params]);
  return rows.length === 0 ? [] : em.find(EnrolmentEntity, { id: { $in: rows.map((row) => row.id) } });
}

/** One selection of enrolments: by course, candidate or member (one of them), optionally by status. */
export interface EnrolmentSelection {
  column: 'course_id' | 'candidate_id' | 'member_id';
  id: string;
  status: EnrolmentStatus | null;
}

/** The enrolments the caller may see for many selections at once (one statement for a whole `_entities` page). */
export async function findVisibleEnrolmentsFor(em: EntityManager, identity: Identity, column: EnrolmentSelection['column'], ids: readonly string[]): Promise<EnrolmentRow[]> {
  if (ids.length === 0) return [];
  const visible = organisationVisibility(identity, 'e.organisation_id');
  const rows = await em.execute<{ id: string }[]>(
    `select e.id from enrolment e where e.${column} = any(?::uuid[]) and ${visible.sql} order by e.nominated_at, e.id`,
    [pgArray(ids), ...visible.params],
  );
  if (rows.length === 0) return [];
  const byId = new Map((await em.find(EnrolmentEntity, { id: { $in: rows.map((row) => row.id) } })).map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id)!);
}

/** A person's other enrolments with their courses' kind, status and sessions, as the rules need them. */
export async function findOtherEnrolments(em: EntityManager, person: { candidateId: string | null; memberId: string | null }): Promise<OtherEnrolment[]> {
  const rows = await em.execute<{ status: EnrolmentStatus; course_id: string; kind: OtherEnrolment['course']['kind']; course_status: OtherEnrolment['course']['status']; sessions: { date: string; startsAt: string; endsAt: string }[] }[]>(
    `select e.status, c.id as course_id, c.kind, c.status as course_status,
            coalesce((select json_agg(json_build_object('date', to_char(s.date, 'YYYY-MM-DD'), 'startsAt', s.starts_at, 'endsAt', s.ends_at) order by s.position)
                        from course_session s where s.course_id = c.id), '[]') as sessions
       from enrolment e join course c on c.id = e.course_id
      where (e.candidate_id = ?::uuid or e.member_id = ?::uuid)`,
    [person.candidateId, person.memberId],
  );
  return rows.map((row) => ({ status: row.status, course: { id: row.course_id, kind: row.kind, status: row.course_status, sessions: row.sessions } }));
}

export async function countApproved(em: EntityManager, courseId: string): Promise<number> {
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count from enrolment where course_id = ?::uuid and status in ('APPROVED', 'FINISHED')`, [courseId]);
  return Number(count);
}

export function findAttendanceOf(em: EntityManager, enrolmentIds: readonly string[]): Promise<AttendanceRow[]> {
  return enrolmentIds.length === 0 ? Promise.resolve([]) : em.find(AttendanceEntity, { enrolmentId: { $in: [...enrolmentIds] } });
}

/** The enrolment, locked for the rest of the transaction. */
export async function lockEnrolment(tx: EntityManager, id: string): Promise<EnrolmentRow | null> {
  const [row] = await tx.execute<{ id: string }[]>('select id from enrolment where id = ?::uuid for update', [id]);
  return row ? tx.findOne(EnrolmentEntity, { id }, { refresh: true }) : null;
}
