import { AppError } from '@pdv/errors';
import { decodeCursor } from '@pdv/graphql';
import { type EntityManager, inOrderOf, Where } from '@pdv/persistence';
import { PersonalDataAuditEntity, type PersonalDataAuditRow } from './personal-data-audit.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PersonalDataAuditFilter {
  subjectType: string;
  /** Entries about this record … */
  subjectId: string | null;
  /** … or by this user (at least one of the two). */
  actorId: string | null;
  /** The argument names, so bad input names the field the caller sent. */
  subjectArg: string;
  subjectLabel: string;
}

function auditCursor(after: string | null | undefined): [string, string] | null {
  const values = decodeCursor(after, 2);
  if (!values) return null;
  const [at, id] = values;
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID.test(id)) {
    throw AppError.badInput('after is not a cursor from this list; start again without it.', [{ field: 'after', message: 'is not a valid cursor' }]);
  }
  return [at, id];
}

/** One page of the trail, newest first, with the total count of matching entries. */
export async function listPersonalDataAudit(
  em: EntityManager,
  filter: PersonalDataAuditFilter,
  first: number,
  after: string | null | undefined,
): Promise<{ rows: PersonalDataAuditRow[]; totalCount: number }> {
  if (filter.subjectId && !UUID.test(filter.subjectId)) throw AppError.badInput(`${filter.subjectArg} must be a ${filter.subjectLabel} id.`, [{ field: filter.subjectArg, message: 'is not an id' }]);
  if (!filter.subjectId && !filter.actorId) {
    throw AppError.badInput(`Name a ${filter.subjectLabel} or a user to look up.`, [{ field: filter.subjectArg, message: 'or actorId is required' }]);
  }
  const where = new Where().and('a.subject_type = ?', filter.subjectType);
  if (filter.subjectId) where.and('a.subject_id = ?::uuid', filter.subjectId);
  if (filter.actorId) where.and('a.actor_id = ?', filter.actorId);
  const page = new Where().and(where.sql.replace(/^where /, ''), ...where.params);
  const cursor = auditCursor(after);
  if (cursor) page.and('(a.occurred_at, a.id) < (?::timestamptz, ?::uuid)', cursor[0], cursor[1]);
  const [ids, counts] = await Promise.all([
    em.execute<{ id: string }[]>(`select a.id from personal_data_audit a ${page.sql} order by a.occurred_at desc, a.id desc limit ?`, [...page.params, first + 1]),
    em.execute<{ count: string }[]>(`select count(*) as count from personal_data_audit a ${where.sql}`, where.params),
  ]);
  const list = ids.map((row) => row.id);
  const rows = list.length ? await em.find(PersonalDataAuditEntity, { id: { $in: list } }) : [];
  return { rows: inOrderOf(list, rows), totalCount: Number(counts[0]?.count ?? 0) };
}
