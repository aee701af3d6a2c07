import type { EvaluationItemRow } from './evaluation-item.entity';
import { EvaluationItem } from './evaluation-item.type';

/** The stored row as the API shows it (the API never exposes the table itself). */
export function toEvaluationItem(row: EvaluationItemRow): EvaluationItem {
  return Object.assign(new EvaluationItem(), {
    id: row.id,
    code: row.code,
    title: row.title,
    effectiveFrom: row.effectiveFrom,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    recordedByRole: row.recordedByRole,
  });
}
