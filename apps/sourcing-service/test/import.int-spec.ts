import ExcelJS from 'exceljs';
import { type Harness, startHarness } from './support/harness';
import { csvOf, HEADER, row, xlsxOf } from './support/referral-sheet';
import { freshPerson, setUpWard, submitReferral, type TestWard } from './support/ward';

const IMPORT = `mutation($input: ImportReferralsInput!) {
  importReferrals(input: $input) {
    importId totalRows imported duplicates errors committed
    fileWarnings { column message }
    rows { row status candidateId referralId isRepeatReferral problems { column message } warnings { column message } }
  }
}`;

interface Report {
  importId: string;
  totalRows: number;
  imported: number;
  duplicates: number;
  errors: number;
  committed: boolean;
  fileWarnings: { column: string; message: string }[];
  rows: {
    row: number;
    status: string;
    candidateId: string | null;
    referralId: string | null;
    isRepeatReferral: boolean;
    problems: { column: string; message: string }[];
    warnings: { column: string; message: string }[];
  }[];
}

describe('spreadsheet import of referrals', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_import', { config: { IMPORT_MAX_ROWS: '40' } });
    ward = await setUpWard(h);
  });

  afterAll(async () => {
    await h?.close();
  });

  const count = async (table: string) => Number((await h.sql<{ count: string }>(`select count(*) as count from ${table}`))[0].count);

  async function runImport(format: 'XLSX' | 'CSV', mode: 'ALL_OR_NOTHING' | 'VALID_ROWS_ONLY', rows: string[][], as = ward.who.youthStaff) {
    return h.gql<{ importReferrals: Report }>(as, IMPORT, {
      input: {
        massOrganisationId: ward.massOrganisations.youth,
        fileName: `gioi-thieu.${format.toLowerCase()}`,
        contentBase64: format === 'XLSX' ? await xlsxOf(rows) : csvOf(rows),
        format,
        mode,
        consentNoticeVersion: ward.noticeVersion,
      },
    });
  }

  /** Two good rows, a person already held, a repeat within the file, and malformed rows. */
  async function mixedRows() {
    const existing = freshPerson();
    await submitReferral(h, ward, { person: existing, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const good1 = freshPerson();
    const good2 = freshPerson();
    const repeated = freshPerson();
    return {
      existing,
      rows: [
        row(good1),
        row(existing),
        row(repeated),
        row(repeated),
        row(freshPerson(), { 'Số CCCD': '999123456789' }),
        row(freshPerson(), { 'Ngày sinh': '31/02/1999', 'Chi bộ': 'CB-KHONG-CO' }),
        row(freshPerson(), { 'Họ và tên': '' }),
        row(good2),
      ],
    };
  }

  it.each(['XLSX', 'CSV'] as const)('%s, valid rows only: writes good and duplicate rows, reports the others by row and column', async (format) => {
    const { existing, rows } = await mixedRows();
    const candidatesBefore = await count('candidate');
    const result = await runImport(format, 'VALID_ROWS_ONLY', rows);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importReferrals;
    expect(report).toMatchObject({ totalRows: 8, imported: 3, duplicates: 2, errors: 3, committed: true });
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'IMPORTED'],
      [3, 'DUPLICATE'],
      [4, 'IMPORTED'],
      [5, 'DUPLICATE'],
      [6, 'ERROR'],
      [7, 'ERROR'],
      [8, 'ERROR'],
      [9, 'IMPORTED'],
    ]);
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    // The person already held: the referral is attached to their record, and the row says so.
    expect(byRow.get(3)).toMatchObject({ isRepeatReferral: true });
    const [held] = await h.sql<{ id: string }>('select id from candidate where national_id = ?', [existing.nationalId]);
    expect(byRow.get(3)!.candidateId).toBe(held.id);
    // The repeat row collected the person's data again: recorded like the first referral.
    const collections = await h.sql<{ actor_id: string }>("select actor_id from personal_data_audit where subject_id = ? and action = 'COLLECT'", [held.id]);
    expect(collections.map((entry) => entry.actor_id).sort()).toEqual(['women-staff-1', 'youth-staff-1']);
    expect(byRow.get(3)!.warnings[0].message).toMatch(/already a candidate/);
    expect(byRow.get(5)!.problems[0].message).toMatch(/already in row 4/);
    expect(byRow.get(6)!.problems).toEqual([{ column: 'Số CCCD', message: expect.stringMatching(/province/) }]);
    expect(byRow.get(7)!.problems.map((p) => p.column)).toEqual(['Ngày sinh', 'Chi bộ']);
    expect(byRow.get(8)!.problems).toEqual([{ column: 'Họ và tên', message: 'Họ và tên is required' }]);
    // No cell value is repeated in the report.
    expect(JSON.stringify(report)).not.toContain('999123456789');
    expect(JSON.stringify(report)).not.toContain('31/02/1999');

    expect(await count('candidate')).toBe(candidatesBefore + 3);
    const [{ referrals }] = await h.sql<{ referrals: string }>('select count(*) as referrals from referral where import_id = ?', [report.importId]);
    expect(Number(referrals)).toBe(4);
    const [stored] = await h.sql<{ address: string; occupation: string; phone: string }>('select address, occupation, phone from candidate where id = ?', [
      byRow.get(2)!.candidateId,
    ]);
    expect(stored.address).toMatch(/^Số \d+ phố/);
    const [referral] = await h.sql<{ referrer_name: string; consent_notice_version: string }>('select referrer_name, consent_notice_version from referral where id = ?', [
      byRow.get(2)!.referralId,
    ]);
    expect(referral).toEqual({ referrer_name: 'Bí thư chi đoàn', consent_notice_version: ward.noticeVersion });
  });

  it('does not give the uploader the record id of an admitted person it may not refer', async () => {
    const admitted = freshPerson();
    const { candidate } = await submitReferral(h, ward, { person: admitted, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    await h.sql("update candidate set status = 'ADMITTED' where id = ?", [candidate.id]);
    const report = (await runImport('CSV', 'VALID_ROWS_ONLY', [row(admitted), row(freshPerson())])).data!.importReferrals;
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'ERROR'],
      [3, 'IMPORTED'],
    ]);
    expect(report.rows[0].candidateId).toBeNull();
    expect(JSON.stringify(report)).not.toContain(candidate.id);
  });

  it('makes a row whose ID number is held for another person an ERROR on the ID column, with no candidate id and nothing held revealed', async () => {
    const held = freshPerson();
    const first = await submitReferral(h, ward, { person: held, massOrganisationId: ward.massOrganisations.women, as: ward.who.womenStaff });
    const otherDay = held.dateOfBirth.endsWith('-01') ? `${held.dateOfBirth.slice(0, 8)}02` : `${held.dateOfBirth.slice(0, 8)}01`;
    const [y, m, d] = otherDay.split('-');
    const impostor = freshPerson({ nationalId: held.nationalId, dateOfBirth: held.dateOfBirth, gender: held.gender, fullName: 'Hoàng Văn Giả' });
    const wrongDate = freshPerson({ nationalId: held.nationalId, dateOfBirth: held.dateOfBirth, gender: held.gender, fullName: held.fullName });
    const fresh = freshPerson();
    const referralsBefore = Number((await h.sql<{ count: string }>('select count(*) as count from referral where candidate_id = ?', [first.candidate.id]))[0].count);
    const result = await runImport('CSV', 'VALID_ROWS_ONLY', [row(impostor), row(fresh), row(wrongDate, { 'Ngày sinh': `${d}/${m}/${y}` })]);
    expect(result.errors).toBeUndefined();
    const report = result.data!.importReferrals;
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'ERROR'],
      [3, 'IMPORTED'],
      // The same number twice in one file: the later row stands behind the first, as before.
      [4, 'DUPLICATE'],
    ]);
    expect(report.rows[0]).toMatchObject({ candidateId: null, referralId: null, isRepeatReferral: false, warnings: [] });
    expect(report.rows[0].problems).toEqual([{ column: 'Số CCCD', message: expect.stringMatching(/Check the national ID number, the full name and the date of birth/) }]);
    const [stored] = await h.sql<{ rows: unknown }>('select rows from referral_import where id = ?', [report.importId]);
    for (const text of [JSON.stringify(report), JSON.stringify(stored.rows)]) {
      for (const value of [first.candidate.id, first.referral.id, held.fullName, held.phone, held.address, held.nationalId]) expect(text).not.toContain(value);
    }
    const referralsAfter = Number((await h.sql<{ count: string }>('select count(*) as count from referral where candidate_id = ?', [first.candidate.id]))[0].count);
    expect(referralsAfter).toBe(referralsBefore);

    // The date of birth alone differing is refused the same way.
    const dateOnly = (await runImport('CSV', 'VALID_ROWS_ONLY', [row(wrongDate, { 'Ngày sinh': `${d}/${m}/${y}` })])).data!.importReferrals;
    expect(dateOnly.rows[0]).toMatchObject({ status: 'ERROR', candidateId: null, problems: [{ column: 'Số CCCD', message: expect.stringMatching(/Check the national ID number/) }] });

    // Both refused rows stay in the audit trail against the person held (for the board).
    const refused = await h.sql<{ count: string }>("select count(*) as count from personal_data_audit where action = 'REFUSED_MATCH' and subject_id = ?", [first.candidate.id]);
    expect(Number(refused[0].count)).toBe(2);
  });

  it.each(['XLSX', 'CSV'] as const)('%s, all or nothing: one bad row and nothing is written', async (format) => {
    const { rows } = await mixedRows();
    const before = await Promise.all(['candidate', 'referral', 'candidate_stage', 'outbox_event'].map(count));
    const report = (await runImport(format, 'ALL_OR_NOTHING', rows)).data!.importReferrals;
    expect(report).toMatchObject({ committed: false, imported: 0, errors: 3 });
    expect(report.rows.filter((r) => r.status === 'SKIPPED').map((r) => r.row)).toEqual([2, 3, 4, 9]);
    expect(report.rows.every((r) => r.status !== 'SKIPPED' || r.candidateId === null)).toBe(true);
    expect(await Promise.all(['candidate', 'referral', 'candidate_stage', 'outbox_event'].map(count))).toEqual(before);
    // The refused import is still on record, with its report.
    const history = await h.ok<{ referralImports: { importId: string; committed: boolean }[] }>(ward.who.youthStaff, `{ referralImports(first: 50) { importId committed } }`);
    expect(history.referralImports).toContainEqual({ importId: report.importId, committed: false });
  });

  it('imports a clean file all-or-nothing and publishes one referral-submitted event per row', async () => {
    const people = [freshPerson(), freshPerson(), freshPerson()];
    const report = (await runImport('XLSX', 'ALL_OR_NOTHING', people.map((p) => row(p)))).data!.importReferrals;
    expect(report).toMatchObject({ committed: true, imported: 3, errors: 0, duplicates: 0 });
    const ids = new Set(report.rows.map((r) => r.referralId));
    const events = await h.sourcingEvents();
    const submitted = events.filter((e) => e.type === 'sourcing.referral.submitted' && ids.has((e.data as { referralId: string }).referralId));
    expect(submitted).toHaveLength(3);
    expect(JSON.stringify(submitted)).not.toContain(people[0].nationalId);
  });

  it('accepts spreadsheets as people fill them: leading zeros lost by Excel, a notice column left out, extra columns ignored', async () => {
    const person = freshPerson();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow([...HEADER, 'Ghi chú']);
    const values: (string | number | Date)[] = row(person);
    values[1] = new Date(`${person.dateOfBirth}T00:00:00Z`);
    values[3] = Number(person.nationalId); // Excel turned the ID into a number: 001… → 1…
    sheet.addRow([...values, 'không dùng']);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    const contentBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const report = (
      await h.ok<{ importReferrals: Report }>(ward.who.youthStaff, IMPORT, {
        input: { massOrganisationId: ward.massOrganisations.youth, fileName: 'excel.xlsx', contentBase64, format: 'XLSX', mode: 'ALL_OR_NOTHING', consentNoticeVersion: ward.noticeVersion },
      })
    ).importReferrals;
    expect(report.rows[0].status).toBe('IMPORTED');
    expect(report.rows[0].warnings.map((w) => w.column)).toContain('Số CCCD');
    expect(report.fileWarnings).toEqual([{ column: 'Ghi chú', message: expect.stringMatching(/not in the template/) }]);
    const [stored] = await h.sql<{ national_id: string; date_of_birth: string }>(
      "select national_id, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth from candidate where id = ?",
      [report.rows[0].candidateId],
    );
    expect(stored).toEqual({ national_id: person.nationalId, date_of_birth: person.dateOfBirth });
  });

  it('refuses a file whose header does not match, a file too large, a file that is not a spreadsheet, and another organisation', async () => {
    const missing = await h.gql(ward.who.youthStaff, IMPORT, {
      input: {
        massOrganisationId: ward.massOrganisations.youth,
        fileName: 'x.csv',
        contentBase64: Buffer.from('Họ và tên,Giới tính\r\nAn,Nam\r\n').toString('base64'),
        format: 'CSV',
        mode: 'VALID_ROWS_ONLY',
        consentNoticeVersion: ward.noticeVersion,
      },
    });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toMatch(/Ngày sinh/);

    const tooMany = await runImport('CSV', 'VALID_ROWS_ONLY', Array.from({ length: 41 }, () => row(freshPerson())));
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', rule: 'SOURCING.IMPORT_TOO_LARGE' });

    const garbage = await h.gql(ward.who.youthStaff, IMPORT, {
      input: {
        massOrganisationId: ward.massOrganisations.youth,
        fileName: 'x.xlsx',
        contentBase64: Buffer.from('this is not a workbook').toString('base64'),
        format: 'XLSX',
        mode: 'VALID_ROWS_ONLY',
        consentNoticeVersion: ward.noticeVersion,
      },
    });
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(garbage.errors?.[0].message).toMatch(/Excel/);

    const otherOrganisation = await runImport('CSV', 'VALID_ROWS_ONLY', [row(freshPerson())], ward.who.womenStaff);
    expect(otherOrganisation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('serves a template that imports as it is', async () => {
    const xlsx = await h.ok<{ referralImportTemplate: { fileName: string; mimeType: string; contentBase64: string } }>(
      ward.who.youthStaff,
      `{ referralImportTemplate(format: XLSX) { fileName mimeType contentBase64 } }`,
    );
    expect(xlsx.referralImportTemplate.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.referralImportTemplate.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Giới thiệu quần chúng', 'Hướng dẫn', 'Danh mục', 'Danh sách chi bộ']);
    const cells = workbook.getWorksheet('Danh sách chi bộ')!.getColumn(1).values.filter((value): value is string => typeof value === 'string');
    expect(cells).toEqual(['Mã chi bộ', 'CB-A', 'CB-B', 'CB-C']);

    // The example row is a valid referral: the template imports with one row.
    const report = (
      await h.ok<{ importReferrals: Report }>(ward.who.youthStaff, IMPORT, {
        input: {
          massOrganisationId: ward.massOrganisations.youth,
          fileName: xlsx.referralImportTemplate.fileName,
          contentBase64: xlsx.referralImportTemplate.contentBase64,
          format: 'XLSX',
          mode: 'ALL_OR_NOTHING',
          consentNoticeVersion: ward.noticeVersion,
        },
      })
    ).importReferrals;
    expect(report.rows.map((r) => [r.status, r.problems])).toEqual([['IMPORTED', []]]);

    const csv = await h.ok<{ referralImportTemplate: { contentBase64: string; mimeType: string } }>(ward.who.youthStaff, `{ referralImportTemplate(format: CSV) { contentBase64 mimeType } }`);
    const bytes = Buffer.from(csv.referralImportTemplate.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Họ và tên *');
    expect(csv.referralImportTemplate.mimeType).toBe('text/csv; charset=utf-8');
  });
});
