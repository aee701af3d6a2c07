/**
 * Normalises what PostgreSQL hands back for timestamptz columns: raw queries return text,
 * entities loaded through the ORM return Date objects.
 */
export function toInstant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
