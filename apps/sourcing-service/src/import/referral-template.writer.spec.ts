import ExcelJS from 'exceljs';
import { mapHeaderRow, parseReferralRow, type ReferralColumnKey } from '@pdv/sourcing-domain';
import { parseCsv } from '@pdv/spreadsheets';
import { mapExtraColumns } from './extra-columns.rules';
import { referralTemplate } from './referral-template.writer';

const cells = [
  { code: 'CB-01', name: 'Chi bộ khu dân cư số 1' },
  { code: 'CB-02', name: 'Chi bộ khu dân cư số 2' },
];

describe('referralTemplate', () => {
  it('xlsx: Vietnamese headers the importer recognises, an example row that passes, notes and lists', async () => {
    const file = await referralTemplate('XLSX', cells, 'ND13-2025-01', 10_000);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.content as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const example = (sheet.getRow(2).values as unknown[]).slice(1) as string[];
    const extras = mapExtraColumns(header);
    const mapping = mapHeaderRow(extras.domainHeader);
    expect(mapping.problems).toEqual([]);
    expect(mapping.warnings).toEqual([]);
    expect(extras.indexByKey.referrerName).toBeDefined();
    const row: Partial<Record<ReferralColumnKey, string>> = {};
    for (const [key, index] of Object.entries(mapping.indexByKey) as [ReferralColumnKey, number][]) row[key] = example[index];
    expect(row.cell).toBe('CB-01');
    expect(row.consentNoticeVersion).toBe('ND13-2025-01');
    const parsed = parseReferralRow(row, 2, new Date('2026-03-16T03:00:00Z'), {
      headerByKey: mapping.headerByKey,
      cellIdByCode: { 'CB-01': '6f1b8a52-c4e3-4f4d-9a0e-5d2c7b3e1f09' },
      notices: [{ version: 'ND13-2025-01', publishedAt: new Date('2025-01-01T00:00:00Z') }],
    });
    expect(parsed.ok).toBe(true);
    // The ID and phone columns are text, so Excel keeps their leading zeros.
    expect(sheet.getColumn(mapping.indexByKey.nationalId! + 1).numFmt).toBe('@');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Giới thiệu quần chúng', 'Hướng dẫn', 'Danh mục', 'Danh sách chi bộ']);
    const listed = workbook.getWorksheet('Danh sách chi bộ')!.getColumn(1).values.slice(2);
    expect(listed).toEqual(['CB-01', 'CB-02']);
    const notes = workbook.getWorksheet('Hướng dẫn')!.getColumn(3).values.join(' ');
    expect(notes).toContain('10.000 dòng');
  });

  it('csv: UTF-8 with a byte-order mark, the same header and example', async () => {
    const file = await referralTemplate('CSV', cells, null, 10_000);
    expect([...file.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, example] = parseCsv(file.content.toString('utf8').slice(1));
    expect(header[0]).toBe('Họ và tên *');
    expect(example[0]).toBe('Nguyễn Văn An');
    expect(mapHeaderRow(mapExtraColumns(header).domainHeader).ok).toBe(true);
  });
});
