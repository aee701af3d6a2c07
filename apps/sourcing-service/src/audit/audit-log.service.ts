import { inOrderOf, Where } from '@pdv/persistence';
import { AppError } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { pairCursor } from '../shared/cursor';
import { isUuid } from '../shared/ids';
import { AuditLogEntity, type AuditLogRow } from './audit-log.entity';

/** Reads the personal-data audit trail (for the board and auditors). */
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  async list(filter: { candidateId: string | null; actorId: string | null }, first: number, after: string | null | undefined): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
    if (filter.candidateId && !isUuid(filter.candidateId)) throw AppError.badInput('candidateId must be a candidate id.');
    if (!filter.candidateId && !filter.actorId) throw AppError.badInput('Name a candidate or a user to look up.', [{ field: 'candidateId', message: 'or actorId is required' }]);
    const where = new Where();
    if (filter.candidateId) where.and('a.subject_id = ?::uuid', filter.candidateId);
    if (filter.actorId) where.and('a.actor_id = ?', filter.actorId);
    const page = new Where();
    page.and(where.sql.replace(/^where /, ''), ...where.params);
    const cursor = pairCursor(after);
    if (cursor) page.and('(a.at, a.id) < (?::timestamptz, ?::uuid)', cursor[0], cursor[1]);
    const [ids, counts] = await Promise.all([
      this.em.execute<{ id: string }[]>(`select a.id from audit_log a ${page.sql} order by a.at desc, a.id desc limit ?`, [...page.params, first + 1]),
      this.em.execute<{ count: string }[]>(`select count(*) as count from audit_log a ${where.sql}`, where.params),
    ]);
    const list = ids.map((row) => row.id);
    const rows = list.length ? await this.em.find(AuditLogEntity, { id: { $in: list } }) : [];
    return { rows: inOrderOf(list, rows), totalCount: Number(counts[0]?.count ?? 0) };
  }
}
