import {
  mapHeaderRow,
  parseReferralRow,
  parseReferralSheet,
  REFERRAL_COLUMN_KEYS,
  REFERRAL_IMPORT_COLUMNS,
  referralTemplateHeaders,
  type CellValue,
  type ParsedReferralRow,
  type ReferralRowCells,
} from './index';

const NOW = new Date('2026-03-15T03:00:00Z');
const CELL_ID = '3f2b8c1e-9a4d-4c5e-8f7a-1b2c3d4e5f60';
const cellIdByCode = new Map([['CB05', CELL_ID]]);

const row: ReferralRowCells = {
  fullName: 'nguyễn văn an',
  dateOfBirth: '15/07/1990',
  gender: 'Nam',
  nationalId: '001090012345',
  phone: '0912 345 678',
  educationLevel: 'Đại học',
  sourceCategory: 'Đoàn viên, hội viên',
  cell: 'CB05',
  achievements: 'Đoàn viên xuất sắc',
  reason: null,
  consentNoticeVersion: '2025-01',
  consentDate: '01/03/2026',
};

const parse = (changes: ReferralRowCells, rowNumber = 7): ParsedReferralRow =>
  parseReferralRow({ ...row, ...changes }, rowNumber, NOW, { cellIdByCode });

function problemsOf(result: ParsedReferralRow): { column: string | null; message: string }[] {
  return result.ok ? [] : result.problems.map(({ column, message }) => ({ column, message }));
}

describe('the column template', () => {
  it('has every column once, with both headers and an example', () => {
    expect(REFERRAL_IMPORT_COLUMNS.map((c) => c.key)).toEqual([...REFERRAL_COLUMN_KEYS]);
    for (const column of REFERRAL_IMPORT_COLUMNS) {
      expect(column.vi).not.toBe('');
      expect(column.en).not.toBe('');
      expect(column.example).not.toBe('');
    }
  });

  it('marks required columns with *', () => {
    expect(referralTemplateHeaders('vi').slice(0, 7)).toEqual([
      'Họ và tên *',
      'Ngày sinh *',
      'Giới tính *',
      'Số CCCD *',
      'Số điện thoại',
      'Nơi ở hiện nay',
      'Nghề nghiệp',
    ]);
    expect(referralTemplateHeaders('en')[3]).toBe('National ID number *');
  });

  it('its own example row parses', () => {
    const example = Object.fromEntries(REFERRAL_IMPORT_COLUMNS.map((c) => [c.key, c.example])) as ReferralRowCells;
    expect(parseReferralRow(example, 2, NOW, { cellIdByCode })).toEqual(expect.objectContaining({ ok: true }));
  });
});

describe('mapHeaderRow', () => {
  it.each<[string, CellValue[]]>([
    ['the Vietnamese template', referralTemplateHeaders('vi')],
    ['the English template', referralTemplateHeaders('en')],
    ['without diacritics, any case', ['HO VA TEN', 'ngay sinh', 'gioi tinh', 'so cccd', 'trinh do hoc van', 'nguon', 'chi bo', 'phien ban thong bao', 'ngay dong y']],
    [
      'aliases, hints in brackets, another order',
      ['Ngày đồng ý', 'Số định danh cá nhân', 'Họ tên', 'Ngày sinh (dd/mm/yyyy)', 'Sex', 'Học vấn', 'Đối tượng', 'Mã chi bộ', 'Notice version'],
    ],
  ])('recognises %s', (_case, headers) => {
    const mapping = mapHeaderRow(headers);
    expect(mapping.problems).toEqual([]);
    expect(mapping.ok).toBe(true);
    expect(mapping.missing).toEqual([]);
  });

  it('does not need the consent columns when the upload states one consent for the file', () => {
    const headers = referralTemplateHeaders('vi').filter((h) => !h.startsWith('Ngày đồng ý') && !h.startsWith('Phiên bản'));
    expect(mapHeaderRow(headers).ok).toBe(false);
    expect(mapHeaderRow(headers, 1, { fileLevelConsent: true }).ok).toBe(true);
  });

  it('keeps the headers as written and their positions', () => {
    const mapping = mapHeaderRow([null, 'NGÀY SINH *', 'Họ và tên']);
    expect(mapping.indexByKey).toEqual({ dateOfBirth: 1, fullName: 2 });
    expect(mapping.headerByKey).toEqual({ dateOfBirth: 'NGÀY SINH *', fullName: 'Họ và tên' });
  });

  it.each<[string, CellValue[], { problems: string[]; warnings: string[] }]>([
    [
      'a missing required column',
      referralTemplateHeaders('vi').filter((h) => !h.startsWith('Giới tính')),
      { problems: ["Column 'Giới tính' (Gender) is missing; add it to the header row, e.g. 'Nam'"], warnings: [] },
    ],
    [
      'an unknown column',
      [...referralTemplateHeaders('vi'), 'Ghi chú'],
      { problems: [], warnings: ["Column 'Ghi chú' is not in the template and will be ignored"] },
    ],
    [
      'a repeated column',
      [...referralTemplateHeaders('vi'), 'Date of birth'],
      { problems: ["Column 'Date of birth' repeats column 'Ngày sinh *' (Date of birth); keep only one of them"], warnings: [] },
    ],
    [
      'the consent columns left out without a consent for the whole file',
      referralTemplateHeaders('vi').filter((h) => !h.startsWith('Ngày đồng ý')),
      { problems: ["Column 'Ngày đồng ý' (Consent date) is missing; add it to the header row, e.g. '01/03/2026'"], warnings: [] },
    ],
    [
      'an optional column left out',
      referralTemplateHeaders('vi').filter((h) => !h.startsWith('Số điện thoại')),
      { problems: [], warnings: [] },
    ],
  ])('reports %s', (_case, headers, expected) => {
    const mapping = mapHeaderRow(headers);
    expect(mapping.problems.map((p) => p.message)).toEqual(expected.problems);
    expect(mapping.warnings.map((p) => p.message)).toEqual(expected.warnings);
    expect(mapping.ok).toBe(expected.problems.length === 0);
  });
});

