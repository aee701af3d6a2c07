import ExcelJS from 'exceljs';
import { toCsv } from './csv.codec';
import type { SheetCell } from './spreadsheet.reader';

/**
 * Writing spreadsheets the product hands out (import templates, exports): one look for every
 * file — bold header row frozen at the top, columns sized to their header, text columns kept
 * as text so Excel does not drop leading zeros — and reproducible bytes for the same content.
 */

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME_TYPE = 'text/csv; charset=utf-8';

export interface SheetColumn {
  header: string;
  /** Characters; default: the header's length plus some room, between 14 and 40. */
  width?: number;
  /** Stored as text (Excel's "@" format): identity numbers, phone numbers, codes. */
  text?: boolean;
  /** An Excel number format, e.g. `dd/mm/yyyy` for a column of dates. */
  numFmt?: string;
}

export interface TableSheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetCell[])[];
  /** Page setup for printing: the header row repeats on each page, the title is in the page header. */
  print?: { title?: string; orientation?: 'portrait' | 'landscape' };
}

/** Excel refuses sheet names longer than 31 characters or containing []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.slice(0, 31).trim() || 'Sheet1';
}

/** A workbook with the product as author and a fixed creation date, so equal content gives equal bytes. */
export function newWorkbook(title?: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phần mềm phát triển đảng viên';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  if (title) workbook.title = title;
  return workbook;
}

function defaultWidth(header: string): number {
  return Math.max(14, Math.min(40, header.length + 6));
}

/** Adds a sheet of one header row and the given rows in the house look. */
export function addTableSheet(workbook: ExcelJS.Workbook, table: TableSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(safeSheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width ?? defaultWidth(column.header) }));
  table.columns.forEach((column, index) => {
    const format = column.text ? '@' : column.numFmt;
    if (format) sheet.getColumn(index + 1).numFmt = format;
  });
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  if (table.print) {
    sheet.pageSetup = {
      ...sheet.pageSetup,
      paperSize: 9, // A4
      orientation: table.print.orientation ?? 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    };
    // "&" starts a code in Excel's page header; a title with one must not be read as a code.
    if (table.print.title) sheet.headerFooter.oddHeader = `&C&B${table.print.title.replace(/&/g, '&&')}`;
    sheet.headerFooter.oddFooter = '&CTrang &P / &N';
  }
  return sheet;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Vietnamese letters as Windows-1252). */
export function csvBytes(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.from(`\ufeff${toCsv(rows)}`, 'utf8');
}
