import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { COURSE_RUNNERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import type { SheetUploadOutcome } from './sheet-upload.service';
import { UploadAttendanceSheetInput, UploadResultsSheetInput } from './sheet-upload.input';
import { parseUploadAttendanceSheet, parseUploadResultsSheet } from './sheet-upload.parse';
import { SheetRowProblem, SheetRowReport, SheetUploadReport } from './sheet-upload.type';

function toReport(outcome: SheetUploadOutcome): SheetUploadReport {
  const count = (status: string) => outcome.rows.filter((row) => row.status === status).length;
  return Object.assign(new SheetUploadReport(), {
    fileName: outcome.fileName,
    totalRows: outcome.rows.length,
    applied: count('APPLIED'),
    skipped: count('SKIPPED'),
    errors: count('ERROR'),
    rows: outcome.rows.map((row) =>
      Object.assign(new SheetRowReport(), {
        row: row.row,
        enrolmentId: row.enrolmentId,
        status: row.status,
        note: row.note ?? null,
        problems: row.problems.map((problem) => Object.assign(new SheetRowProblem(), problem)),
      }),
    ),
  });
}

/** The centre's uploads of the sheets it downloaded through the gateway's exports. */
@Resolver(() => SheetUploadReport)
export class SheetUploadResolver {
  @Mutation(() => SheetUploadReport, {
    description:
      'The training centre uploads the results sheet (the class list export with "Kết quả" and "Điểm" filled in). Rows are matched by "Mã ghi danh" and answered row by row; the good rows are recorded (with certificates for those who complete), a bad row changes nothing.',
  })
  @Allow(COURSE_RUNNERS)
  async uploadResultsSheet(@Arg('input', () => UploadResultsSheetInput, { description: 'The course and the file.' }) input: UploadResultsSheetInput, @Ctx() ctx: TrainingContext): Promise<SheetUploadReport> {
    return toReport(await ctx.services.sheets.uploadResults(parseUploadResultsSheet(input)));
  }

  @Mutation(() => SheetUploadReport, {
    description:
      'The training centre uploads the attendance sheet (the course-attendance export) with one session’s column filled in ("Có mặt", "Vắng có phép", "Vắng"). Rows are matched by "Mã ghi danh" and answered row by row; the good rows are recorded, a bad row changes nothing.',
  })
  @Allow(COURSE_RUNNERS)
  async uploadAttendanceSheet(
    @Arg('input', () => UploadAttendanceSheetInput, { description: 'The session and the file.' }) input: UploadAttendanceSheetInput,
    @Ctx() ctx: TrainingContext,
  ): Promise<SheetUploadReport> {
    return toReport(await ctx.services.sheets.uploadAttendance(parseUploadAttendanceSheet(input)));
  }
}
