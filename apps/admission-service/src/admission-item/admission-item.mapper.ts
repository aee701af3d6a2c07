import type { AdmissionItemRow } from './admission-item.entity';
import { AdmissionItem } from './admission-item.type';

/** The stored row as the API shows it (the API never exposes the table itself). */
export function toAdmissionItem(row: AdmissionItemRow): AdmissionItem {
  return Object.assign(new AdmissionItem(), {
    id: row.id,
    code: row.code,
    title: row.title,
    effectiveFrom: row.effectiveFrom,
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
    recordedByRole: row.recordedByRole,
  });
}
