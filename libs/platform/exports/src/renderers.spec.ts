import ExcelJS from 'exceljs';
import { pdfText } from './testing';
import type { ExportDefinition } from './export-definition';
import { renderPdf } from './pdf.renderer';
import { exportTable } from './table';
import { renderXlsx } from './xlsx.renderer';

const definition: ExportDefinition = {
  name: 'test-list',
  operation: 'query TestList { people { fullName } }',
  rows: { path: 'people' },
  roles: ['PARTY_BUILDING_BOARD'],
  formats: ['xlsx', 'pdf'],
  title: (variables) => `Danh sách quần chúng ưu tú năm ${String(variables.year)}`,
  subtitle: () => 'Chi bộ khu dân cư số 1',
  fileName: 'danh-sach',
  columns: [
    { header: 'STT', value: 'index' },
    { header: 'Họ và tên', value: { path: 'fullName' }, width: 24 },
    { header: 'Ngày sinh', value: { path: 'dateOfBirth', as: 'date' } },
    { header: 'Giới tính', value: { path: 'gender', labels: { MALE: 'Nam', FEMALE: 'Nữ' } } },
    { header: 'Số CCCD', value: { path: 'nationalId' }, text: true },
  ],
  pdf: { signatures: ['Người lập danh sách', 'Bí thư chi bộ'] },
};

const people = [
  { fullName: 'Nguyễn Thị Hằng', dateOfBirth: '2001-03-15', gender: 'FEMALE', nationalId: '001301012345' },
  { fullName: 'Trần Văn Đạt', dateOfBirth: null, gender: 'MALE', nationalId: '*********123' },
];

describe('renderXlsx', () => {
  it('writes the header, numbered rows, dates as dates, labels and text ids, read back with exceljs', async () => {
    const bytes = await renderXlsx(exportTable(definition, people, { year: 2026 }, '2026-03-16'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(workbook.title).toBe('Danh sách quần chúng ưu tú năm 2026');
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Danh sách quần chúng ưu tú năm');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD']);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, 'Nguyễn Thị Hằng', new Date(Date.UTC(2001, 2, 15)), 'Nữ', '001301012345']);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([2, 'Trần Văn Đạt', undefined, 'Nam', '*********123']);
    expect(sheet.getColumn(3).numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getColumn(5).numFmt).toBe('@');
    expect(sheet.headerFooter.oddHeader).toContain('Chi bộ khu dân cư số 1');
  });
});

describe('renderPdf', () => {
  it('sets Vietnamese text in the embedded font: the name survives extraction, with title, dates and signatures', async () => {
    const bytes = await renderPdf(exportTable(definition, people, { year: 2026 }, '2026-03-16'), definition.pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, title } = await pdfText(bytes);
    expect(title).toBe('Danh sách quần chúng ưu tú năm 2026');
    expect(pages).toHaveLength(1);
    const text = pages[0].normalize('NFC');
    for (const expected of ['Danh sách quần chúng ưu tú năm 2026', 'Nguyễn Thị Hằng', 'Trần Văn Đạt', '15/03/2001', 'Nữ', 'Ngày in: 16/03/2026', 'Bí thư chi bộ', 'Trang 1 / 1']) {
      expect(text).toContain(expected);
    }
    // The font is embedded (a subset of DejaVu), not one of the 14 standard fonts.
    expect(bytes.toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('breaks a long list over pages, repeating the header and numbering every page', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ fullName: `Lê Thị Phượng ${i + 1}`, dateOfBirth: '2000-01-01', gender: 'FEMALE', nationalId: '001300000000' }));
    const { pages } = await pdfText(await renderPdf(exportTable(definition, many, { year: 2026 }, '2026-03-16'), { orientation: 'landscape' }));
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, index) => {
      expect(page).toContain('Họ và tên');
      expect(page).toContain(`Trang ${index + 1} / ${pages.length}`);
    });
    expect(pages.join(' ')).toContain('Lê Thị Phượng 120');
  });

  it('says so when there are no rows', async () => {
    const { pages } = await pdfText(await renderPdf(exportTable(definition, [], { year: 2026 }, '2026-03-16')));
    expect(pages[0]).toContain('Không có dòng nào');
  });
});

