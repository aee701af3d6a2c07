/**
 * A small RFC 4180 CSV reader: quoted fields with doubled quotes, commas and line breaks
 * inside quotes, CRLF / LF / CR line ends, a UTF-8 byte-order mark. Excel in some locales
 * writes ";" between fields, so the separator is taken from the header line. Fast enough
 * for tens of thousands of rows (one pass, no regular expressions per character).
 */

export class CsvFormatError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvFormatError';
  }
}

const SEPARATORS = [',', ';', '\t'] as const;

/** The separator used most in the first line, outside quotes (comma when none is found). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [separator, count] of counts) {
    if (count > bestCount) {
      best = separator;
      bestCount = count;
    }
  }
  return best;
}

/** Decodes bytes as UTF-8 (BOM removed); throws when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A file with more rows or columns than an import takes; nothing past the limit is kept. */
export class CsvTooLarge extends Error {
  constructor(
    message: string,
    readonly what: 'rows' | 'columns',
    readonly limit: number,
  ) {
    super(message);
    this.name = 'CsvTooLarge';
  }
}

export interface CsvLimits {
  /** Rows with at least one non-empty field, the header included. */
  maxRows?: number;
  /** Columns that may hold a value; empty fields past them are dropped. */
  maxColumns?: number;
}

/** Every blank line shares this row, so a file of line breaks costs a pointer per line. */
const BLANK_ROW: readonly string[] = Object.freeze([]);

/**
 * Parses CSV text into rows of trimmed-as-written strings (no trimming: the domain trims).
 * Blank lines (nothing, or only separators) keep their place (row numbers match the file) as
 * an empty row. With limits, a
 * file with too many non-blank rows, or a value past the last allowed column, is refused as
 * soon as it is seen.
 */
export function parseCsv(text: string, separator = detectSeparator(text), limits: CsvLimits = {}): string[][] {
  const maxRows = limits.maxRows ?? Number.POSITIVE_INFINITY;
  const maxColumns = limits.maxColumns ?? Number.POSITIVE_INFINITY;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let filledRows = 0;
  let rowHasValue = false;
  let i = 0;
  let line = 1;
  const n = text.length;
  const endField = () => {
    if (field !== '') {
      if (row.length >= maxColumns) {
        throw new CsvTooLarge(`Line ${line} has a value past column ${maxColumns}; a file has at most ${maxColumns} columns`, 'columns', maxColumns);
      }
      rowHasValue = true;
    }
    if (row.length < maxColumns) row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (rowHasValue) {
      filledRows += 1;
      if (filledRows > maxRows) throw new CsvTooLarge(`The file has more than ${maxRows} rows`, 'rows', maxRows);
      rows.push(row);
    } else {
      rows.push(BLANK_ROW as string[]);
    }
    row = [];
    rowHasValue = false;
  };
  while (i < n) {
    const char = text[i];
    if (char === '"' && field === '') {
      // A quoted field: runs to the next lone quote.
      const startLine = line;
      i += 1;
      let closed = false;
      let start = i;
      while (i < n) {
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += text.slice(start, i + 1);
            i += 2;
            start = i;
            continue;
          }
          field += text.slice(start, i);
          i += 1;
          closed = true;
          break;
        }
        if (c === '\n') line += 1;
        i += 1;
      }
      if (!closed) throw new CsvFormatError(`A quoted field that starts on line ${startLine} is never closed`, startLine);
      // Text after the closing quote up to the separator is kept, as spreadsheet programs do.
      while (i < n && text[i] !== separator && text[i] !== '\n' && text[i] !== '\r') {
        field += text[i];
        i += 1;
      }
      continue;
    }
    if (char === separator) {
      endField();
      i += 1;
    } else if (char === '\n' || char === '\r') {
      endRow();
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line += 1;
    } else {
      let end = i;
      while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end += 1;
      field += text.slice(i, end);
      i = end;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * A value a spreadsheet program would run as a formula when the CSV is opened (=, +, -, @, or
 * a tab or carriage return before one): written with a leading apostrophe, so it stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes one value for CSV output when it needs it (formula-looking values are made text first). */
export function csvField(value: string): string {
  const text = neutraliseFormula(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
