import ExcelJS from 'exceljs';
import { demoPerson, seededRandom } from '../seed/demo-people';
import { plainCellValue, readCsv, readSpreadsheet, readXlsx, UnreadableSpreadsheet } from './spreadsheet-reader';

async function xlsx(build: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Sheet1'));
  workbook.addWorksheet('Ignored').addRow(['not read']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readXlsx', () => {
  it('reads the first sheet as plain values: text, numbers, dates, rich text, formulas, blank lines kept in place', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD']);
      sheet.addRow(['Nguyễn Thị Lan', new Date(Date.UTC(2001, 2, 15)), '001301012345']);
      sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
      sheet.getRow(4).values = [{ richText: [{ text: 'Trần ' }, { text: 'Văn Đạt', font: { bold: true } }] }, { formula: '1+1', result: 2 }, 1301012345];
    });
    const rows = await readXlsx(bytes, 100);
    expect(rows).toEqual([
      ['Họ và tên', 'Ngày sinh', 'Số CCCD'],
      ['Nguyễn Thị Lan', new Date(Date.UTC(2001, 2, 15)), '001301012345'],
      [],
      ['Trần Văn Đạt', 2, 1301012345],
    ]);
  });

  // exceljs's streaming reader corrupts letters split across chunks; this reader must not.
  it('keeps every Vietnamese letter of 10,000 names intact', async () => {
    const random = seededRandom(1000);
    const names = Array.from({ length: 10_000 }, (_, i) => demoPerson(random, i, '2026-11-28').fullName);
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên']);
      for (const name of names) sheet.addRow([name]);
    });
    const rows = await readXlsx(bytes, 20_000);
    expect(rows.slice(1).map((row) => row[0])).toEqual(names);
  });

  it('stops converting one row beyond the limit', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên']);
      for (let i = 0; i < 10; i += 1) sheet.addRow([`Người ${i}`]);
    });
    expect((await readXlsx(bytes, 3)).length).toBe(5); // header + 4 rows: enough to refuse
  });

  it('refuses what is not a workbook, and an empty one', async () => {
    await expect(readXlsx(Buffer.from('plain text'), 10)).rejects.toThrow(UnreadableSpreadsheet);
    await expect(readXlsx(await xlsx(() => undefined), 10)).rejects.toThrow(/empty/);
  });
});

describe('readCsv and readSpreadsheet', () => {
  it('reads UTF-8 CSV with a byte-order mark', async () => {
    const bytes = Buffer.from('\ufeffHọ và tên;Giới tính\r\nLê Thị Hoa;Nữ\r\n', 'utf8');
    expect(readCsv(bytes)).toEqual([['Họ và tên', 'Giới tính'], ['Lê Thị Hoa', 'Nữ']]);
    expect(await readSpreadsheet('CSV', bytes, 10)).toEqual(readCsv(bytes));
  });

  it('explains files it cannot read', () => {
    expect(() => readCsv(Buffer.from([0xff, 0xfe, 0x00]))).toThrow(/UTF-8/);
    expect(() => readCsv(Buffer.from('a,"b\n'))).toThrow(/malformed/);
    expect(() => readCsv(Buffer.from(''))).toThrow(/empty/);
  });
});

describe('plainCellValue', () => {
  it.each([
    [null, null],
    ['text', 'text'],
    [{ text: 'link', hyperlink: 'https://example.org' }, 'link'],
    [{ error: '#N/A' }, null],
    [{ formula: 'A1', result: undefined }, null],
  ] as const)('%j → %j', (value, expected) => {
    expect(plainCellValue(value as ExcelJS.CellValue)).toEqual(expected);
  });
});
