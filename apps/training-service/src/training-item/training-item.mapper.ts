import type { TrainingItemRow } from './training-item.entity';
import { TrainingItem } from './training-item.type';

/** The stored row as the API shows it (the API never exposes the table itself). */
export function toTrainingItem(row: TrainingItemRow): TrainingItem {
  return Object.assign(new TrainingItem(), {
    id: row.id,
    code: row.code,
    title: row.title,
    effectiveFrom: row.effectiveFrom,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    recordedByRole: row.recordedByRole,
  });
}
