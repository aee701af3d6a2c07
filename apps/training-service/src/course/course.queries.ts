import type { EntityManager } from '@pdv/persistence';
import type { CourseKind, CourseStatus } from '@pdv/training-domain';
import { CourseEntity, type CourseRow, CourseSessionEntity, type CourseSessionRow } from './course.entity';

export function findCoursesByIds(em: EntityManager, ids: readonly string[]): Promise<CourseRow[]> {
  return ids.length === 0 ? Promise.resolve([]) : em.find(CourseEntity, { id: { $in: [...ids] } });
}

/** The course, locked for the rest of the transaction (decisions on it are serialised). */
export async function lockCourse(tx: EntityManager, id: string): Promise<CourseRow | null> {
  const [row] = await tx.execute<{ id: string }[]>('select id from course where id = ?::uuid for update', [id]);
  return row ? tx.findOne(CourseEntity, { id }, { refresh: true }) : null;
}

export function findSessionsOfCourses(em: EntityManager, courseIds: readonly string[]): Promise<CourseSessionRow[]> {
  return courseIds.length === 0 ? Promise.resolve([]) : em.find(CourseSessionEntity, { courseId: { $in: [...courseIds] } }, { orderBy: { courseId: 'asc', position: 'asc' } });
}

export interface CourseFilter {
  kind: CourseKind | null;
  status: CourseStatus | null;
  year: number | null;
}

function where(filter: CourseFilter): { sql: string; params: unknown[] } {
  return {
    sql: `(?::text is null or c.kind = ?) and (?::text is null or c.status = ?)
      and (?::int is null or (c.starts_on < make_date(?::int + 1, 1, 1) and c.ends_on >= make_date(?::int, 1, 1)))`,
    params: [filter.kind, filter.kind, filter.status, filter.status, filter.year, filter.year, filter.year],
  };
}

/** A page in term order (first day, then id), after the keyset `after`. */
export async function findCoursesPage(em: EntityManager, filter: CourseFilter, after: readonly [string, string] | null, limit: number): Promise<CourseRow[]> {
  const condition = where(filter);
  const rows = await em.execute<{ id: string }[]>(
    `select c.id from course c
      where ${condition.sql} and (?::date is null or (c.starts_on, c.id) > (?::date, ?::uuid))
      order by c.starts_on, c.id limit ?`,
    [...condition.params, after?.[0] ?? null, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
  const byId = new Map((await findCoursesByIds(em, rows.map((row) => row.id))).map((row) => [row.id, row]));
  return rows.map((row) => byId.get(row.id)!);
}

export async function countCourses(em: EntityManager, filter: CourseFilter): Promise<number> {
  const condition = where(filter);
  const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count from course c where ${condition.sql}`, condition.params);
  return Number(count);
}