describe('renderPdf with a document layout (a certificate, a profile card)', () => {
  const certificate: ExportDefinition = {
    name: 'test-certificate',
    roles: ['TRAINING_CENTRE'],
    operation: 'query TestCertificate($id: ID!) { certificate(id: $id) { number holder { fullName dateOfBirth } } }',
    rows: { path: 'certificate' },
    formats: ['pdf'],
    title: 'Giấy chứng nhận',
    fileName: 'giay-chung-nhan',
    columns: [],
    pdf: {
      orientation: 'landscape',
      signatures: ['Giám đốc'],
      document: {
        lines: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, align: 'center' },
          { text: 'GIẤY CHỨNG NHẬN', size: 22, bold: true, align: 'center', gapBefore: 24 },
          { text: 'Đã hoàn thành lớp bồi dưỡng nhận thức về Đảng', align: 'center' },
          { label: 'Cấp cho', value: { path: 'holder.fullName' }, size: 14, bold: true, align: 'center', gapBefore: 16 },
          { label: 'Ngày sinh', value: { path: 'holder.dateOfBirth', as: 'date' }, align: 'center' },
          { label: 'Số', value: { path: 'number' }, align: 'center' },
        ],
      },
    },
  };

  it('gives each row a framed page with its lines: the holder’s Vietnamese name survives extraction', async () => {
    const holders = [
      { number: '12/2026', holder: { fullName: 'Nguyễn Thị Hằng', dateOfBirth: '2001-03-15' } },
      { number: '13/2026', holder: { fullName: 'Đặng Quốc Trường', dateOfBirth: '1999-12-31' } },
    ];
    const { pages } = await pdfText(await renderPdf(exportTable(certificate, holders, {}, '2026-03-16'), certificate.pdf));
    expect(pages).toHaveLength(2);
    const first = pages[0].normalize('NFC');
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIẤY CHỨNG NHẬN', 'Cấp cho: Nguyễn Thị Hằng', 'Ngày sinh: 15/03/2001', 'Số: 12/2026', 'Giám đốc', 'Trang 1 / 2']) {
      expect(first).toContain(expected);
    }
    expect(pages[1].normalize('NFC')).toContain('Cấp cho: Đặng Quốc Trường');
  });
});

describe('a report layout', () => {
  const report: ExportDefinition = {
    name: 'test-report',
    operation: 'query TestReport { report { ward } }',
    rows: { path: 'report' },
    roles: ['PARTY_BUILDING_BOARD'],
    formats: ['xlsx', 'pdf'],
    title: 'Báo cáo quý II năm 2026',
    fileName: 'bao-cao',
    columns: [],
    report: {
      lines: [{ value: { path: 'ward' }, bold: true }, { label: 'Đến ngày', value: { path: 'lastDay', as: 'date' } }],
      sections: [
        { kind: 'table', title: 'Từng chi bộ', rows: 'units', columns: [{ header: 'Chi bộ', value: { path: 'name' } }, { header: 'Đã kết nạp', value: { path: 'admitted', as: 'number' } }] },
        { kind: 'bars', title: 'Biểu đồ', rows: 'units', label: { path: 'name' }, series: [{ name: 'Chỉ tiêu', value: { path: 'target', as: 'number' }, color: '#999999' }, { name: 'Kết quả', value: { path: 'admitted', as: 'number' }, color: '#b71c1c' }] },
      ],
    },
  };
  const row = { ward: 'Đảng bộ phường Đống Đa', lastDay: '2026-06-30', units: [{ name: 'Chi bộ Khu dân cư số 1', admitted: 2, target: 3 }, { name: 'Chi bộ Trường Tiểu học Kim Liên', admitted: 4, target: 3 }] };

  it('gives the xlsx a summary sheet and a sheet per section, numbers as numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(exportTable(report, [row], {}, '2026-07-01'))) as unknown as ExcelJS.Buffer);
    const rows = (i: number) => {
      const out: unknown[][] = [];
      workbook.worksheets[i].eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', '1. Từng chi bộ', '2. Biểu đồ']);
    expect(rows(0)).toEqual([['Báo cáo quý II năm 2026'], ['Đảng bộ phường Đống Đa'], ['Đến ngày: 30/06/2026']]);
    expect(rows(2)).toEqual([['Biểu đồ', 'Chỉ tiêu', 'Kết quả'], ['Chi bộ Khu dân cư số 1', 3, 2], ['Chi bộ Trường Tiểu học Kim Liên', 3, 4]]);
  });

  it('draws the pdf’s lines, tables and bars (their labels and values read back), pages numbered', async () => {
    const { pages } = await pdfText(await renderPdf(exportTable(report, [row], {}, '2026-07-01'), report.pdf));
    const text = pages.join('\n');
    for (const expected of ['Đảng bộ phường Đống Đa', 'Đến ngày: 30/06/2026', 'Từng chi bộ', 'Biểu đồ', 'Chỉ tiêu', 'Kết quả', 'Chi bộ Trường Tiểu học Kim Liên', 'Trang 1 / 1']) expect(text).toContain(expected);
  });
});