describe('parseReferralRow: accepted values', () => {
  it('normalises a good row', () => {
    const result = parse({});
    expect(result).toEqual({
      ok: true,
      row: 7,
      warnings: [],
      value: expect.objectContaining({
        fullName: 'Nguyễn Văn An',
        dateOfBirth: '1990-07-15',
        gender: 'MALE',
        nationalId: '001090012345',
        phone: '0912345678',
        educationLevel: 'UNIVERSITY',
        sourceCategory: 'MASS_ORGANISATION_MEMBER',
        cellId: CELL_ID,
        reason: null,
        consent: { noticeVersion: '2025-01', consentedAt: new Date('2026-02-28T17:00:00Z') },
      }),
    });
  });

  it.each<[string, ReferralRowCells, Record<string, unknown>]>([
    ['date dd/mm/yyyy', { dateOfBirth: '15/07/1990' }, { dateOfBirth: '1990-07-15' }],
    ['date d/m/yyyy', { dateOfBirth: '5/7/1990', nationalId: '001090012345' }, { dateOfBirth: '1990-07-05' }],
    ['date dd.mm.yyyy', { dateOfBirth: '15.07.1990' }, { dateOfBirth: '1990-07-15' }],
    ['date yyyy-mm-dd', { dateOfBirth: '1990-07-15' }, { dateOfBirth: '1990-07-15' }],
    ['Excel serial number', { dateOfBirth: 33069 }, { dateOfBirth: '1990-07-15' }],
    ['Date object (UTC midnight)', { dateOfBirth: new Date('1990-07-15T00:00:00Z') }, { dateOfBirth: '1990-07-15' }],
    ['Date object (Hanoi midnight)', { dateOfBirth: new Date('1990-07-14T17:00:00Z') }, { dateOfBirth: '1990-07-15' }],
    ['gender nữ', { gender: 'nữ', nationalId: '001190012345' }, { gender: 'FEMALE' }],
    ['gender Female', { gender: 'Female', nationalId: '001190012345' }, { gender: 'FEMALE' }],
    ['gender M', { gender: 'M' }, { gender: 'MALE' }],
    ['education THPT', { educationLevel: 'THPT' }, { educationLevel: 'UPPER_SECONDARY' }],
    ['education 12/12', { educationLevel: '12/12' }, { educationLevel: 'UPPER_SECONDARY' }],
    ['education 9/12', { educationLevel: '9 / 12' }, { educationLevel: 'LOWER_SECONDARY' }],
    ['education without diacritics', { educationLevel: 'cao dang' }, { educationLevel: 'COLLEGE' }],
    ['education code', { educationLevel: 'POSTGRADUATE' }, { educationLevel: 'POSTGRADUATE' }],
    ['education Thạc sĩ', { educationLevel: 'Thạc sĩ' }, { educationLevel: 'POSTGRADUATE' }],
    ['source by short name', { sourceCategory: 'Học sinh THPT' }, { sourceCategory: 'HIGH_SCHOOL_STUDENT' }],
    ['source by alias', { sourceCategory: 'bộ đội xuất ngũ' }, { sourceCategory: 'MILITIA_RESERVE_VETERAN_POLICE' }],
    ['source by code', { sourceCategory: 'MILITARY_SERVICE_CONSCRIPT' }, { sourceCategory: 'MILITARY_SERVICE_CONSCRIPT' }],
    ['source by full Vietnamese label', { sourceCategory: 'Sinh viên mới tốt nghiệp về địa phương sinh hoạt' }, { sourceCategory: 'RETURNING_GRADUATE' }],
    ['cell code in another case', { cell: ' cb05 ' }, { cellId: CELL_ID }],
    ['cell id', { cell: CELL_ID.toUpperCase() }, { cellId: CELL_ID }],
    ['phone +84', { phone: '+84 912 345 678' }, { phone: '0912345678' }],
    ['no phone', { phone: null }, { phone: null }],
    ['national ID with spaces', { nationalId: '001 090 012 345' }, { nationalId: '001090012345' }],
    ['address and occupation', { address: ' Tổ dân phố 5 ', occupation: 'Công nhân' }, { address: 'Tổ dân phố 5', occupation: 'Công nhân' }],
    ['notice version as a number', { consentNoticeVersion: 2 }, { consent: expect.objectContaining({ noticeVersion: '2' }) }],
    ['consent given today', { consentDate: '15/03/2026' }, { consent: expect.objectContaining({ consentedAt: new Date('2026-03-14T17:00:00Z') }) }],
  ])('%s', (_case, changes, expected) => {
    const result = parse(changes);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.value).toEqual(expect.objectContaining(expected));
  });
});

