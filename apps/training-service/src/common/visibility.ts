import type { Identity } from '@pdv/auth';
import { AppError } from '@pdv/errors';

/** A SQL condition with its `?` parameters, to AND into a query. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * Which enrolments and certificates (by the organisation column `column`) the caller sees:
 * the whole ward for every reading role but a cell secretary, who sees their subtree (one
 * indexed join on the read model's closure table).
 */
export function organisationVisibility(identity: Identity, column: string): SqlCondition {
  if (identity.role !== 'CELL_SECRETARY') return { sql: 'true', params: [] };
  if (!identity.scopeId) throw AppError.forbidden('A CELL_SECRETARY token must carry the organisation it acts in.');
  return { sql: `${column} in (select descendant_id from org_read_model_closure where ancestor_id = ?::uuid)`, params: [identity.scopeId] };
}
