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
import { addTableSheet, CSV_MIME_TYPE, csvBytes, newWorkbook, workbookBytes, XLSX_MIME_TYPE } from '@pdv/spreadsheets';
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
  const workbook = newWorkbook();

  const sheet = addTableSheet(workbook, {
    name: 'Giới thiệu quần chúng',
    columns: headers().map((header, index) => ({ header, text: index < REFERRAL_IMPORT_COLUMNS.length && TEXT_COLUMNS.includes(REFERRAL_IMPORT_COLUMNS[index].key) })),
    rows: [exampleRow(cells, noticeVersion)],
  });
  sheet.getRow(2).font = { italic: true, color: { argb: 'FF808080' } };

  const notes = addTableSheet(workbook, {
    name: 'Hướng dẫn',
    columns: [
      { header: 'Cột', width: 30 },
      { header: 'Bắt buộc', width: 10 },
      { header: 'Cách ghi', width: 110 },
    ],
    rows: [
      ...REFERRAL_IMPORT_COLUMNS.map((column) => {
        const required = column.required ? 'Có' : CONSENT_KEYS.includes(column.key) ? 'Có (*)' : 'Không';
        return [column.vi, required, COLUMN_NOTES[column.key]];
      }),
      ...EXTRA_COLUMNS.map((column) => [column.vi, 'Không', column.note]),
      [],
      ['Lưu ý', '', `Mỗi người một dòng; dòng 2 là ví dụ, hãy xóa trước khi tải lên. Không đổi tên cột. Tối đa ${maxRows.toLocaleString('vi-VN')} dòng mỗi tệp.`],
      ['', '', 'Người đã được giới thiệu (cùng số CCCD) sẽ được gắn thêm lượt giới thiệu này, không tạo hồ sơ mới.'],
      ['(*)', '', 'Hai cột về sự đồng ý có thể để trống nếu khi tải tệp lên đã ghi phiên bản thông báo và ngày đồng ý chung cho cả tệp.'],
    ],
  });
  notes.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  const lists = addTableSheet(workbook, {
    name: 'Danh mục',
    columns: [
      { header: 'Nguồn (đối tượng)', width: 45 },
      { header: 'Diễn giải', width: 90 },
    ],
    rows: [
      ...SOURCE_CATEGORIES.map((category) => [SOURCE_CATEGORY_SHORT_VI[category], SOURCE_CATEGORY_LABELS[category].vi]),
      [],
      ['Trình độ học vấn', ''],
      ...EDUCATION_LEVELS.map((level) => [EDUCATION_LEVEL_LABELS[level].vi, '']),
      [],
      ['Giới tính', ''],
      ...GENDERS.map((gender) => [GENDER_LABELS[gender].vi, '']),
    ],
  });
  // The list headings inside the sheet (rows after the categories and a blank line).
  const educationHeading = 2 + SOURCE_CATEGORIES.length + 1;
  lists.getRow(educationHeading).font = { bold: true };
  lists.getRow(educationHeading + EDUCATION_LEVELS.length + 2).font = { bold: true };

  addTableSheet(workbook, {
    name: 'Danh sách chi bộ',
    columns: [
      { header: 'Mã chi bộ', width: 18 },
      { header: 'Tên chi bộ', width: 70 },
    ],
    rows: cells.map((cell) => [cell.code, cell.name]),
  });

  return workbookBytes(workbook);
}

function csvTemplate(cells: readonly TemplateCell[], noticeVersion: string | null): Buffer {
  return csvBytes([headers(), exampleRow(cells, noticeVersion)]);
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
      mimeType: XLSX_MIME_TYPE,
      content: await xlsxTemplate(cells, noticeVersion, maxRows),
    };
  }
  return { fileName: 'mau-gioi-thieu-quan-chung-uu-tu.csv', mimeType: CSV_MIME_TYPE, content: csvTemplate(cells, noticeVersion) };
}
