import ExcelJS from 'exceljs';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  GENDER_LABELS,
  GENDERS,
  REFERRAL_IMPORT_COLUMNS,
  type ReferralColumnKey,
  referralTemplateHeaders,
  SOURCE_CATEGORIES,
  SOURCE_CATEGORY_LABELS,
  SOURCE_CATEGORY_SHORT_VI,
} from '@pdv/sourcing-domain';
import { toCsv } from './csv.codec';
import { EXTRA_COLUMNS } from './extra-columns.rules';
import type { ImportFormat } from './referral-import.entity';

export interface TemplateFile {
  fileName: string;
  mimeType: string;
  content: Buffer;
}

export interface TemplateCell {
  code: string;
  name: string;
}

const COLUMN_NOTES: Readonly<Record<ReferralColumnKey, string>> = {
  fullName: 'Họ và tên đầy đủ, có dấu, như trên căn cước.',
  dateOfBirth: 'Ngày sinh, dạng dd/mm/yyyy (ví dụ 15/03/2001). Người được giới thiệu phải đủ 18 tuổi.',
  gender: 'Nam hoặc Nữ, như trên căn cước.',
  nationalId:
    'Số định danh cá nhân (CCCD) 12 chữ số. 3 số đầu là mã tỉnh nơi đăng ký khai sinh; số thứ 4 (thế kỷ, giới tính) và số thứ 5–6 (năm sinh) phải khớp với ngày sinh và giới tính. Định dạng cột là Văn bản (Text) để Excel không làm mất số 0 ở đầu.',
  phone: 'Số di động 10 số bắt đầu bằng 03, 05, 07, 08, 09 (không bắt buộc). Định dạng cột là Văn bản.',
  address: 'Nơi ở hiện nay, tối đa 300 ký tự (không bắt buộc).',
  occupation: 'Nghề nghiệp hoặc công việc hiện nay, tối đa 200 ký tự (không bắt buộc).',
  educationLevel: `Trình độ học vấn cao nhất: ${EDUCATION_LEVELS.map((level) => EDUCATION_LEVEL_LABELS[level].vi).join('; ')} (hoặc 12/12, 9/12).`,
  sourceCategory: `Nguồn (đối tượng): ${SOURCE_CATEGORIES.map((category) => SOURCE_CATEGORY_SHORT_VI[category]).join('; ')}.`,
  cell: 'Mã chi bộ tiếp nhận (xem trang "Danh sách chi bộ").',
  achievements: 'Thành tích nổi bật (không bắt buộc).',
  reason: 'Lý do đoàn thể giới thiệu (không bắt buộc).',
  consentNoticeVersion:
    'Phiên bản thông báo xử lý dữ liệu cá nhân mà người được giới thiệu đã đồng ý (Nghị định 13/2023/NĐ-CP). Nếu để trống, dùng phiên bản chọn khi tải tệp lên.',
  consentDate:
    'Ngày người được giới thiệu đồng ý, dạng dd/mm/yyyy; không sau ngày tải lên, không trước ngày công bố thông báo. Có thể để trống nếu khi tải lên đã ghi một ngày đồng ý chung cho cả tệp.',
};

/** Required unless the upload states one consent for the whole file. */
const CONSENT_KEYS: readonly ReferralColumnKey[] = ['consentNoticeVersion', 'consentDate'];

/** Columns whose text Excel would turn into numbers or dates (dropping leading zeros). */
const TEXT_COLUMNS: readonly ReferralColumnKey[] = ['nationalId', 'phone', 'dateOfBirth', 'consentDate', 'consentNoticeVersion'];

function headers(): string[] {
  return [...referralTemplateHeaders('vi'), ...EXTRA_COLUMNS.map((column) => column.vi)];
}

function exampleRow(cells: readonly TemplateCell[], noticeVersion: string | null): string[] {
  return [
    ...REFERRAL_IMPORT_COLUMNS.map((column) => {
      if (column.key === 'cell' && cells[0]) return cells[0].code;
      if (column.key === 'consentNoticeVersion' && noticeVersion) return noticeVersion;
      return column.example;
    }),
    ...EXTRA_COLUMNS.map((column) => column.example),
  ];
}

