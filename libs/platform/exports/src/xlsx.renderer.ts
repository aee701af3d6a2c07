import { addTableSheet, newWorkbook, workbookBytes } from '@pdv/spreadsheets';
import type { ExportTable, RenderedReport } from './table';

// A report: its heading lines on a first sheet, then a sheet per table and chart (a chart as the
// table of its numbers), each named by its section's title, numbers as numbers.
function addReportSheets(workbook: ReturnType<typeof newWorkbook>, table: ExportTable, report: RenderedReport, orientation?: 'portrait' | 'landscape'): void {
  const print = { title: table.subtitle ? `${table.title} — ${table.subtitle}` : table.title, orientation };
  addTableSheet(workbook, { name: 'Tổng hợp', columns: [{ header: table.title, width: 120 }], rows: report.lines.map((line) => [line.text]), print });
  report.sections.forEach((section, index) => {
    const name = `${index + 1}. ${section.title}`;
    if (section.kind === 'table') {
      addTableSheet(workbook, { name, columns: section.columns.map((c) => ({ header: c.header, width: c.width, text: c.text })), rows: section.rows, print });
    } else {
      const columns = [{ header: section.title, width: 40 }, ...section.series.map((s) => ({ header: s.name }))];
      addTableSheet(workbook, { name, columns, rows: section.groups.map((g) => [g.label, ...g.values]), print });
    }
  });
}

/**
 * The table as a workbook: the header in row 1 (so a downloaded sheet can be filled in and
 * read back by the upload that takes it), dates as real dates shown dd/mm/yyyy, and the
 * title in the workbook's properties and the printed page's header.
 */
export async function renderXlsx(table: ExportTable, options: { orientation?: 'portrait' | 'landscape' } = {}): Promise<Buffer> {
  const workbook = newWorkbook(table.title);
  if (table.report) {
    addReportSheets(workbook, table, table.report, options.orientation);
    return workbookBytes(workbook);
  }
  const hasDates = table.columns.map((_, index) => table.rows.some((row) => row[index] instanceof Date));
  addTableSheet(workbook, {
    name: table.title,
    columns: table.columns.map((column, index) => ({
      header: column.header,
      width: column.width,
      text: column.text,
      numFmt: hasDates[index] ? 'dd/mm/yyyy' : undefined,
    })),
    rows: table.rows,
    print: { title: table.subtitle ? `${table.title} — ${table.subtitle}` : table.title, orientation: options.orientation },
  });
  return workbookBytes(workbook);
}
