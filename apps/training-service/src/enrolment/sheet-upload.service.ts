import { AppError, isAppError } from '@pdv/errors';
import { type ParsedSheet, type ParsedSheetRow, parseAttendanceSheet, parseResultsSheet, type ResultSheetValue, type SheetValue } from '@pdv/training-domain';
import { readSpreadsheet, TooManyRows, UnreadableSpreadsheet } from '@pdv/spreadsheets';
import type { ServiceScope } from '../common/service-scope';
import type { EnrolmentService } from './enrolment.service';
import { MAX_ROWS } from './enrolment.parse';
import type { SheetFile } from './sheet-upload.parse';
import type { SheetRowProblem, SheetRowStatus } from './sheet-upload.type';

export interface SheetRowOutcome {
  row: number;
  enrolmentId: string | null;
  status: SheetRowStatus;
  /** Why a row was skipped. */
  note?: string;
  problems: SheetRowProblem[];
}

export interface SheetUploadOutcome {
  fileName: string;
  rows: SheetRowOutcome[];
}

const inputProblem = (column: string, message: string) => ({ column, code: 'BAD_USER_INPUT', rule: null, message });

/**
 * The centre's uploads of the sheets it downloaded (the class list as results sheet, the
 * attendance sheet). Every row is checked and answered in words; a bad row changes nothing
 * and the good rows are recorded, each through EnrolmentService in its own transaction, as
 * the form's rows are. Not all-or-nothing: a row is one participant's fact, independent of
 * the others', and the centre fixes the rows the answer names and uploads the sheet again
 * (an applied result row then answers that the result is already recorded).
 */
export class SheetUploadService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly enrolments: EnrolmentService,
  ) {}

  async uploadResults(command: SheetFile & { courseId: string }): Promise<SheetUploadOutcome> {
    const [course] = await this.scope.em.execute<{ id: string }[]>('select id from course where id = ?::uuid', [command.courseId]);
    if (!course) throw AppError.notFound('Course', command.courseId);
    const parsed = parseResultsSheet(await this.read(command));
    const rows = await this.checked(parsed, command.courseId);
    const valid = rows.filter((row): row is Extract<ParsedSheetRow<ResultSheetValue>, { status: 'VALID' }> => row.status === 'VALID');
    const outcomes = await this.enrolments.recordResults(valid.map((row) => ({ enrolmentId: row.enrolmentId, result: row.value.result, score: row.value.score })));
    const outcomeOf = new Map(valid.map((row, index) => [row.row, outcomes[index]]));
    return {
      fileName: command.fileName,
      rows: rows.map((row) => {
        const outcome = outcomeOf.get(row.row);
        if (!outcome) return this.unapplied(row);
        return outcome.ok
          ? { row: row.row, enrolmentId: outcome.enrolmentId, status: 'APPLIED', problems: [] }
          : { row: row.row, enrolmentId: outcome.enrolmentId, status: 'ERROR', problems: [{ column: 'row', code: outcome.code, rule: outcome.rule, message: outcome.message }] };
      }),
    };
  }

  async uploadAttendance(command: SheetFile & { sessionId: string }): Promise<SheetUploadOutcome> {
    const [session] = await this.scope.em.execute<{ course_id: string; position: number }[]>('select course_id, position from course_session where id = ?::uuid', [command.sessionId]);
    if (!session) throw AppError.notFound('Session', command.sessionId);
    const parsed = parseAttendanceSheet(await this.read(command), session.position);
    const rows = await this.checked(parsed, session.course_id);
    const answered: SheetRowOutcome[] = [];
    for (const row of rows) {
      if (row.status !== 'VALID') {
        answered.push(this.unapplied(row));
        continue;
      }
      try {
        await this.enrolments.recordAttendance({ sessionId: command.sessionId, marks: [{ enrolmentId: row.enrolmentId, mark: row.value }] });
        answered.push({ row: row.row, enrolmentId: row.enrolmentId, status: 'APPLIED', problems: [] });
      } catch (error) {
        if (!isAppError(error)) throw error;
        answered.push({ row: row.row, enrolmentId: row.enrolmentId, status: 'ERROR', problems: [{ column: 'row', code: error.code, rule: error.rule ?? null, message: error.message }] });
      }
    }
    return { fileName: command.fileName, rows: answered };
  }

  private async read(file: SheetFile): Promise<SheetValue[][]> {
    try {
      return await readSpreadsheet('XLSX', file.bytes, MAX_ROWS + 1);
    } catch (error) {
      if (error instanceof UnreadableSpreadsheet) throw AppError.badInput(error.message, [{ field: 'input.contentBase64', message: error.message }]);
      if (error instanceof TooManyRows) throw AppError.badInput(`The file has more than ${MAX_ROWS} rows.`, [{ field: 'input.contentBase64', message: `has more than ${MAX_ROWS} rows` }]);
      throw error;
    }
  }

  /** The sheet's header refused as BAD_USER_INPUT naming its columns; rows of another course made errors of their own. */
  private async checked<T>(parsed: ParsedSheet<T>, courseId: string): Promise<ParsedSheetRow<T>[]> {
    if (!parsed.ok) {
      const problems = parsed.problems.map((problem) => ({ field: `file: ${problem.column}`, message: problem.message }));
      throw new AppError('BAD_USER_INPUT', `The header row does not match the sheet downloaded from the course. ${parsed.problems.map((p) => p.message).join('; ')}`, { problems });
    }
    if (parsed.rows.length === 0) throw AppError.badInput('The file has a header row but no rows.', [{ field: 'input.contentBase64', message: 'has no rows' }]);
    const ids = parsed.rows.flatMap((row) => (row.status === 'VALID' ? [row.enrolmentId] : []));
    const ofCourse = new Set(
      ids.length === 0 ? [] : (await this.scope.em.execute<{ id: string }[]>('select id from enrolment where course_id = ?::uuid and id = any(?::uuid[])', [courseId, `{${ids.join(',')}}`])).map((row) => row.id),
    );
    return parsed.rows.map((row) =>
      row.status === 'VALID' && !ofCourse.has(row.enrolmentId)
        ? {
            row: row.row,
            status: 'ERROR',
            enrolmentId: row.enrolmentId,
            problems: [{ column: 'Mã ghi danh', message: 'Không thuộc lớp này / This enrolment is not of this course: upload the sheet downloaded from this course.' }],
          }
        : row,
    );
  }

  private unapplied<T>(row: ParsedSheetRow<T>): SheetRowOutcome {
    if (row.status === 'SKIPPED') return { row: row.row, enrolmentId: row.enrolmentId, status: 'SKIPPED', note: row.reason, problems: [] };
    if (row.status === 'ERROR') return { row: row.row, enrolmentId: row.enrolmentId, status: 'ERROR', problems: row.problems.map((p) => inputProblem(p.column, p.message)) };
    throw new Error(`row ${row.row} is valid but was not applied`);
  }
}