async function xlsxTemplate(cells: readonly TemplateCell[], noticeVersion: string | null, maxRows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Phần mềm phát triển đảng viên';
  workbook.created = new Date(0);

  const sheet = workbook.addWorksheet('Giới thiệu quần chúng', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = headers();
  sheet.columns = header.map((title) => ({ header: title, width: Math.max(14, Math.min(40, title.length + 6)) }));
  REFERRAL_IMPORT_COLUMNS.forEach((column, index) => {
    if (TEXT_COLUMNS.includes(column.key)) sheet.getColumn(index + 1).numFmt = '@';
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(exampleRow(cells, noticeVersion));
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };

  const notes = workbook.addWorksheet('Hướng dẫn');
  notes.columns = [
    { header: 'Cột', width: 30 },
    { header: 'Bắt buộc', width: 10 },
    { header: 'Cách ghi', width: 110 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of REFERRAL_IMPORT_COLUMNS) {
    const required = column.required ? 'Có' : CONSENT_KEYS.includes(column.key) ? 'Có (*)' : 'Không';
    notes.addRow([column.vi, required, COLUMN_NOTES[column.key]]);
  }
  for (const column of EXTRA_COLUMNS) notes.addRow([column.vi, 'Không', column.note]);
  notes.addRow([]);
  notes.addRow(['Lưu ý', '', `Mỗi người một dòng; dòng 2 là ví dụ, hãy xóa trước khi tải lên. Không đổi tên cột. Tối đa ${maxRows.toLocaleString('vi-VN')} dòng mỗi tệp.`]);
  notes.addRow(['', '', 'Người đã được giới thiệu (cùng số CCCD) sẽ được gắn thêm lượt giới thiệu này, không tạo hồ sơ mới.']);
  notes.addRow(['(*)', '', 'Hai cột về sự đồng ý có thể để trống nếu khi tải tệp lên đã ghi phiên bản thông báo và ngày đồng ý chung cho cả tệp.']);
  notes.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const lists = workbook.addWorksheet('Danh mục');
  lists.columns = [
    { header: 'Nguồn (đối tượng)', width: 45 },
    { header: 'Diễn giải', width: 90 },
  ];
  lists.getRow(1).font = { bold: true };
  for (const category of SOURCE_CATEGORIES) lists.addRow([SOURCE_CATEGORY_SHORT_VI[category], SOURCE_CATEGORY_LABELS[category].vi]);
  lists.addRow([]);
  lists.addRow(['Trình độ học vấn', '']).font = { bold: true };
  for (const level of EDUCATION_LEVELS) lists.addRow([EDUCATION_LEVEL_LABELS[level].vi, '']);
  lists.addRow([]);
  lists.addRow(['Giới tính', '']).font = { bold: true };
  for (const gender of GENDERS) lists.addRow([GENDER_LABELS[gender].vi, '']);

  const cellSheet = workbook.addWorksheet('Danh sách chi bộ');
  cellSheet.columns = [
    { header: 'Mã chi bộ', width: 18 },
    { header: 'Tên chi bộ', width: 70 },
  ];
  cellSheet.getRow(1).font = { bold: true };
  for (const cell of cells) cellSheet.addRow([cell.code, cell.name]);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csvTemplate(cells: readonly TemplateCell[], noticeVersion: string | null): Buffer {
  // The byte-order mark makes Excel open the file as UTF-8 (Vietnamese letters intact).
  return Buffer.from(`\ufeff${toCsv([headers(), exampleRow(cells, noticeVersion)])}`, 'utf8');
}

/** The downloadable template: Vietnamese headers, an example row, and (xlsx) notes and lists. */
export async function referralTemplate(
  format: ImportFormat,
  cells: readonly TemplateCell[],
  noticeVersion: string | null,
  maxRows: number,
): Promise<TemplateFile> {
  if (format === 'XLSX') {
    return {
      fileName: 'mau-gioi-thieu-quan-chung-uu-tu.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      content: await xlsxTemplate(cells, noticeVersion, maxRows),
    };
  }
  return { fileName: 'mau-gioi-thieu-quan-chung-uu-tu.csv', mimeType: 'text/csv; charset=utf-8', content: csvTemplate(cells, noticeVersion) };
}
