import type { TargetExemptionRow } from './target-exemption.entity';
import { TargetExemption } from './target-exemption.type';

export function toTargetExemption(row: TargetExemptionRow): TargetExemption {
  return Object.assign(new TargetExemption(), {
    id: row.id,
    organisationId: row.organisationId,
    year: row.year,
    reason: row.reason,
    note: row.note,
    setAt: row.setAt,
    setBy: row.setBy,
    setByRole: row.setByRole,
    inForce: row.revokedOn === null,
    revokedOn: row.revokedOn,
    revokedAt: row.revokedAt,
    revokedBy: row.revokedBy,
    revokedByRole: row.revokedByRole,
    revocationNote: row.revocationNote,
  });
}
