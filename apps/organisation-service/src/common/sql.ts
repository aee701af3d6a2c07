/**
 * A PostgreSQL array literal for one bound parameter (`?::uuid[]`, `?::date[]`…). Arrays
 * cannot be bound directly: the query builder expands a JS array into a list of parameters
 * (`in (?)` style), which breaks `= any(?)` and `unnest(?)`. Elements are quoted, so any
 * text is safe; null becomes NULL.
 */
export function pgArray(values: readonly (string | number | boolean | null)[]): string {
  const elements = values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${elements.join(',')}}`;
}

/** `to_char` pattern for dates in raw selects, so results never depend on DateStyle. */
export const ISO_DATE_FORMAT = `'YYYY-MM-DD'`;

/** A date column as 'YYYY-MM-DD' text (null stays null). */
export function dateColumn(column: string, alias: string): string {
  return `to_char(${column}, ${ISO_DATE_FORMAT}) as "${alias}"`;
}
