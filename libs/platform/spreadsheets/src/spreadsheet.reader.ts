import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { CsvFormatError, CsvTooLarge, decodeUtf8, parseCsv } from './csv.codec';

/**
 * Reading uploaded spreadsheets (xlsx or CSV) into plain rows, safely: the archive is checked
 * before exceljs unpacks it, and rows and columns are bounded. Every upload of the product
 * (sourcing's referral import, training's results sheet) reads through here; what the rows
 * mean is the caller's domain.
 */

/** The two file formats an upload may be. */
export const SPREADSHEET_FORMATS = ['XLSX', 'CSV'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

/** One cell as a row parser takes it: exceljs's rich shapes flattened. */
export type SheetCell = string | number | boolean | Date | null;

/** The file could not be read at all; the message says what to do. */
export class UnreadableSpreadsheet extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableSpreadsheet';
  }
}

/** The file has more rows than the caller takes (e.g. IMPORT_MAX_ROWS); nothing past the limit was kept. */
export class TooManyRows extends Error {
  constructor(readonly limit: number) {
    super(`The file has more than ${limit} rows.`);
    this.name = 'TooManyRows';
  }
}

/** Columns an uploaded sheet may fill (the product's templates have about fifteen); values past it refuse the file. */
export const MAX_COLUMNS = 100;
/** Parts of an .xlsx archive (a workbook from Excel has a dozen or two). */
export const MAX_ARCHIVE_ENTRIES = 1_000;

/**
 * How many bytes an .xlsx may unpack to: generous for the row limit (a filled row is well under
 * a kilobyte of XML) and never less than 64 MiB; a "zip bomb" (a few megabytes that unpack to
 * gigabytes) is refused before exceljs inflates it in memory.
 */
export function maxUnpackedBytes(maxRows: number): number {
  return Math.max(64 * 1024 * 1024, maxRows * 8 * 1024);
}

const NOT_A_WORKBOOK = 'The file could not be read as an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or choose CSV.';

/**
 * Checks an .xlsx (a zip archive) before it is loaded: the central directory's entries and
 * their unpacked sizes, and that each entry really unpacks to no more than it declares
 * (inflated with a hard output limit, one entry at a time). Refuses zip64, encryption and
 * unknown compression: Excel never writes them for a file of this size.
 */
export function inspectXlsxArchive(bytes: Buffer, maxUnpacked: number): void {
  const minEnd = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= minEnd; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
  const entries = bytes.readUInt16LE(end + 10);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
  if (entries > MAX_ARCHIVE_ENTRIES) {
    throw new UnreadableSpreadsheet(`The workbook has ${entries} parts; a spreadsheet saved from Excel has far fewer. Save it again as "Excel Workbook (.xlsx)", or choose CSV.`);
  }
  const tooBig = () =>
    new UnreadableSpreadsheet(
      `The workbook unpacks to more than ${Math.floor(maxUnpacked / (1024 * 1024))} MB, which is not a normal spreadsheet. Save it again from Excel, split it, or choose CSV.`,
    );
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < entries; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    if ((flags & 0x1) !== 0 || (method !== 0 && method !== 8) || size === 0xffffffff || compressedSize === 0xffffffff) {
      throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
    }
    total += size;
    if (total > maxUnpacked) throw tooBig();
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 8) {
      // The declared size is the attacker's word: inflate with a hard cap to check it.
      try {
        inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch (error) {
        // (checked by code: errors from Node's zlib are not instances of a test realm's RangeError)
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
      }
    } else if (compressedSize !== size) {
      throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
}

/** Rows of the first sheet, header first, cells as the domain's row parser takes them. */
export type SheetRows = SheetCell[][];

type ExcelValue = ExcelJS.CellValue;

/** Flattens exceljs's cell value shapes (rich text, formulas, hyperlinks, errors) to plain values. */
export function plainCellValue(value: ExcelValue): SheetCell {
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
 * bounded by the caller's upload limit) rather than with exceljs's streaming reader: in exceljs
 * 4.4 that reader decodes each chunk of XML separately, so a Vietnamese letter whose UTF-8
 * bytes straddle two chunks comes out as U+FFFD (about one name in three thousand) — silent
 * corruption of people's names. The in-memory loader decodes whole entries.
 */
export async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetRows> {
  inspectXlsxArchive(bytes, maxUnpackedBytes(maxRows));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableSpreadsheet(NOT_A_WORKBOOK);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) {
    throw new UnreadableSpreadsheet('The first worksheet is empty: it needs a header row and one row per person.');
  }
  const rows: SheetRows = [];
  const blank: SheetCell[] = [];
  let dataRows = 0;
  let refusal: Error | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (refusal) return;
    const values = row.values as ExcelValue[];
    // exceljs rows are 1-based and sparse; blank lines keep their place so row numbers match.
    const cells: SheetCell[] = [];
    let last = 0;
    for (let column = 1; column < values.length; column += 1) {
      const cell = plainCellValue(values[column]);
      if (cell === null || cell === '') {
        if (column <= MAX_COLUMNS) cells.push(cell);
        continue;
      }
      if (column > MAX_COLUMNS) {
        refusal = new UnreadableSpreadsheet(`Row ${rowNumber} has a value past column ${MAX_COLUMNS}; a file has at most ${MAX_COLUMNS} columns.`);
        return;
      }
      cells.push(cell);
      last = column;
    }
    cells.length = Math.min(cells.length, last);
    while (rows.length < rowNumber - 1) rows.push(blank);
    rows.push(cells);
    if (rowNumber > 1 && last > 0) dataRows += 1;
    // One row over the limit is enough to refuse the file; the rest is not converted.
    if (dataRows > maxRows) refusal = new TooManyRows(maxRows);
  });
  if (refusal) throw refusal;
  return rows;
}

/** Reads a CSV file (UTF-8, optional byte-order mark, "," or ";" separated), at most `maxRows` rows of people. */
export function readCsv(bytes: Buffer, maxRows = Number.POSITIVE_INFINITY): SheetRows {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch {
    throw new UnreadableSpreadsheet('The CSV file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)".');
  }
  try {
    // The header is a row too: one more than the people allowed.
    const rows = parseCsv(text, undefined, { maxRows: maxRows + 1, maxColumns: MAX_COLUMNS });
    if (rows.length === 0) throw new UnreadableSpreadsheet('The file is empty: it needs a header row and one row per person.');
    return rows;
  } catch (error) {
    if (error instanceof CsvFormatError) throw new UnreadableSpreadsheet(`The CSV file is malformed: ${error.message}.`);
    if (error instanceof CsvTooLarge) throw error.what === 'rows' ? new TooManyRows(maxRows) : new UnreadableSpreadsheet(`${error.message}.`);
    throw error;
  }
}

export function readSpreadsheet(format: SpreadsheetFormat, bytes: Buffer, maxRows: number): Promise<SheetRows> {
  return format === 'XLSX' ? readXlsx(bytes, maxRows) : Promise.resolve(readCsv(bytes, maxRows));
}
