import { addTableSheet, newWorkbook, workbookBytes } from '@pdv/spreadsheets';
import type { ExportTable } from './table';

/**
 * The table as a workbook: the header in row 1 (so a downloaded sheet can be filled in and
 * read back by the upload that takes it), dates as real dates shown dd/mm/yyyy, and the
 * title in the workbook's properties and the printed page's header.
 */
export async function renderXlsx(table: ExportTable, options: { orientation?: 'portrait' | 'landscape' } = {}): Promise<Buffer> {
  const workbook = newWorkbook(table.title);
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
