import ExcelJS from 'exceljs';
import { parseCsv } from './csv.codec';
import { readXlsx } from './spreadsheet.reader';
import { addTableSheet, csvBytes, newWorkbook, safeSheetName, workbookBytes } from './spreadsheet.writer';

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('addTableSheet and workbookBytes', () => {
  const table = {
    name: 'Danh sách nguồn',
    columns: [{ header: 'Họ và tên' }, { header: 'Số CCCD', text: true }, { header: 'Ngày sinh', numFmt: 'dd/mm/yyyy', width: 12 }],
    rows: [
      ['Nguyễn Thị Hằng', '001301012345', new Date(Date.UTC(2001, 2, 15))],
      ['Trần Văn Đạt', '079099000001', null],
    ],
  };

  it('writes a bold, frozen header, text and date formats, and values the reader reads back', async () => {
    const workbook = newWorkbook('Danh sách');
    addTableSheet(workbook, table);
    const bytes = await workbookBytes(workbook);
    const sheet = (await load(bytes)).worksheets[0];
    expect(sheet.name).toBe('Danh sách nguồn');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).numFmt).toBe('@');
    expect(sheet.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(3).width).toBe(12);
    expect(sheet.getColumn(1).width).toBe(15);
    expect(await readXlsx(bytes, 10)).toEqual([
      ['Họ và tên', 'Số CCCD', 'Ngày sinh'],
      ['Nguyễn Thị Hằng', '001301012345', new Date(Date.UTC(2001, 2, 15))],
      ['Trần Văn Đạt', '079099000001'],
    ]);
  });

  it('sets up printing: A4, fitted to the width, header row on every page, the title in the page header', async () => {
    const workbook = newWorkbook();
    addTableSheet(workbook, { ...table, print: { title: 'Danh sách A & B', orientation: 'landscape' } });
    const sheet = (await load(await workbookBytes(workbook))).worksheets[0];
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddHeader).toBe('&C&BDanh sách A && B');
  });

  it('gives the same bytes for the same content (a fixed creation date)', async () => {
    const write = async () => {
      const workbook = newWorkbook();
      addTableSheet(workbook, table);
      return workbookBytes(workbook);
    };
    expect((await write()).equals(await write())).toBe(true);
  });
});

describe('safeSheetName', () => {
  it.each([
    ['Danh sách', 'Danh sách'],
    ['Lớp 1/2026: [A]', 'Lớp 1 2026 A'],
    ['', 'Sheet1'],
    ['Danh sách quần chúng ưu tú trong nguồn phát triển đảng viên', 'Danh sách quần chúng ưu tú tron'],
  ])('%j → %j', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});

describe('csvBytes', () => {
  it('starts with a UTF-8 byte-order mark and parses back', () => {
    const bytes = csvBytes([['Họ và tên', 'Ghi chú'], ['Lê Thị Hoa', '=1+1']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(bytes.toString('utf8').slice(1))).toEqual([['Họ và tên', 'Ghi chú'], ['Lê Thị Hoa', "'=1+1"]]);
  });
});
