import { ATTENDANCE_MARKS, type AttendanceMark, COURSE_RESULTS, type CourseResult } from './training.enums';

/**
 * The spreadsheets the training centre downloads and uploads back: the class list (which is
 * also the results sheet) and the attendance sheet. The gateway's export definitions print
 * these headers and labels (apps/gateway/src/exports/training-labels.ts repeats them, as the
 * gateway may not import a domain); this reads them back. Rows are matched by the enrolment
 * id, never by name. Pure: the cells in, each row's value or its problems out.
 */

export const ENROLMENT_ID_HEADER = 'Mã ghi danh';
export const RESULT_HEADER = 'Kết quả';
export const SCORE_HEADER = 'Điểm';

export const RESULT_LABELS: Readonly<Record<CourseResult, string>> = { PASSED: 'Đạt', FAILED: 'Không đạt', ABSENT: 'Vắng thi' };
export const ATTENDANCE_MARK_LABELS: Readonly<Record<AttendanceMark, string>> = { PRESENT: 'Có mặt', EXCUSED: 'Vắng có phép', ABSENT: 'Vắng' };

/** A session's column: "Buổi 2 (12/05/2026)"; the position is what an upload matches. */
const SESSION_HEADER = /^\s*Buổi\s+(\d+)(?:\s|\(|$)/u;

export type SheetValue = string | number | boolean | Date | null;

export interface SheetProblem {
  /** The column as the file's header writes it ("row" for the row as a whole). */
  column: string;
  /** Vietnamese, then English; never repeats what a cell held beyond a code or a number. */
  message: string;
}

export type ParsedSheetRow<T> =
  | { row: number; status: 'VALID'; enrolmentId: string; value: T }
  | { row: number; status: 'SKIPPED'; enrolmentId: string | null; reason: string }
  | { row: number; status: 'ERROR'; enrolmentId: string | null; problems: SheetProblem[] };

export type ParsedSheet<T> = { ok: true; rows: ParsedSheetRow<T>[] } | { ok: false; problems: SheetProblem[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

const text = (cell: SheetValue | undefined): string => (cell === null || cell === undefined ? '' : cell instanceof Date ? '' : String(cell).trim());
const normalised = (value: string): string => value.normalize('NFC').trim().toLocaleLowerCase('vi');
const isBlank = (cell: SheetValue | undefined): boolean => text(cell) === '' && !(cell instanceof Date);

/** A label (any case, NFC or not) or the code itself, as a person typing into Excel might write it. */
function codeOf<C extends string>(cell: SheetValue | undefined, labels: Readonly<Record<C, string>>, codes: readonly C[]): C | null {
  const value = normalised(text(cell));
  return codes.find((code) => normalised(labels[code]) === value || code.toLowerCase() === value) ?? null;
}

function headerIndex(header: readonly SheetValue[], name: string): number {
  return header.findIndex((cell) => normalised(text(cell)) === normalised(name));
}

function missingColumn(name: string, hint: string): SheetProblem {
  return { column: name, message: `Thiếu cột "${name}" ở dòng tiêu đề / The header row has no "${name}" column: ${hint}` };
}

const DOWNLOAD_AGAIN = 'upload the sheet downloaded from the course, with its header row unchanged.';

/** Reads each data row's enrolment id and hands the rest of the row to `readRow`. */
function readRows<T>(
  sheet: readonly (readonly SheetValue[])[],
  idColumn: number,
  readRow: (cells: readonly SheetValue[], problems: SheetProblem[]) => { skip: string } | { value: T } | null,
): ParsedSheetRow<T>[] {
  const rows: ParsedSheetRow<T>[] = [];
  const firstRowOf = new Map<string, number>();
  for (let index = 1; index < sheet.length; index += 1) {
    const cells = sheet[index];
    if (cells.every(isBlank)) continue;
    const row = index + 1;
    const problems: SheetProblem[] = [];
    const id = text(cells[idColumn]);
    let enrolmentId: string | null = null;
    if (id === '') problems.push({ column: ENROLMENT_ID_HEADER, message: `${ENROLMENT_ID_HEADER} trống / ${ENROLMENT_ID_HEADER} is empty: keep the id the downloaded sheet gave this row.` });
    else if (!UUID.test(id)) problems.push({ column: ENROLMENT_ID_HEADER, message: `${ENROLMENT_ID_HEADER} không đúng / ${ENROLMENT_ID_HEADER} is not an enrolment id: keep the id the downloaded sheet gave this row.` });
    else enrolmentId = id.toLowerCase();
    const first = enrolmentId ? firstRowOf.get(enrolmentId) : undefined;
    if (enrolmentId && first !== undefined) {
      problems.push({ column: ENROLMENT_ID_HEADER, message: `Trùng với dòng ${first} / The same enrolment is already in row ${first}; this row was not recorded.` });
    } else if (enrolmentId) firstRowOf.set(enrolmentId, row);
    const read = readRow(cells, problems);
    if (problems.length > 0 || !enrolmentId || read === null) rows.push({ row, status: 'ERROR', enrolmentId, problems });
    else if ('skip' in read) rows.push({ row, status: 'SKIPPED', enrolmentId, reason: read.skip });
    else rows.push({ row, status: 'VALID', enrolmentId, value: read.value });
  }
  return rows;
}

export interface ResultSheetValue {
  result: CourseResult;
  score: number | null;
}

/** A score as written: a number, or text with a decimal comma ("8,5"); the range is the service's rule (TRAINING.SCORE_RANGE). */
function scoreOf(cell: SheetValue | undefined): number | null | 'invalid' {
  if (typeof cell === 'number') return cell;
  const value = text(cell).replace(',', '.');
  if (value === '') return null;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : 'invalid';
}

/**
 * The results sheet (the class list with "Kết quả" and "Điểm" filled in). A row whose result
 * is empty has nothing to record (the refused, the withdrawn, those still to sit) and is
 * skipped; a result not among the labels, or a score that is not a number, is the row's error.
 */
export function parseResultsSheet(sheet: readonly (readonly SheetValue[])[]): ParsedSheet<ResultSheetValue> {
  const header = sheet[0] ?? [];
  const columns = { id: headerIndex(header, ENROLMENT_ID_HEADER), result: headerIndex(header, RESULT_HEADER), score: headerIndex(header, SCORE_HEADER) };
  const missing = [
    [columns.id, ENROLMENT_ID_HEADER],
    [columns.result, RESULT_HEADER],
    [columns.score, SCORE_HEADER],
  ].flatMap(([index, name]) => (index === -1 ? [missingColumn(name as string, DOWNLOAD_AGAIN)] : []));
  if (missing.length > 0) return { ok: false, problems: missing };
  const accepted = COURSE_RESULTS.map((code) => `"${RESULT_LABELS[code]}"`).join(', ');
  const rows = readRows<ResultSheetValue>(sheet, columns.id, (cells, problems) => {
    if (isBlank(cells[columns.result])) return { skip: `${RESULT_HEADER} trống: chưa có gì để ghi / ${RESULT_HEADER} is empty: nothing to record.` };
    const result = codeOf(cells[columns.result], RESULT_LABELS, COURSE_RESULTS);
    if (!result) problems.push({ column: RESULT_HEADER, message: `${RESULT_HEADER} không hợp lệ / ${RESULT_HEADER} must be one of ${accepted}.` });
    const score = scoreOf(cells[columns.score]);
    if (score === 'invalid') problems.push({ column: SCORE_HEADER, message: `${SCORE_HEADER} không phải là số / ${SCORE_HEADER} must be a number from 0 to 10, e.g. 8,5.` });
    return result && score !== 'invalid' ? { value: { result, score } } : null;
  });
  return { ok: true, rows };
}

/**
 * One session's column of the attendance sheet ("Buổi <position> (…)"). An empty mark is
 * skipped (not yet taken); a mark not among the labels is the row's error.
 */
export function parseAttendanceSheet(sheet: readonly (readonly SheetValue[])[], sessionPosition: number): ParsedSheet<AttendanceMark> {
  const header = sheet[0] ?? [];
  const idColumn = headerIndex(header, ENROLMENT_ID_HEADER);
  const sessionColumn = header.findIndex((cell) => Number(SESSION_HEADER.exec(text(cell))?.[1]) === sessionPosition);
  const sessionName = `Buổi ${sessionPosition}`;
  const missing = [
    ...(idColumn === -1 ? [missingColumn(ENROLMENT_ID_HEADER, DOWNLOAD_AGAIN)] : []),
    ...(sessionColumn === -1 ? [missingColumn(sessionName, `the session is number ${sessionPosition} of the course; ${DOWNLOAD_AGAIN}`)] : []),
  ];
  if (missing.length > 0) return { ok: false, problems: missing };
  const column = text(header[sessionColumn]);
  const accepted = ATTENDANCE_MARKS.map((code) => `"${ATTENDANCE_MARK_LABELS[code]}"`).join(', ');
  const rows = readRows<AttendanceMark>(sheet, idColumn, (cells, problems) => {
    if (isBlank(cells[sessionColumn])) return { skip: `${sessionName} trống: chưa điểm danh / ${sessionName} is empty: no mark to record.` };
    const mark = codeOf(cells[sessionColumn], ATTENDANCE_MARK_LABELS, ATTENDANCE_MARKS);
    if (!mark) problems.push({ column, message: `${sessionName} không hợp lệ / ${sessionName} must be one of ${accepted}.` });
    return mark ? { value: mark } : null;
  });
  return { ok: true, rows };
}
