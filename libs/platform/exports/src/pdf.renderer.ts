import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { cellText, type ExportTable, formatDate, localDateValue } from './table';

/**
 * The table as a printable A4 document. The 14 standard PDF fonts have no Vietnamese letters,
 * so DejaVu Sans Condensed (the `dejavu-fonts-ttf` package) is embedded — pdfkit subsets it
 * to the glyphs used. The table's header repeats on every page; pages are numbered.
 */

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let fonts: { regular: Buffer; bold: Buffer } | null = null;

function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(path.join(FONT_DIR, 'DejaVuSansCondensed.ttf')),
    bold: readFileSync(path.join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf')),
  };
  return fonts;
}

const MARGIN = 36;
const FONT_SIZE = 9;
const PADDING = 3;
const FOOTER_HEIGHT = 18;

export interface PdfOptions {
  orientation?: 'portrait' | 'landscape';
  /** Signature blocks under the table, side by side (e.g. "Người lập danh sách"). */
  signatures?: readonly string[];
}

function columnWidths(table: ExportTable, available: number): number[] {
  const shares = table.columns.map((column) => column.width ?? (column.value === 'index' ? 4 : Math.max(8, Math.min(30, column.header.length))));
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (share / total) * available);
}

export async function renderPdf(table: ExportTable, options: PdfOptions = {}): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const printedOn = localDateValue(table.printedOn);
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.orientation ?? 'portrait',
    margin: MARGIN,
    bufferPages: true,
    // A fixed date: the same content gives the same file.
    info: { Title: table.title, Creator: 'Phần mềm phát triển đảng viên', Producer: 'pdfkit', CreationDate: printedOn ?? new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_HEIGHT;
  const widths = columnWidths(table, width);

  doc.font('bold').fontSize(14).text(table.title, left, MARGIN, { width, align: 'center' });
  if (table.subtitle) doc.font('regular').fontSize(10).text(table.subtitle, { width, align: 'center' });
  if (printedOn) doc.font('regular').fontSize(8).text(`Ngày in: ${formatDate(printedOn)}`, { width, align: 'right' });
  doc.moveDown(0.5);

  const rowHeight = (cells: readonly string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(FONT_SIZE);
    return Math.max(...cells.map((text, index) => doc.heightOfString(text || ' ', { width: widths[index] - 2 * PADDING }))) + 2 * PADDING;
  };
  const drawRow = (cells: readonly string[], y: number, height: number, font: 'regular' | 'bold', shaded: boolean) => {
    let x = left;
    cells.forEach((text, index) => {
      if (shaded) doc.rect(x, y, widths[index], height).fillAndStroke('#e8e8e8', '#000000');
      else doc.rect(x, y, widths[index], height).stroke('#000000');
      doc.fillColor('#000000').font(font).fontSize(FONT_SIZE);
      const align = font === 'bold' ? 'center' : (table.columns[index].align ?? (table.columns[index].value === 'index' ? 'center' : 'left'));
      doc.text(text, x + PADDING, y + PADDING, { width: widths[index] - 2 * PADDING, align, lineBreak: true });
      x += widths[index];
    });
  };

  const headers = table.columns.map((column) => column.header);
  const headerHeight = rowHeight(headers, 'bold');
  let y = doc.y;
  doc.lineWidth(0.5);
  drawRow(headers, y, headerHeight, 'bold', true);
  y += headerHeight;
  for (const row of table.rows) {
    const cells = row.map(cellText);
    const height = rowHeight(cells, 'regular');
    if (y + height > bottom()) {
      doc.addPage();
      y = MARGIN;
      drawRow(headers, y, headerHeight, 'bold', true);
      y += headerHeight;
    }
    drawRow(cells, y, height, 'regular', false);
    y += height;
  }
  if (table.rows.length === 0) {
    doc.font('regular').fontSize(FONT_SIZE).text('(Không có dòng nào)', left, y + PADDING, { width, align: 'center' });
    y = doc.y;
  }

  const signatures = options.signatures ?? [];
  if (signatures.length > 0) {
    if (y + 70 > bottom()) {
      doc.addPage();
      y = MARGIN;
    }
    const blockWidth = width / signatures.length;
    signatures.forEach((label, index) => {
      const x = left + index * blockWidth;
      doc.font('bold').fontSize(10).text(label, x, y + 18, { width: blockWidth, align: 'center' });
      doc.font('regular').fontSize(8).text('(Ký, ghi rõ họ tên)', x, y + 32, { width: blockWidth, align: 'center' });
    });
  }

  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    // Inside the bottom margin: lift the margin while writing, or pdfkit starts a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).text(`Trang ${index + 1} / ${range.count}`, left, doc.page.height - MARGIN - 10, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}