describe('parseReferralRow: values Excel damaged, repaired with a warning', () => {
  it.each<[string, ReferralRowCells, Record<string, unknown>, string]>([
    [
      'national ID number that lost 2 leading zeros',
      { nationalId: 1090012345 },
      { nationalId: '001090012345' },
      'Số CCCD had lost its leading zero(s), as Excel does with numbers; it was read as a 12-digit number with the zeros put back. Check it, and format the column as Text next time',
    ],
    ['national ID text that lost 1 leading zero', { nationalId: '79301012345', dateOfBirth: '31/01/2001', gender: 'Nữ' }, { nationalId: '079301012345' }, 'Số CCCD had lost its leading zero(s)'],
    ['phone that lost its 0', { phone: 912345678 }, { phone: '0912345678' }, 'Số điện thoại had lost its leading 0'],
  ])('%s', (_case, changes, expected, warning) => {
    const result = parse(changes);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.value).toEqual(expect.objectContaining(expected));
    expect(result.warnings).toEqual([{ row: 7, column: expect.any(String), message: expect.stringContaining(warning) }]);
  });

  it('warns about age over 60 without rejecting the row', () => {
    const result = parse({ dateOfBirth: '01/01/1960', nationalId: '001060012345' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ column: 'Ngày sinh', rule: 'SOURCING.AGE_OVER_60' })]);
  });
});

