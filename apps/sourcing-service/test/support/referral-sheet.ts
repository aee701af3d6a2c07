import ExcelJS from 'exceljs';
import type { DemoPerson } from '../../src/seed/demo-people';

/** The template's columns and a filled-in row of them, as the import int-specs upload them. */
export const HEADER = [
  'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại', 'Nơi ở hiện nay', 'Nghề nghiệp', 'Trình độ học vấn', 'Nguồn', 'Chi bộ',
  'Thành tích', 'Lý do giới thiệu', 'Ngày đồng ý', 'Người giới thiệu',
];

export function row(person: DemoPerson, overrides: Partial<Record<(typeof HEADER)[number], string>> = {}): string[] {
  const [y, m, d] = person.dateOfBirth.split('-');
  const values: Record<string, string> = {
    'Họ và tên': person.fullName,
    'Ngày sinh': `${d}/${m}/${y}`,
    'Giới tính': person.gender === 'MALE' ? 'Nam' : 'Nữ',
    'Số CCCD': person.nationalId,
    'Số điện thoại': person.phone,
    'Nơi ở hiện nay': person.address,
    'Nghề nghiệp': person.occupation,
    'Trình độ học vấn': 'Trung học phổ thông',
    Nguồn: 'Đoàn viên, hội viên',
    'Chi bộ': 'CB-A',
    'Thành tích': person.achievements,
    'Lý do giới thiệu': 'Tích cực trong phong trào thanh niên',
    'Ngày đồng ý': '01/03/2026',
    'Người giới thiệu': 'Bí thư chi đoàn',
    ...overrides,
  };
  return HEADER.map((column) => values[column]);
}

export async function xlsxOf(rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Giới thiệu');
  sheet.addRow(HEADER);
  for (const values of rows) sheet.addRow(values);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

export function csvOf(rows: string[][]): string {
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const text = [HEADER, ...rows].map((values) => values.map(quote).join(',')).join('\r\n');
  return Buffer.from(`\ufeff${text}\r\n`, 'utf8').toString('base64');
}
