import { pgArray } from '@pdv/persistence';
import type { SupervisionAssignment } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';
import type { SupervisionAssignmentRow } from './supervision.entity';

const COLUMNS = `a.id, a.committee_member_id as "committeeMemberId", a.organisation_id as "organisationId",
  to_char(a.valid_from, 'YYYY-MM-DD') as "validFrom", to_char(a.valid_to, 'YYYY-MM-DD') as "validTo", a.note,
  a.assigned_at as "assignedAt", a.assigned_by as "assignedBy", a.assigned_by_role as "assignedByRole",
  a.ended_at as "endedAt", a.ended_by as "endedBy", a.ended_by_role as "endedByRole"`;

type RawRow = Omit<SupervisionAssignmentRow, 'assignedAt' | 'endedAt'> & { assignedAt: string | Date; endedAt: string | Date | null };

function row(raw: RawRow): SupervisionAssignmentRow {
  return { ...raw, assignedAt: new Date(raw.assignedAt), endedAt: raw.endedAt === null ? null : new Date(raw.endedAt) };
}

export function toDomainAssignment(row: SupervisionAssignmentRow): SupervisionAssignment {
  return {
    assignmentId: row.id,
    committeeMemberId: row.committeeMemberId,
    organisationId: row.organisationId,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export interface AssignmentQuery {
  committeeMemberId: string | null;
  organisationIds: readonly string[] | null;
  /** In force on this date; null = every assignment, past and future. */
  asOf: string | null;
}

export async function findAssignments(em: EntityManager, query: AssignmentQuery): Promise<SupervisionAssignmentRow[]> {
  const clauses: string[] = ['true'];
  const params: unknown[] = [];
  if (query.committeeMemberId !== null) {
    clauses.push('a.committee_member_id = ?::uuid');
    params.push(query.committeeMemberId);
  }
  if (query.organisationIds !== null) {
    clauses.push('a.organisation_id = any(?::uuid[])');
    params.push(pgArray(query.organisationIds));
  }
  if (query.asOf !== null) {
    clauses.push('a.valid_from <= ?::date and (a.valid_to is null or a.valid_to > ?::date)');
    params.push(query.asOf, query.asOf);
  }
  const rows = await em.execute<RawRow[]>(
    `select ${COLUMNS} from supervision_assignment a where ${clauses.join(' and ')} order by a.organisation_id, a.valid_from, a.id`,
    params,
  );
  return rows.map(row);
}

export async function findAssignmentById(em: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<SupervisionAssignmentRow | null> {
  const rows = await em.execute<RawRow[]>(`select ${COLUMNS} from supervision_assignment a where a.id = ?::uuid${options.forUpdate ? ' for update' : ''}`, [id]);
  return rows[0] ? row(rows[0]) : null;
}
