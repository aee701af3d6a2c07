import type { GraphQLFormattedError } from 'graphql';
import type { ExportDefinition, ExportVariables } from './export-definition';
import { valueAt } from './table';

/** One run of the export's operation, as the API answers it (the gateway's own server runs it). */
export type RunOperation = (variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** The API refused or failed the operation: its errors are the export's answer, as they are. */
export class ExportOperationFailed extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((error) => error.message).join('; '));
    this.name = 'ExportOperationFailed';
  }
}

/** More rows than one export takes; a file silently cut short would mislead whoever prints it. */
export class TooManyExportRows extends Error {
  constructor(readonly limit: number) {
    super(`The export has more than ${limit} rows.`);
    this.name = 'TooManyExportRows';
  }
}

interface Connection {
  edges?: { node?: unknown }[] | null;
  pageInfo?: { hasNextPage?: boolean; endCursor?: string | null } | null;
  totalCount?: number | null;
}

/**
 * Runs the operation and gathers its rows: a plain list as it is, a connection page by page
 * (the exporter sets the page size and cursor). Any error refuses the whole export — a list
 * with a page missing is worse than none — and so do more than `maxRows` rows.
 */
export async function collectRows(definition: ExportDefinition, variables: ExportVariables, run: RunOperation, maxRows: number): Promise<unknown[]> {
  const limit = Math.min(maxRows, definition.maxRows ?? maxRows);
  const connection = definition.rows.connection;
  const rows: unknown[] = [];
  let after: string | null = null;
  for (;;) {
    const paging: Record<string, unknown> = connection ? { [connection.pageSizeVariable]: connection.pageSize, [connection.afterVariable]: after } : {};
    const result = await run({ ...variables, ...paging });
    if (result.errors?.length) throw new ExportOperationFailed(result.errors);
    const found = valueAt(result.data, definition.rows.path);
    if (!connection) {
      const list = Array.isArray(found) ? found : found === null ? [] : [found];
      if (list.length > limit) throw new TooManyExportRows(limit);
      return list;
    }
    const page = (found ?? {}) as Connection;
    // The total, when the connection gives one, refuses an oversized export on its first page.
    if (typeof page.totalCount === 'number' && page.totalCount > limit) throw new TooManyExportRows(limit);
    for (const edge of page.edges ?? []) rows.push(edge.node ?? null);
    if (rows.length > limit) throw new TooManyExportRows(limit);
    const next = page.pageInfo?.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    if (next === null || next === after) return rows;
    after = next;
  }
}