describe('parseReferralRow: problems a person can fix', () => {
  it.each<[string, ReferralRowCells, { column: string | null; message: string | RegExp }]>([
    ['an unreal date', { dateOfBirth: '31/02/1990' }, { column: 'Ngày sinh', message: "Ngày sinh '31/02/1990' is not a real date; write it as dd/mm/yyyy" }],
    ['not a date', { dateOfBirth: 'mùng 5 tháng 7' }, { column: 'Ngày sinh', message: "Ngày sinh 'mùng 5 tháng 7' is not a date; write it as dd/mm/yyyy" }],
    ['a 2-digit year', { dateOfBirth: '15/07/90' }, { column: 'Ngày sinh', message: "Ngày sinh '15/07/90' has a 2-digit year; write the year in full (dd/mm/yyyy)" }],
    ['a serial number out of range', { dateOfBirth: 12 }, { column: 'Ngày sinh', message: "Ngày sinh '12' is not a date; write it as dd/mm/yyyy" }],
    ['under 18', { dateOfBirth: '16/03/2008', nationalId: '001208012345' }, { column: 'Ngày sinh', message: /^Ngày sinh shows the person is not yet 18 full years old/ }],
    [
      'a high-school student under 18',
      { dateOfBirth: '01/09/2008', nationalId: '001208012345', sourceCategory: 'Học sinh THPT' },
      { column: 'Ngày sinh', message: /high-school students too/ },
    ],
    ['missing name', { fullName: '  ' }, { column: 'Họ và tên', message: 'Họ và tên is required' }],
    ['an unknown gender', { gender: 'X' }, { column: 'Giới tính', message: "Giới tính 'X' is not understood; write Nam or Nữ" }],
    ['a national ID too short to repair', { nationalId: 12345 }, { column: 'Số CCCD', message: /^Số CCCD is not valid: A national ID number has exactly 12 digits; this one has 5\./ }],
    ['a national ID in scientific notation', { nationalId: '1.09001E+11' }, { column: 'Số CCCD', message: /turned into a rounded number by Excel/ }],
    ['a national ID for another gender', { gender: 'Nữ' }, { column: 'Số CCCD', message: /holder is male, but the gender given is female/ }],
    ['a landline', { phone: '024 3825 1234' }, { column: 'Số điện thoại', message: /not a Vietnamese mobile number/ }],
    ['education turned into a date', { educationLevel: new Date('2026-12-12T00:00:00Z') }, { column: 'Trình độ học vấn', message: /turned into a date by Excel/ }],
    ['an unknown education level', { educationLevel: 'Giỏi' }, { column: 'Trình độ học vấn', message: /'Giỏi' is not understood; write one of: Tiểu học; Trung học cơ sở/ }],
    ['an unknown source', { sourceCategory: 'Hàng xóm' }, { column: 'Nguồn', message: /'Hàng xóm' is not a source category; write one of: Cán bộ, công chức, viên chức;/ }],
    ['an unknown cell', { cell: 'CB99' }, { column: 'Chi bộ', message: "Chi bộ 'CB99' is not a cell you can refer to; use the cell code from the list of cells" }],
    ['a consent date in the future', { consentDate: '16/03/2026' }, { column: 'Ngày đồng ý', message: 'Ngày đồng ý is in the future' }],
    ['no consent date', { consentDate: null }, { column: 'Ngày đồng ý', message: 'Ngày đồng ý is required' }],
    ['no notice version', { consentNoticeVersion: '' }, { column: 'Phiên bản thông báo', message: 'Phiên bản thông báo is required' }],
  ])('%s', (_case, changes, expected) => {
    const problems = problemsOf(parse(changes));
    expect(problems).toContainEqual({
      column: expected.column,
      message: typeof expected.message === 'string' ? expected.message : expect.stringMatching(expected.message),
    });
  });

  it('reports every problem of a row in column order, without repeating failed conversions as "required"', () => {
    const result = parse({ fullName: '', dateOfBirth: '31/02/1990', gender: '?', cell: 'CB99' });
    expect(problemsOf(result).map((p) => p.column)).toEqual(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ']);
    expect(result.row).toBe(7);
  });

  it('names columns as the user wrote them', () => {
    const result = parseReferralRow({ ...row, dateOfBirth: '31/02/1990' }, 3, NOW, {
      cellIdByCode,
      headerByKey: { dateOfBirth: 'NGAY SINH' },
    });
    expect(problemsOf(result)).toEqual([{ column: 'NGAY SINH', message: "NGAY SINH '31/02/1990' is not a real date; write it as dd/mm/yyyy" }]);
  });

  it('never quotes the name or the national ID number', () => {
    const result = parse({ fullName: 'Nguyễn Văn 2', nationalId: '001190012345' });
    const text = problemsOf(result).map((p) => p.message).join(' ');
    expect(text).not.toContain('Nguyễn');
    expect(text).not.toContain('001190012345');
  });
});

describe('parseReferralRow: options', () => {
  const fileConsent = { noticeVersion: '2025-01', consentedAt: new Date('2026-03-10T02:00:00Z') };

  it.each<[string, ReferralRowCells, Record<string, unknown>]>([
    ['the file consent fills empty consent cells', { consentNoticeVersion: null, consentDate: null }, fileConsent],
    ["a row's own consent takes precedence", { consentNoticeVersion: '2024-07', consentDate: '01/03/2026' }, { noticeVersion: '2024-07', consentedAt: new Date('2026-02-28T17:00:00Z') }],
  ])('%s', (_case, changes, consent) => {
    const result = parseReferralRow({ ...row, ...changes }, 2, NOW, { cellIdByCode, fileConsent });
    expect(result.ok && result.value.consent).toEqual(consent);
  });

  it.each<[string, ReferralRowCells, string]>([
    ['an unreal date', { dateOfBirth: '31/02/1990' }, 'Ngày sinh is not a real date; write it as dd/mm/yyyy'],
    ['an unknown gender', { gender: 'X' }, 'Giới tính is not understood; write Nam or Nữ'],
    ['an unknown cell', { cell: 'CB99' }, 'Chi bộ is not a cell you can refer to; use the cell code from the list of cells'],
  ])('does not quote values when told not to (%s)', (_case, changes, message) => {
    const result = parseReferralRow({ ...row, ...changes }, 2, NOW, { cellIdByCode, quoteValues: false });
    expect(problemsOf(result).map((p) => p.message)).toEqual([message]);
  });
});

describe('parseReferralSheet', () => {
  const header = referralTemplateHeaders('vi');
  const asRow = (cells: ReferralRowCells): CellValue[] => REFERRAL_IMPORT_COLUMNS.map((c) => cells[c.key] ?? null);
  const second: ReferralRowCells = { ...row, fullName: 'Trần Thị Mai', dateOfBirth: '31/01/2001', gender: 'Nữ', nationalId: '079301012345' };

  it('imports good rows, skips empty ones and numbers rows as the spreadsheet does', () => {
    const result = parseReferralSheet([header, asRow(row), [], [null, '  '], asRow(second)], NOW, { cellIdByCode });
    expect(result.problems).toEqual([]);
    expect(result.referrals.map((r) => [r.row, r.value.fullName])).toEqual([
      [2, 'Nguyễn Văn An'],
      [5, 'Trần Thị Mai'],
    ]);
    expect(result.rowsRead).toBe(2);
    expect(result.rowsRejected).toBe(0);
  });

  it.each<[string, ReferralRowCells, number]>([
    ['written the same way', row, 2],
    ['as an Excel number that lost its leading zeros', { ...row, nationalId: 1090012345 }, 2],
  ])('reports the same national ID twice (%s) as a duplicate of the first row', (_case, again, firstRow) => {
    const result = parseReferralSheet([header, asRow(row), asRow(second), asRow(again)], NOW, { cellIdByCode });
    expect(result.referrals.map((r) => r.row)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      {
        row: 4,
        column: 'Số CCCD *',
        message: `This person (same national ID number) is already in row ${firstRow} of this file; keep one row per person`,
        rule: 'SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID',
      },
    ]);
    expect(result.rowsRejected).toBe(1);
    expect(result.duplicates).toEqual([{ row: 4, firstRow }]);
  });

  it('finds a duplicate of a row that itself had other problems', () => {
    const broken = { ...row, gender: '?' };
    const result = parseReferralSheet([header, asRow(broken), asRow(row)], NOW, { cellIdByCode });
    expect(result.referrals).toEqual([]);
    expect(result.problems.map((p) => [p.row, p.column])).toEqual([
      [2, 'Giới tính *'],
      [3, 'Số CCCD *'],
    ]);
  });

  it('stops at a header row with problems', () => {
    const result = parseReferralSheet([['Họ và tên', 'Ngày sinh'], ['Nguyễn Văn An', '15/07/1990']], NOW);
    expect(result.header.ok).toBe(false);
    expect(result.referrals).toEqual([]);
    expect(result.rowsRead).toBe(0);
    expect(result.problems.length).toBe(result.header.missing.length);
  });

  it('honours a header row further down the sheet', () => {
    const result = parseReferralSheet([header, asRow({ ...row, gender: '?' })], NOW, { cellIdByCode, headerRowNumber: 3 });
    expect(result.problems.map((p) => p.row)).toEqual([4]);
  });

  // How fast is a figure, measured by `node tools/benchmarks/import-referrals.mjs` (10,000 rows,
  // parse to commit); a wall-clock limit here failed whenever the 2 CPU cores were busy.
  it('parses 10,000 rows, every one valid', () => {
    const rows: CellValue[][] = [header];
    for (let i = 0; i < 10_000; i += 1) {
      const serial = String(i).padStart(6, '0');
      rows.push(asRow({ ...row, nationalId: `001090${serial}`, dateOfBirth: i % 2 === 0 ? '15/07/1990' : 33069 }));
    }
    const result = parseReferralSheet(rows, NOW, { cellIdByCode });
    expect(result.referrals).toHaveLength(10_000);
    expect(result.problems).toEqual([]);
  });
});
