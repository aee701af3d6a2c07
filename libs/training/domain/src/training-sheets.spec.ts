import { parseAttendanceSheet, parseResultsSheet, type SheetValue } from './training-sheets';

const A = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a0001';
const B = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a0002';
const C = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a0003';

describe('the results sheet (the class list filled in)', () => {
  const header: SheetValue[] = ['STT', 'Mã ghi danh', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Tình trạng', 'Kết quả', 'Điểm'];
  const row = (id: SheetValue, result: SheetValue, score: SheetValue): SheetValue[] => [1, id, 'Nguyễn Thị Hằng', 2001, 'Chi bộ 1', 'Được duyệt', result, score];

  it.each<[string, SheetValue[], object]>([
    ['a label and a number', row(A, 'Đạt', 8.5), { status: 'VALID', enrolmentId: A, value: { result: 'PASSED', score: 8.5 } }],
    ['a label in another case, a decimal comma', row(A, 'không ĐẠT', '4,25'), { status: 'VALID', value: { result: 'FAILED', score: 4.25 } }],
    ['the code itself, no score', row(A.toUpperCase(), 'ABSENT', null), { status: 'VALID', enrolmentId: A, value: { result: 'ABSENT', score: null } }],
    ['no result yet', row(A, '', null), { status: 'SKIPPED' }],
    ['an unknown result', row(A, 'Giỏi', 9), { status: 'ERROR', problems: [{ column: 'Kết quả', message: expect.stringContaining('must be one of "Đạt", "Không đạt", "Vắng thi"') }] }],
    ['a score in words', row(A, 'Đạt', 'tám'), { status: 'ERROR', problems: [{ column: 'Điểm', message: expect.stringContaining('must be a number') }] }],
    ['no enrolment id', row(null, 'Đạt', 8), { status: 'ERROR', enrolmentId: null, problems: [{ column: 'Mã ghi danh', message: expect.stringContaining('is empty') }] }],
    ['an id that is not one', row('Hằng', 'Đạt', 8), { status: 'ERROR', problems: [{ column: 'Mã ghi danh', message: expect.stringContaining('is not an enrolment id') }] }],
  ])('%s', (_label, cells, expected) => {
    const parsed = parseResultsSheet([header, cells]);
    expect(parsed).toMatchObject({ ok: true, rows: [{ row: 2, ...expected }] });
  });

  it('answers every row in file order, ignores empty rows, and refuses an enrolment twice', () => {
    const parsed = parseResultsSheet([header, row(A, 'Đạt', 8), [null, '', null], row(B, 'Đạt', 11), row(A, 'Không đạt', 3)]);
    expect(parsed.ok && parsed.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'VALID'],
      [4, 'VALID'],
      [5, 'ERROR'],
    ]);
    expect(parsed.ok && parsed.rows[2]).toMatchObject({ problems: [{ column: 'Mã ghi danh', message: expect.stringContaining('already in row 2') }] });
  });

  it('refuses a header without the columns it reads, naming them', () => {
    expect(parseResultsSheet([['STT', 'Họ và tên', 'Điểm']])).toEqual({
      ok: false,
      problems: [expect.objectContaining({ column: 'Mã ghi danh' }), expect.objectContaining({ column: 'Kết quả' })],
    });
  });
});

describe('the attendance sheet (one session’s column)', () => {
  const header: SheetValue[] = ['STT', 'Mã ghi danh', 'Họ và tên', 'Ngày sinh', 'Chi bộ', 'Buổi 1 (11/05/2026)', 'Buổi 2 (12/05/2026)', 'Buổi 10 (21/05/2026)'];

  it('reads the session’s column by its position, each row answered', () => {
    const parsed = parseAttendanceSheet(
      [header, [1, A, 'x', 2001, 'c', 'Có mặt', 'vắng có phép', 'Vắng'], [2, B, 'y', 2002, 'c', 'Có mặt', '', null], [3, C, 'z', 2003, 'c', null, 'Đi muộn', null]],
      2,
    );
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        { row: 2, status: 'VALID', value: 'EXCUSED' },
        { row: 3, status: 'SKIPPED' },
        { row: 4, status: 'ERROR', problems: [{ column: 'Buổi 2 (12/05/2026)', message: expect.stringContaining('"Có mặt", "Vắng có phép", "Vắng"') }] },
      ],
    });
    expect(parseAttendanceSheet([header, [1, A, 'x', 2001, 'c', null, null, 'Vắng']], 10)).toMatchObject({ ok: true, rows: [{ status: 'VALID', value: 'ABSENT' }] });
  });

  it('refuses a sheet without the session’s column', () => {
    expect(parseAttendanceSheet([header], 3)).toEqual({ ok: false, problems: [expect.objectContaining({ column: 'Buổi 3' })] });
  });
});
