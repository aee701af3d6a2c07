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
