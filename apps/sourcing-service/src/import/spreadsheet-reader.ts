import ExcelJS from 'exceljs';
import type { CellValue } from '@pdv/sourcing-domain';
import { CsvFormatError, decodeUtf8, parseCsv } from './csv';
import type { ImportFormat } from './referral-import.entity';

/** The file could not be read at all; the message says what to do. */
export class UnreadableSpreadsheet extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableSpreadsheet';
  }
}

/** Rows of the first sheet, header first, cells as the domain's row parser takes them. */
export type SheetRows = CellValue[][];

type ExcelValue = ExcelJS.CellValue;

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks, errors) to plain values. */
export function plainCellValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelValue }).result;
      return result === undefined ? null : plainCellValue(result);
    }
    if ('hyperlink' in value && 'text' in value) return plainCellValue((value as { text: ExcelValue }).text);
    if ('error' in value) return null;
  }
  return null;
}

/**
 * Reads the first worksheet of an .xlsx. The workbook is loaded in memory (the file size is
 * bounded by IMPORT_MAX_FILE_BYTES) rather than with exceljs's streaming reader: in exceljs
 * 4.4 that reader decodes each chunk of XML separately, so a Vietnamese letter whose UTF-8
 * bytes straddle two chunks comes out as U+FFFD (about one name in three thousand) — silent
 * corruption of people's names. The in-memory loader decodes whole entries.
 */
export async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableSpreadsheet(
      'The file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or choose CSV.',
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) {
    throw new UnreadableSpreadsheet('The first worksheet is empty: it needs a header row and one row per person.');
  }
  const rows: SheetRows = [];
  let dataRows = 0;
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooMany) return;
    const values = row.values as ExcelValue[];
    // exceljs rows are 1-based and sparse; blank lines keep their place so row numbers match.
    const cells: CellValue[] = [];
    for (let column = 1; column < values.length; column += 1) cells.push(plainCellValue(values[column]));
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
    if (rowNumber > 1 && cells.some((cell) => cell !== null && cell !== '')) dataRows += 1;
    // One row over the limit is enough to refuse the file; the rest is not converted.
    if (dataRows > maxRows) tooMany = true;
  });
  return rows;
}

/** Reads a CSV file (UTF-8, optional byte-order mark, "," or ";" separated). */
export function readCsv(bytes: Buffer): SheetRows {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw new UnreadableSpreadsheet('The CSV file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)".');
  }
  try {
    const rows = parseCsv(text);
    if (rows.length === 0) throw new UnreadableSpreadsheet('The file is empty: it needs a header row and one row per person.');
    return rows;
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UnreadableSpreadsheet(`The CSV file is malformed: ${error.message}.`);
    throw error;
  }
}

export function readSpreadsheet(format: ImportFormat, bytes: Buffer, maxRows: number): Promise<SheetRows> {
  return format === 'XLSX' ? readXlsx(bytes, maxRows) : Promise.resolve(readCsv(bytes));
}
