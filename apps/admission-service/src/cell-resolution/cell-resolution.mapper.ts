import type { CellResolutionRow } from './cell-resolution.entity';
import { CellResolution } from './cell-resolution.type';

export function toCellResolution(row: CellResolutionRow): CellResolution {
  return Object.assign(new CellResolution(), {
    id: row.id,
    dossierId: row.dossierId,
    purpose: row.purpose,
    meetingDate: row.meetingDate,
    officialMembers: row.officialMembers,
    base: row.base,
    present: row.present,
    inFavour: row.inFavour,
    required: row.required,
    passed: row.passed,
  });
}
