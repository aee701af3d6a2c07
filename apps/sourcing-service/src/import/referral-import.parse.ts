import { utcDateOf } from '@pdv/calendar';
import { AppError, checkOptionalText, Problems, ruleViolation } from '@pdv/errors';
import { type CellValue, mapHeaderRow, parseReferralRow, type PublishedNotice, type ReferralColumnKey, type ReferralRowCells, REFERRAL_IMPORT_COLUMNS, type SourcingPolicy, type ValidReferral } from '@pdv/sourcing-domain';
import { SOURCING_APP_RULES } from '../common/sourcing-app.rules';
import { MAX_REFERRER_NAME_LENGTH } from '../referral/referral.parse';
import { EXTRA_COLUMNS, type ExtraColumnKey, mapExtraColumns } from './extra-columns.rules';
import type { ImportFormat, ImportMode, ImportProblem, ImportRowReport } from './referral-import.entity';
import type { ImportReferralsInput } from './referral-import.input';

/**
 * The import's input → a command, and the spreadsheet → rows. Both are pure: the domain's
 * header matching and row parser check each row; this adds the service's extra columns, the
 * ward's active cells and repeats within the file. What happens to a valid row depends on
 * the database and is decided at intake (decideIntakes), as for a single referral.
 */

export interface ImportReferralsCommand {
  massOrganisationId: string;
  fileName: string;
  bytes: Buffer;
  format: ImportFormat;
  mode: ImportMode;
  /** Used for rows that leave the notice-version column empty (or a file without it). */
  consentNoticeVersion: string;
  /** One consent time for every row; rows' own consent dates, when filled, take precedence. */
  consentedAt: Date | null;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;
const MAX_FILE_NAME = 255;
const NOTICE_COLUMN = REFERRAL_IMPORT_COLUMNS.find((column) => column.key === 'consentNoticeVersion')!;

export function parseImportReferrals(input: ImportReferralsInput): ImportReferralsCommand {
  const fileName = input.fileName.trim();
  const noticeVersion = input.consentNoticeVersion.trim();
  const problems = new Problems();
  if (fileName === '' || fileName.length > MAX_FILE_NAME) problems.add('input.fileName', `must be 1 to ${MAX_FILE_NAME} characters`);
  if (noticeVersion === '') problems.add('input.consentNoticeVersion', 'is required');
  if (!BASE64.test(input.contentBase64)) problems.add('input.contentBase64', 'is not base64 text');
  problems.throwIfAny('The import request is not valid.');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw AppError.badInput('The file is empty.', [{ field: 'input.contentBase64', message: 'is empty' }]);
  return {
    massOrganisationId: input.massOrganisationId,
    fileName,
    bytes,
    format: input.format,
    mode: input.mode,
    consentNoticeVersion: noticeVersion,
    consentedAt: input.consentedAt ?? null,
  };
}

/** A row that passed every check of its own; what happens to it depends on the database. */
export interface ValidRow {
  report: ImportRowReport;
  value: ValidReferral;
  referrerName: string | null;
}

export interface ParsedSheet {
  /** One report per row of people, in file order (valid rows' reports are shared with `valid`). */
  reports: ImportRowReport[];
  valid: ValidRow[];
  headerWarnings: ImportProblem[];
  /** The file's own header of the national ID column, to point problems at. */
  nationalIdColumn: string | null;
}

export interface SheetContext {
  now: Date;
  policy: SourcingPolicy;
  notices: readonly PublishedNotice[];
  /** The ward's active party cells. */
  cells: readonly { id: string; code: string }[];
  consentNoticeVersion: string;
  consentedAt: Date | null;
  maxRows: number;
}

export const importProblem = (column: string | null, message: string): ImportProblem => ({ column: column ?? 'row', message });

const isBlank = (cell: CellValue | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export function parseReferralSheet(sheet: readonly CellValue[][], context: SheetContext): ParsedSheet {
  const cellIdByCode = new Map(context.cells.map((cell) => [cell.code, cell.id]));
  const cellIds = new Set(context.cells.map((cell) => cell.id));
  const noticeVersion = context.consentNoticeVersion;

  // Header: the service's extra columns first, then the domain's template columns.
  const extras = mapExtraColumns(sheet[0] ?? []);
  const fileConsent = context.consentedAt ? { noticeVersion, consentedAt: context.consentedAt } : undefined;
  let header = mapHeaderRow(extras.domainHeader, 1, { fileLevelConsent: fileConsent !== undefined });
  if (!fileConsent && header.indexByKey.consentNoticeVersion === undefined) {
    // No notice column: every row takes the version chosen at upload (an added, empty column).
    header = mapHeaderRow([...extras.domainHeader, NOTICE_COLUMN.vi]);
  }
  if (!header.ok) {
    const problems = header.problems.map((p) => ({ field: `file: ${p.column ?? 'header row'}`, message: p.message }));
    throw new AppError('BAD_USER_INPUT', `The header row does not match the template. ${problems.map((p) => p.message).join('; ')}.`, { problems });
  }
  const columns = Object.entries(header.indexByKey) as [ReferralColumnKey, number][];
  const extraColumns = Object.entries(extras.indexByKey) as [ExtraColumnKey, number][];
  const headerWarnings = header.warnings.map((w) => importProblem(w.column, w.message));

  const reports: ImportRowReport[] = [];
  const valid: ValidRow[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let index = 1; index < sheet.length; index += 1) {
    const raw = sheet[index];
    if (raw.every(isBlank)) continue;
    const rowNumber = index + 1;
    const cellsOfRow: ReferralRowCells = {};
    for (const [key, column] of columns) cellsOfRow[key] = raw[column] ?? null;
    if (!fileConsent && isBlank(cellsOfRow.consentNoticeVersion)) cellsOfRow.consentNoticeVersion = noticeVersion;
    // quoteValues: false — the report is stored, and must never hold what a cell contained.
    const parsed = parseReferralRow(cellsOfRow, rowNumber, context.now, {
      policy: context.policy,
      notices: context.notices,
      headerByKey: header.headerByKey,
      cellIdByCode,
      fileConsent,
      quoteValues: false,
    });
    const report: ImportRowReport = {
      row: rowNumber,
      status: 'ERROR',
      candidateId: null,
      referralId: null,
      isRepeatReferral: false,
      problems: parsed.ok ? [] : parsed.problems.map((p) => importProblem(p.column, p.message)),
      warnings: parsed.warnings.map((w) => importProblem(w.column, w.message)),
    };
    reports.push(report);
    const extraProblems = new Problems();
    const extraValues = { referrerName: null as string | null };
    const limits: Record<ExtraColumnKey, number> = { referrerName: MAX_REFERRER_NAME_LENGTH };
    for (const [key, column] of extraColumns) {
      const cell = raw[column];
      const text = cell === null || cell === undefined ? '' : cell instanceof Date ? utcDateOf(cell) : String(cell);
      extraValues[key] = checkOptionalText(extraProblems, extras.headerByKey[key] ?? EXTRA_COLUMNS.find((c) => c.key === key)!.vi, text, limits[key], { singleLine: true });
    }
    for (const p of extraProblems.all) report.problems.push(importProblem(p.field, `${p.field} ${p.message}`));
    if (parsed.ok && !cellIds.has(parsed.value.cellId)) {
      const cellHeader = header.headerByKey.cell ?? 'Chi bộ';
      report.problems.push(importProblem(cellHeader, `${cellHeader} is not an active party cell of the ward; use a code from the list of cells`));
    }
    const nationalId = parsed.ok ? parsed.value.nationalId : parsed.nationalId;
    const firstRow = nationalId ? firstRowOfId.get(nationalId) : undefined;
    if (nationalId && firstRow === undefined) firstRowOfId.set(nationalId, rowNumber);
    if (firstRow !== undefined) {
      // The same person twice in one file: the first row stands for them.
      report.status = 'DUPLICATE';
      report.problems.push(
        importProblem(header.headerByKey.nationalId ?? null, `This person (same national ID number) is already in row ${firstRow} of this file; this row was not imported`),
      );
      continue;
    }
    if (parsed.ok && report.problems.length === 0) {
      report.status = 'IMPORTED';
      valid.push({ report, value: parsed.value, referrerName: extraValues.referrerName });
    }
  }
  if (reports.length > context.maxRows) {
    throw ruleViolation(SOURCING_APP_RULES['SOURCING.IMPORT_TOO_LARGE'], `The file has more than ${context.maxRows} rows.`, { limit: context.maxRows });
  }
  if (reports.length === 0) throw AppError.badInput('The file has a header row but no rows of people.');
  return { reports, valid, headerWarnings, nationalIdColumn: header.headerByKey.nationalId ?? null };
}
