import type { DocumentLine, ExportColumn, ExportDefinition, ExportValue, ExportVariables, ReportLayout, ValueSource } from './export-definition';
import { titleOf } from './export-definition';

/** What both renderers draw: a titled table of plain values. */
export interface ExportTable {
  title: string;
  subtitle: string | null;
  /** The day the file was made, printed on it. */
  printedOn: string;
  columns: readonly ExportColumn[];
  rows: ExportValue[][];
  /** The rows as the operation gave them, for a document layout. */
  nodes: readonly unknown[];
  /** A report's sections with their values, when the definition is a report. */
  report?: RenderedReport | null;
}

/** A report's heading lines and sections, every value read from the one row. */
export interface RenderedReport {
  lines: (Omit<DocumentLine, 'value' | 'label'> & { text: string })[];
  sections: (
    | { kind: 'table'; title: string; columns: readonly ExportColumn[]; rows: ExportValue[][] }
    | { kind: 'bars'; title: string; series: readonly { name: string; color: string }[]; groups: { label: string; values: number[] }[] }
  )[];
}

/** The report of `layout` over its one row `node`. */
export function reportOf(layout: ReportLayout, node: unknown): RenderedReport {
  const listAt = (path: string): unknown[] => {
    const list = valueAt(node, path);
    return Array.isArray(list) ? list : [];
  };
  return {
    lines: layout.lines.map(({ label, value, ...line }) => {
      const shown = value === undefined ? null : cellText(valueOf(value, node, 0));
      return { ...line, text: line.text ?? (label ? `${label}: ${shown ?? ''}` : (shown ?? '')) };
    }),
    sections: layout.sections.map((section) =>
      section.kind === 'table'
        ? { kind: 'table' as const, title: section.title, columns: section.columns, rows: listAt(section.rows).map((item, i) => section.columns.map((c) => valueOf(c.value, item, i))) }
        : {
            kind: 'bars' as const,
            title: section.title,
            series: section.series.map(({ name, color }) => ({ name, color })),
            groups: listAt(section.rows).map((item, i) => ({ label: cellText(valueOf(section.label, item, i)), values: section.series.map((s) => Number(valueOf(s.value, item, i) ?? 0)) })),
          },
    ),
  };
}

/** Reads `a.b.c` from a GraphQL result value; a missing or null step gives null. */
export function valueAt(source: unknown, path: string): unknown {
  let current = source;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[key];
  }
  return current ?? null;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A GraphQL `LocalDate` (YYYY-MM-DD) as a UTC midnight Date (what Excel shows as that day). */
export function localDateValue(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** dd/mm/yyyy, the way dates are written in Vietnamese documents. */
export function formatDate(date: Date): string {
  const day = String(date.getUTCDate()).padStart(2, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${day}/${month}/${date.getUTCFullYear()}`;
}

/** The value a column or a document line shows for the row `node` (the `index`-th). */
export function valueOf(source: ValueSource, node: unknown, index: number): ExportValue {
  if (source === 'index') return index + 1;
  if (typeof source === 'function') return source(node);
  const raw = valueAt(node, source.path);
  if (raw === null) return null;
  if (source.labels && typeof raw === 'string') return source.labels[raw] ?? raw;
  switch (source.as) {
    case 'date':
      return localDateValue(raw);
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    default:
      return typeof raw === 'string' || typeof raw === 'number' ? raw : JSON.stringify(raw);
  }
}

/** The rows (each a GraphQL node) laid out by the definition's columns. */
export function exportTable(definition: ExportDefinition, nodes: readonly unknown[], variables: ExportVariables, printedOn: string): ExportTable {
  const columns = [...definition.columns, ...(definition.moreColumns?.(nodes) ?? [])];
  return {
    title: titleOf(definition, variables),
    subtitle: definition.subtitle?.(variables) ?? null,
    printedOn,
    columns,
    rows: nodes.map((node, index) => columns.map((column) => valueOf(column.value, node, index))),
    nodes,
    report: definition.report && nodes.length > 0 ? reportOf(definition.report, nodes[0]) : null,
  };
}

/** A cell as printed text (pdf). */
export function cellText(value: ExportValue): string {
  if (value === null) return '';
  if (value instanceof Date) return formatDate(value);
  return String(value);
}
