import { pgArray } from '@pdv/persistence';
import type { TargetExemption } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import type { TargetExemptionRow } from './target-exemption.entity';

const COLUMNS = `e.id, e.organisation_id as "organisationId", e.year, e.reason, e.note, e.set_at as "setAt", e.set_by as "setBy",
  e.set_by_role as "setByRole", to_char(e.revoked_on, 'YYYY-MM-DD') as "revokedOn", e.revoked_at as "revokedAt",
  e.revoked_by as "revokedBy", e.revoked_by_role as "revokedByRole", e.revocation_note as "revocationNote"`;

type RawRow = Omit<TargetExemptionRow, 'setAt' | 'revokedAt'> & { setAt: string | Date; revokedAt: string | Date | null };

function row(raw: RawRow): TargetExemptionRow {
  return { ...raw, setAt: new Date(raw.setAt), revokedAt: raw.revokedAt === null ? null : new Date(raw.revokedAt) };
}

export function toDomainExemption(row: TargetExemptionRow): TargetExemption {
  return { exemptionId: row.id, organisationId: row.organisationId, year: row.year, reason: row.reason, revokedOn: row.revokedOn };
}

export interface ExemptionQuery {
  year: number | null;
  organisationIds: readonly string[] | null;
  includeRevoked: boolean;
}

/** Exemptions matching the query, by organisation then set time. */
export async function findExemptions(em: EntityManager, query: ExemptionQuery): Promise<TargetExemptionRow[]> {
  const clauses: string[] = ['true'];
  const params: unknown[] = [];
  if (query.year !== null) {
    clauses.push('e.year = ?');
    params.push(query.year);
  }
  if (query.organisationIds !== null) {
    clauses.push('e.organisation_id = any(?::uuid[])');
    params.push(pgArray(query.organisationIds));
  }
  if (!query.includeRevoked) clauses.push('e.revoked_on is null');
  const rows = await em.execute<RawRow[]>(
    `select ${COLUMNS} from target_exemption e where ${clauses.join(' and ')} order by e.year, e.organisation_id, e.set_at, e.id`,
    params,
  );
  return rows.map(row);
}

export async function findExemptionById(em: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<TargetExemptionRow | null> {
  const rows = await em.execute<RawRow[]>(`select ${COLUMNS} from target_exemption e where e.id = ?::uuid${options.forUpdate ? ' for update' : ''}`, [id]);
  return rows[0] ? row(rows[0]) : null;
}
