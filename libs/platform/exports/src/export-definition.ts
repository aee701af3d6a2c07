import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { Role } from '@pdv/auth';
import { XLSX_MIME_TYPE } from '@pdv/spreadsheets';

/**
 * An export: a committed GraphQL operation plus a layout. The gateway runs the operation with
 * the caller's own token (so authorization, masking and the audit of personal-data reads are
 * the API's), takes the rows at `rows.path`, and lays them out as a table in xlsx or pdf.
 * Adding an export is one definition file; nothing here knows any service's types.
 */

export const EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_MIME_TYPES: Readonly<Record<ExportFormat, string>> = { xlsx: XLSX_MIME_TYPE, pdf: 'application/pdf' };

/** A value as it lands in a cell: dates are dates (formatted dd/mm/yyyy in both formats). */
export type ExportValue = string | number | Date | null;

/** The operation's variables as the caller sent them (checked by GraphQL's own coercion). */
export type ExportVariables = Readonly<Record<string, unknown>>;

/**
 * What a cell (or a document's line) shows: `index` is the row number (STT); a path is read
 * from the row's node (`a.b.c`); a function may combine fields (e.g. the date of birth, or the
 * year when the caller's role sees only the year).
 */
export type ValueSource = 'index' | { path: string; as?: 'text' | 'number' | 'date'; labels?: Readonly<Record<string, string>> } | ((node: unknown) => ExportValue);

export interface ExportColumn {
  /** The column's heading, in Vietnamese. */
  header: string;
  value: ValueSource;
  /** Relative width (characters in xlsx, shares of the page in pdf); default from the header. */
  width?: number;
  /** Stored as text in xlsx so Excel keeps leading zeros (ids, phone numbers). */
  text?: boolean;
  align?: 'left' | 'center' | 'right';
}

/** One line of a document page: a fixed text, or a label and a value of the row. */
export interface DocumentLine {
  text?: string;
  label?: string;
  value?: ValueSource;
  /** Points; default 11. */
  size?: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  /** Space above the line, in points (default 4). */
  gapBefore?: number;
}

/**
 * A pdf of one page per row instead of a table: a certificate, a profile card. The page is
 * framed; lines run from the top.
 */
export interface DocumentLayout {
  lines: readonly DocumentLine[];
}

/** A table of a report: the list at `rows` inside the one row, laid out by `columns` (its own sheet in the xlsx). */
export interface ReportTableSection {
  kind: 'table';
  title: string;
  rows: string;
  columns: readonly ExportColumn[];
}

/** Bars of a report (pdf; a table in the xlsx): per item of the list at `rows`, one bar per series, labelled. */
export interface ReportBarsSection {
  kind: 'bars';
  title: string;
  rows: string;
  label: ValueSource;
  series: readonly { name: string; value: ValueSource; color: string }[];
}

/**
 * A report drawn from one row (a period report): heading lines, then tables of lists inside the
 * row and bar charts, in order. The xlsx has the lines on its first sheet and a sheet per table
 * and chart; the pdf draws them one after the other, pages numbered.
 */
export interface ReportLayout {
  lines: readonly DocumentLine[];
  sections: readonly (ReportTableSection | ReportBarsSection)[];
}

export interface ExportDefinition {
  /** The file's name in the URL, `/exports/<name>.<format>`: lower-case words joined by hyphens. */
  name: string;
  /**
   * Who the document is for; others are refused (FORBIDDEN) before anything runs. The API
   * still decides, as for any request, which rows and fields each of these sees.
   */
  roles: readonly Role[];
  /** One named query; its variables are the export's parameters. */
  operation: string;
  /**
   * Where the rows are in `data`. A connection (`edges` of `node`s with `pageInfo`) is paged
   * through by the exporter itself with `afterVariable`; a plain list is read as it is; one
   * object (a certificate, a candidate) is one row.
   */
  rows: {
    path: string;
    connection?: { afterVariable: string; pageSizeVariable: string; pageSize: number };
  };
  formats: readonly ExportFormat[];
  /** The document's title (and the sheet's name); may use the variables, e.g. the year. */
  title: string | ((variables: ExportVariables) => string);
  /** An optional second line under the title. */
  subtitle?: (variables: ExportVariables) => string | null;
  /** The file name without the date and extension, ASCII, e.g. `danh-sach-nguon-phat-trien-dang`. */
  fileName: string;
  /** The table of the xlsx and of the pdf (unless the pdf is a `document`). */
  columns: readonly ExportColumn[];
  /**
   * Columns that depend on the rows, after `columns`: an attendance sheet has one per session
   * of its course, which only the query's answer knows.
   */
  moreColumns?: (nodes: readonly unknown[]) => readonly ExportColumn[];
  /**
   * The pdf's page: a table that repeats its header on every page (the default), or with
   * `document` one page per row.
   */
  pdf?: { orientation?: 'portrait' | 'landscape'; signatures?: readonly string[]; document?: DocumentLayout };
  /** A report of several sections from the one row, in both formats, instead of `columns`' table. */
  report?: ReportLayout;
  /** At most this many rows (default: the gateway's EXPORT_MAX_ROWS); more is refused, not cut. */
  maxRows?: number;
}

export const EXPORT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The one operation of a definition; a definition that is not one named query is a programming error. */
export function operationOf(definition: Pick<ExportDefinition, 'name' | 'operation'>): OperationDefinitionNode {
  const document = parse(definition.operation, { noLocation: true });
  const operations = document.definitions.filter((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== 'query' || !operations[0].name) {
    throw new Error(`export ${definition.name}: the operation must be exactly one named query`);
  }
  return operations[0];
}

/** The variables the operation declares, in order. */
export function declaredVariables(definition: Pick<ExportDefinition, 'name' | 'operation'>): string[] {
  return (operationOf(definition).variableDefinitions ?? []).map((variable) => variable.variable.name.value);
}

/** The variables a caller may give: the declared ones, less those the exporter sets itself when paging. */
export function callerVariables(definition: ExportDefinition): string[] {
  const own = definition.rows.connection ? [definition.rows.connection.afterVariable, definition.rows.connection.pageSizeVariable] : [];
  return declaredVariables(definition).filter((name) => !own.includes(name));
}

export function titleOf(definition: ExportDefinition, variables: ExportVariables): string {
  return typeof definition.title === 'function' ? definition.title(variables) : definition.title;
}
