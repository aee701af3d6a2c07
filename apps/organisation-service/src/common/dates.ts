/**
 * Normalises what PostgreSQL hands back for date and timestamptz columns. Raw queries return
 * `date` as 'YYYY-MM-DD' text (the ORM's type parser) and `timestamptz` as text; entities
 * loaded through the ORM return Date objects.
 */
export function toInstant(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function toLocalDate(value: Date | string): string;
export function toLocalDate(value: Date | string | null): string | null;
export function toLocalDate(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
}
