import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { MAX_COLUMNS, plainCellValue, readCsv, readSpreadsheet, readXlsx, TooManyRows, UnreadableSpreadsheet } from './spreadsheet.reader';

// Vietnamese names made of syllables with every kind of diacritic (two- and three-byte UTF-8).
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Thu', 'Quốc', 'Minh', 'Thế', 'Xuân'];
const GIVEN = ['An', 'Hằng', 'Dũng', 'Hương', 'Thắng', 'Tuấn', 'Lan', 'Đạt', 'Phượng', 'Khánh', 'Nguyệt', 'Hưng', 'Thủy', 'Quyết', 'Trường', 'Yến', 'Ánh', 'Ổn'];
function vietnameseName(i: number): string {
  return `${FAMILY[i % FAMILY.length]} ${MIDDLE[Math.floor(i / 7) % MIDDLE.length]} ${GIVEN[Math.floor(i / 3) % GIVEN.length]}`;
}

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
    const names = Array.from({ length: 10_000 }, (_, i) => vietnameseName(i));
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên']);
      for (const name of names) sheet.addRow([name]);
    });
    const rows = await readXlsx(bytes, 20_000);
    expect(rows.slice(1).map((row) => row[0])).toEqual(names);
  });

  it('refuses a file one row beyond the limit (and stops converting there)', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên']);
      for (let i = 0; i < 10; i += 1) sheet.addRow([`Người ${i}`]);
    });
    await expect(readXlsx(bytes, 3)).rejects.toThrow(TooManyRows);
    expect((await readXlsx(bytes, 10)).length).toBe(11);
  });

  it('refuses a zip bomb before unpacking it: a small file whose parts unpack to more than the limit', async () => {
    const valid = await JSZip.loadAsync(await xlsx((sheet) => sheet.addRow(['Họ và tên'])));
    valid.file('xl/media/padding.bin', Buffer.alloc(80 * 1024 * 1024));
    const bomb = await valid.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(readXlsx(bomb, 10)).rejects.toThrow(/unpacks to more than 64 MB/);
  });

  it('refuses a part that unpacks to more than its declared size', async () => {
    const zip = await JSZip.loadAsync(await xlsx((sheet) => sheet.addRow(['Họ và tên'])));
    zip.file('xl/media/padding.bin', Buffer.alloc(70 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    // Lie in the central directory: the padding claims to unpack to 1 kB.
    const name = Buffer.from('xl/media/padding.bin');
    for (let at = bytes.length - 46; at >= 0; at -= 1) {
      if (bytes.readUInt32LE(at) === 0x02014b50 && bytes.subarray(at + 46, at + 46 + name.length).equals(name)) {
        bytes.writeUInt32LE(1024, at + 24);
        break;
      }
    }
    await expect(readXlsx(bytes, 10)).rejects.toThrow(/unpacks to more than/);
  });

  it('refuses a value past the last allowed column (a sheet reaching column XFD would cost gigabytes)', async () => {
    const bytes = await xlsx((sheet) => {
      sheet.addRow(['Họ và tên']);
      sheet.getCell(2, 16_000).value = 'x';
    });
    await expect(readXlsx(bytes, 10)).rejects.toThrow(new RegExp(`past column ${MAX_COLUMNS}`));
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

  it('refuses a file with more rows of people than the limit, counting only non-blank lines', () => {
    const lines = (n: number) => ['Họ và tên', ...Array.from({ length: n }, (_, i) => `Người ${i}`)].join('\r\n');
    expect(readCsv(Buffer.from(lines(5)), 5)).toHaveLength(6);
    expect(() => readCsv(Buffer.from(lines(6)), 5)).toThrow(TooManyRows);
    // A million line breaks are blank lines, not people: cheap, and not counted.
    const blank = readCsv(Buffer.from(`Họ và tên\r\n${'\r\n'.repeat(1_000_000)}An\r\n`), 5);
    expect(blank).toHaveLength(1_000_002);
    expect(blank[blank.length - 1]).toEqual(['An']);
  });

  it('refuses a value past the last allowed column, and drops empty columns beyond it', () => {
    expect(() => readCsv(Buffer.from(`a${','.repeat(MAX_COLUMNS)}x\r\n`), 5)).toThrow(new RegExp(`past column ${MAX_COLUMNS}`));
    const [row] = readCsv(Buffer.from(`a${','.repeat(1_000_000)}\r\n`), 5);
    expect(row).toHaveLength(MAX_COLUMNS);
  });
});
