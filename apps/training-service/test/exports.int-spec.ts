import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Identity } from '@pdv/auth';
import { pdfText, sheetRows } from '@pdv/exports/testing';
import { identityOf, postGraphQL } from '@pdv/testing';
import { type ExportPerson, startTrainingExportsStack, type TrainingExportsStack } from './support/exports-stack';
import { onDay } from './support/world';

// The training exports as a centre downloads them, through the real gateway process over the
// real organisation, sourcing and training services (support/exports-stack.ts). The files are
// opened: the xlsx parsed, the pdf's text extracted; the sheets are filled in and uploaded back.
describe('training exports and uploads through the gateway', () => {
  let stack: TrainingExportsStack;
  let courseId: string;
  let sessions: TrainingExportsStack['sessions'];
  let enrolmentOf: Record<string, string>;
  let board: Identity;
  let centre: Identity;
  let auditor: Identity;
  let secretary: Identity;
  const people: ExportPerson[] = [
    { fullName: 'Nguyễn Thị Hằng', dateOfBirth: '2001-03-15', gender: 'FEMALE' },
    { fullName: 'Trần Văn Đạt', dateOfBirth: '1998-07-02', gender: 'MALE' },
  ];
  const days = ['2027-01-11', '2027-01-12'];
  const call = <T>(identity: Identity, query: string, variables: Record<string, unknown> = {}) => stack.call<T>(identity, query, variables);
  const download = (identity: Identity, file: string, variables: Record<string, unknown>) => stack.download(identity, file, variables);

  /** The downloaded sheet with some cells typed in (row and column numbered from 1, as Excel shows them) and a row added, as base64. */
  async function filledIn(bytes: Buffer, cells: [number, number, string | number][], extraRow?: (string | number)[]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    for (const [row, column, value] of cells) sheet.getCell(row, column).value = value;
    if (extraRow) sheet.addRow(extraRow);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  const REPORT = `{ fileName totalRows applied skipped errors rows { row enrolmentId status note problems { column code rule message } } }`;

  beforeAll(async () => {
    stack = await startTrainingExportsStack(people, { days, title: 'Lớp bồi dưỡng nhận thức về Đảng khóa I/2027' });
    ({ courseId, sessions, enrolmentOf } = stack);
    ({ board, centre, auditor, secretary } = stack.who);
    await call(board, `mutation($id: ID!) { approveNomination(id: $id) { status } }`, { id: enrolmentOf[people[0].fullName] });
  }, 240_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('gives the board the class list as xlsx: names and dates of birth from sourcing, the cell’s name from the organisation service', async () => {
    const file = await download(board, 'course-class-list.xlsx', { courseId });
    expect(file.status).toBe(200);
    const [header, ...rows] = await sheetRows(file.body);
    expect(header).toEqual(['STT', 'Mã ghi danh', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Tình trạng', 'Kết quả', 'Điểm']);
    expect(rows).toEqual([
      [1, enrolmentOf['Nguyễn Thị Hằng'], 'Nguyễn Thị Hằng', new Date(Date.UTC(2001, 2, 15)), 'Chi bộ khu dân cư số 1', 'Được duyệt'],
      [2, enrolmentOf['Trần Văn Đạt'], 'Trần Văn Đạt', new Date(Date.UTC(1998, 6, 2)), 'Chi bộ khu dân cư số 1', 'Đã đề nghị'],
    ]);
    const approvedOnly = await sheetRows((await download(secretary, 'course-class-list.xlsx', { courseId, status: 'APPROVED' })).body);
    expect(approvedOnly.slice(1).map((row) => row[2])).toEqual(['Nguyễn Thị Hằng']);
    // The centre and oversight roles see the birth year only, as sourcing answers them in the API.
    for (const identity of [centre, auditor]) expect((await sheetRows((await download(identity, 'course-class-list.xlsx', { courseId })).body))[1][3]).toBe(2001);
  });

  it('gives the attendance sheet with one column per session, marks filled in as recorded', async () => {
    const blank = await sheetRows((await download(centre, 'course-attendance.xlsx', { courseId })).body);
    expect(blank).toEqual([
      ['STT', 'Mã ghi danh', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Buổi 1 (11/01/2027)', 'Buổi 2 (12/01/2027)'],
      [1, enrolmentOf['Nguyễn Thị Hằng'], 'Nguyễn Thị Hằng', 2001, 'Chi bộ khu dân cư số 1'],
    ]);
    onDay(stack.h, days[0]);
    await call(centre, `mutation($id: ID!) { startCourse(id: $id) { status } }`, { id: courseId });
    // Session 1 marked for the participant; a row copied from another course's sheet is refused on its own.
    const stranger = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a9999';
    const upload = await call<{ uploadAttendanceSheet: Record<string, unknown> }>(centre, `mutation($input: UploadAttendanceSheetInput!) { uploadAttendanceSheet(input: $input) ${REPORT} }`, {
      input: { sessionId: sessions[0].id, fileName: 'diem-danh.xlsx', contentBase64: await filledIn((await download(centre, 'course-attendance.xlsx', { courseId })).body, [[2, 6, 'Có mặt']], [2, stranger, 'X', 2000, 'Y', 'Có mặt']) },
    });
    expect(upload.uploadAttendanceSheet).toMatchObject({ totalRows: 2, applied: 1, skipped: 0, errors: 1 });
    expect((upload.uploadAttendanceSheet.rows as unknown[])[1]).toEqual({
      row: 3,
      enrolmentId: stranger,
      status: 'ERROR',
      note: null,
      problems: [{ column: 'Mã ghi danh', code: 'BAD_USER_INPUT', rule: null, message: expect.stringContaining('not of this course') }],
    });
    const marked = await sheetRows((await download(centre, 'course-attendance.xlsx', { courseId })).body);
    expect(marked[1].slice(5)).toEqual(['Có mặt']);
  });

  it('reads an attendance mark it does not know as the row’s error naming the column, and a session too early as the rule', async () => {
    const sheet = (await download(centre, 'course-attendance.xlsx', { courseId })).body;
    const upload = (contentBase64: string, sessionId: string) =>
      call<{ uploadAttendanceSheet: { applied: number; rows: { status: string; problems: { column: string; code: string; rule: string | null }[] }[] } }>(
        centre,
        `mutation($input: UploadAttendanceSheetInput!) { uploadAttendanceSheet(input: $input) ${REPORT} }`,
        { input: { sessionId, fileName: 'diem-danh.xlsx', contentBase64 } },
      );
    const unknownMark = await upload(await filledIn(sheet, [[2, 7, 'Đi muộn']]), sessions[1].id);
    expect(unknownMark.uploadAttendanceSheet.rows[0]).toMatchObject({ status: 'ERROR', problems: [{ column: 'Buổi 2 (12/01/2027)', code: 'BAD_USER_INPUT' }] });
    const early = await upload(await filledIn(sheet, [[2, 7, 'Có mặt']]), sessions[1].id);
    expect(early.uploadAttendanceSheet).toMatchObject({ applied: 0, rows: [{ status: 'ERROR', problems: [{ code: 'RULE_VIOLATION', rule: 'TRAINING.ATTENDANCE_WHILE_RUNNING' }] }] });
    const broken = await postGraphQL(stack.gateway.url, `mutation($input: UploadAttendanceSheetInput!) { uploadAttendanceSheet(input: $input) { applied } }`, { input: { sessionId: sessions[1].id, fileName: 'x.xlsx', contentBase64: Buffer.from('không phải bảng tính').toString('base64') } }, { 'content-type': 'application/json', authorization: `Bearer ${await stack.tokenOf(centre)}` });
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'input.contentBase64' }] });
  });

  it('prints the certificate as one framed page with the Vietnamese name intact (the board sees the full date of birth)', async () => {
    onDay(stack.h, days[1]);
    const hang = enrolmentOf['Nguyễn Thị Hằng'];
    const attendance = await call<{ uploadAttendanceSheet: { applied: number } }>(centre, `mutation($input: UploadAttendanceSheetInput!) { uploadAttendanceSheet(input: $input) ${REPORT} }`, {
      input: { sessionId: sessions[1].id, fileName: 'diem-danh.xlsx', contentBase64: await filledIn((await download(centre, 'course-attendance.xlsx', { courseId })).body, [[2, 7, 'có mặt']]) },
    });
    expect(attendance.uploadAttendanceSheet.applied).toBe(1);
    // The class list as results sheet: the participant passed; the nominee never approved cannot have a result; a score in words is the row's error.
    const classList = (await download(centre, 'course-class-list.xlsx', { courseId })).body;
    const results = await call<{ uploadResultsSheet: { applied: number; errors: number; rows: { row: number; status: string; problems: { column: string; code: string; rule: string | null }[] }[] } }>(
      centre,
      `mutation($input: UploadResultsSheetInput!) { uploadResultsSheet(input: $input) ${REPORT} }`,
      { input: { courseId, fileName: 'ket-qua.xlsx', contentBase64: await filledIn(classList, [[2, 7, 'Đạt'], [2, 8, '8,5'], [3, 7, 'Đạt'], [3, 8, 9]], [3, hang, 'X', 2000, 'Y', 'Z', 'Đạt', 'chín']) } },
    );
    expect(results.uploadResultsSheet).toMatchObject({ applied: 1, errors: 2 });
    expect(results.uploadResultsSheet.rows.map((row) => [row.row, row.status, row.problems.map((p) => p.rule ?? p.column)])).toEqual([
      [2, 'APPLIED', []],
      [3, 'ERROR', [expect.stringMatching(/^TRAINING\./)]],
      [4, 'ERROR', ['Mã ghi danh', 'Điểm']],
    ]);
    const certificate = (await call<{ enrolment: { certificate: { id: string; number: string; verificationCode: string } } }>(centre, `query($id: ID!) { enrolment(id: $id) { certificate { id number verificationCode } } }`, { id: hang })).enrolment.certificate;
    const file = await download(board, 'certificate.pdf', { id: certificate.id });
    expect(file.status).toBe(200);
    const { pages } = await pdfText(file.body);
    expect(pages).toHaveLength(1);
    const text = pages[0].normalize('NFC');
    for (const expected of [
      'GIẤY CHỨNG NHẬN',
      'Chứng nhận đồng chí: Nguyễn Thị Hằng',
      'Ngày sinh: 15/03/2001',
      'Khóa học: Lớp bồi dưỡng nhận thức về Đảng khóa I/2027',
      'Cơ sở đào tạo: Trung tâm Chính trị phường Đông Đa',
      `Số: ${certificate.number}`,
      'Ngày cấp: 12/01/2027',
      'Có giá trị đến hết ngày: 11/01/2032',
      `Mã xác minh: ${certificate.verificationCode}`,
    ]) {
      expect(text).toContain(expected);
    }
    const printedByCentre = (await pdfText((await download(centre, 'certificate.pdf', { id: certificate.id })).body)).pages[0].normalize('NFC');
    expect(printedByCentre).toContain('Ngày sinh: 2001');
    const finished = await sheetRows((await download(centre, 'course-class-list.xlsx', { courseId, status: 'FINISHED' })).body);
    expect(finished[1].slice(5)).toEqual(['Đã học xong', 'Đạt', 8.5]);
  });

  it.each<[string, Identity, string]>([
    ['mass-organisation staff the class list', identityOf('MASS_ORG_STAFF', randomUUID()), 'course-class-list.xlsx'],
    ['a cell secretary the attendance sheet', identityOf('CELL_SECRETARY', randomUUID()), 'course-attendance.xlsx'],
    ['a cell secretary a certificate', identityOf('CELL_SECRETARY', randomUUID()), 'certificate.pdf'],
    ['an auditor a certificate', identityOf('AUDITOR'), 'certificate.pdf'],
  ])('refuses %s with FORBIDDEN', async (_label, identity, file) => {
    const refused = await download(identity, file, file.startsWith('certificate') ? { id: courseId } : { courseId });
    expect(refused.status).toBe(403);
    expect(refused.code()).toBe('FORBIDDEN');
  });

  it('answers a certificate that does not exist with NOT_FOUND', async () => {
    const missing = await download(board, 'certificate.pdf', { id: courseId });
    expect(missing.status).toBe(404);
    expect(missing.code()).toBe('NOT_FOUND');
  });
});
