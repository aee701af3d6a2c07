import type { InstitutionRow } from './institution.entity';
import { Institution } from './institution.type';

/** The stored row as the API shows it (the API never exposes the table itself). */
export function toInstitution(row: InstitutionRow): Institution {
  return Object.assign(new Institution(), { id: row.id, code: row.code, name: row.name, recordedAt: row.recordedAt });
}
