/** Small helpers for services' hand-written SQL: lists, bulk writes, arrays and dates. */

/** Escapes LIKE wildcards so user text matches literally (with `escape '\'`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** Splits a list into chunks, for statements whose parameter count must stay bounded. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Builds `where a and b …` from parts, with their parameters in order. */
export class Where {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];

  and(sql: string, ...params: unknown[]): this {
    this.parts.push(`(${sql})`);
    this.params.push(...params);
    return this;
  }

  get sql(): string {
    return this.parts.length > 0 ? `where ${this.parts.join(' and ')}` : '';
  }
}

/** Orders rows fetched by id in the order of the ids (an id-then-load list keeps its sort). */
export function inOrderOf<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
}

/**
 * A Postgres array literal (`{"a","b",NULL}`) for one `?::type[]` parameter. The query
 * builder under MikroORM expands a JavaScript array parameter into a comma list, which
 * suits `in (?)` but not `= any(?)` or `unnest(?)`; a literal passes as one value.
 */
export function pgArray(values: readonly (string | number | boolean | null)[]): string {
  const items = values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/** The slice of MikroORM's EntityManager that bulk statements need (keeps this file ORM-agnostic). */
export interface BulkExecutor {
  getConnection(): { getKnex(): { raw(sql: string, bindings: readonly unknown[]): KnexQuery } };
  getTransactionContext(): unknown;
}

interface KnexQuery extends PromiseLike<unknown> {
  transacting(transaction: never): KnexQuery;
}

/**
 * Runs one statement with server-side parameters, inside the caller's transaction.
 * `em.execute` inlines every parameter into the SQL text (escaping it character by
 * character); for the multi-megabyte array literals of a 10,000-row import that costs more
 * than the insert itself, so bulk writes bind their parameters instead.
 */
export async function executeBound(em: BulkExecutor, sql: string, params: readonly unknown[]): Promise<void> {
  const query = em.getConnection().getKnex().raw(sql, params);
  const transaction = em.getTransactionContext();
  await (transaction ? query.transacting(transaction as never) : query);
}

/** `to_char` pattern for dates in raw selects, so results never depend on DateStyle. */
export const ISO_DATE_FORMAT = `'YYYY-MM-DD'`;

/** A date column as 'YYYY-MM-DD' text (null stays null). */
export function dateColumn(column: string, alias: string): string {
  return `to_char(${column}, ${ISO_DATE_FORMAT}) as "${alias}"`;
}

/** Rows written by one bulk path from which the tables' planner statistics are refreshed at once. */
export const BULK_ANALYZE_THRESHOLD = 1_000;

/**
 * Refreshes the planner's statistics of the tables a bulk write just filled, after its commit.
 * The plans of the set-based reads (a page of organisations joined through the closure table)
 * depend on them: on tables never analysed the planner sorts and merge-joins whole tables — a
 * city's dashboard page read 178,000 tuples per request and answered in 19 s, and in 14 ms
 * once analysed. Autovacuum gets there eventually where it is on (it is off on the CI machine);
 * a path that has just written thousands of rows does not wait for it.
 */
export async function analyzeAfterBulkWrite(em: { execute(sql: string): Promise<unknown> }, tables: readonly string[] | 'every table', rowsWritten: number): Promise<boolean> {
  if (rowsWritten < BULK_ANALYZE_THRESHOLD) return false;
  if (tables === 'every table') {
    await em.execute('analyze');
    return true;
  }
  for (const table of tables) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`not a table name: ${table}`);
    await em.execute(`analyze ${table}`);
  }
  return true;
}
