import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { DocumentLayout, ExportColumn, ExportValue } from './export-definition';
import { cellText, type ExportTable, formatDate, localDateValue, type RenderedReport, valueOf } from './table';

/**
 * The table as a printable A4 document. The 14 standard PDF fonts have no Vietnamese letters,
 * so DejaVu Sans Condensed (the `dejavu-fonts-ttf` package) is embedded — pdfkit subsets it
 * to the glyphs used. A table's header repeats on every page; a document (certificate,
 * profile card) has a framed page per row. Pages are numbered.
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
  /** Signature blocks under the table (or each document page), side by side (e.g. "Người lập danh sách"). */
  signatures?: readonly string[];
  /** One framed page per row, laid out by these lines, instead of the table. */
  document?: DocumentLayout;
}

function columnWidths(columns: readonly ExportColumn[], available: number): number[] {
  const shares = columns.map((column) => column.width ?? (column.value === 'index' ? 4 : Math.max(8, Math.min(30, column.header.length))));
  const total = shares.reduce((sum, share) => sum + share, 0);
  return shares.map((share) => (share / total) * available);
}

type Pdf = InstanceType<typeof PDFDocument>;

/** A document with the fonts registered, and its bytes once `end()` is called. */
function openPdf(table: ExportTable, orientation: 'portrait' | 'landscape'): { doc: Pdf; finished: Promise<Buffer> } {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: orientation,
    margin: MARGIN,
    bufferPages: true,
    // A fixed date: the same content gives the same file.
    info: { Title: table.title, Creator: 'Phần mềm phát triển đảng viên', Producer: 'pdfkit', CreationDate: localDateValue(table.printedOn) ?? new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  return { doc, finished };
}

function drawSignatures(doc: Pdf, signatures: readonly string[], y: number): void {
  const width = doc.page.width - 2 * MARGIN;
  const blockWidth = width / signatures.length;
  signatures.forEach((label, index) => {
    const x = MARGIN + index * blockWidth;
    doc.font('bold').fontSize(10).text(label, x, y + 18, { width: blockWidth, align: 'center' });
    doc.font('regular').fontSize(8).text('(Ký, ghi rõ họ tên)', x, y + 32, { width: blockWidth, align: 'center' });
  });
}

/** Numbers every page ("Trang 2 / 5") at its foot, then finishes the file. */
function finishPdf(doc: Pdf, finished: Promise<Buffer>): Promise<Buffer> {
  const width = doc.page.width - 2 * MARGIN;
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    // Inside the bottom margin: lift the margin while writing, or pdfkit starts a new page.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).text(`Trang ${index + 1} / ${range.count}`, MARGIN, doc.page.height - MARGIN - 10, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return finished;
}

/** One framed page per row: each line a fixed text or "label: value" of the row. */
function drawDocumentPages(doc: Pdf, table: ExportTable, layout: DocumentLayout, signatures: readonly string[]): void {
  const width = doc.page.width - 2 * MARGIN - 40;
  table.nodes.forEach((node, index) => {
    if (index > 0) doc.addPage();
    doc.lineWidth(2).rect(MARGIN - 8, MARGIN - 8, doc.page.width - 2 * MARGIN + 16, doc.page.height - 2 * MARGIN + 16).stroke('#8b0000');
    doc.lineWidth(0.5).rect(MARGIN - 4, MARGIN - 4, doc.page.width - 2 * MARGIN + 8, doc.page.height - 2 * MARGIN + 8).stroke('#8b0000');
    doc.fillColor('#000000');
    let y = MARGIN + 16;
    for (const line of layout.lines) {
      const value = line.value === undefined ? null : cellText(valueOf(line.value, node, index));
      const text = line.text ?? (line.label ? `${line.label}: ${value ?? ''}` : (value ?? ''));
      doc.font(line.bold ? 'bold' : 'regular').fontSize(line.size ?? 11);
      y += line.gapBefore ?? 4;
      doc.text(text, MARGIN + 20, y, { width, align: line.align ?? 'left' });
      y = doc.y;
    }
    const printedOn = localDateValue(table.printedOn);
    if (printedOn) doc.font('regular').fontSize(9).text(`Ngày in: ${formatDate(printedOn)}`, MARGIN + 20, y + 12, { width, align: 'right' });
    if (signatures.length > 0) drawSignatures(doc, signatures, doc.y + 8);
  });
  if (table.nodes.length === 0) doc.font('regular').fontSize(11).text('(Không có gì để in)', { align: 'center' });
}

/** A table from `y` on, its header repeated on each new page; returns where it ends. */
function drawTable(doc: Pdf, columns: readonly ExportColumn[], rows: readonly ExportValue[][], startY: number): number {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_HEIGHT;
  const widths = columnWidths(columns, width);
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
      const align = font === 'bold' ? 'center' : (columns[index].align ?? (columns[index].value === 'index' ? 'center' : 'left'));
      doc.text(text, x + PADDING, y + PADDING, { width: widths[index] - 2 * PADDING, align, lineBreak: true });
      x += widths[index];
    });
  };

  const headers = columns.map((column) => column.header);
  const headerHeight = rowHeight(headers, 'bold');
  let y = startY;
  if (y + headerHeight * 2 > bottom()) {
    doc.addPage();
    y = MARGIN;
  }
  doc.lineWidth(0.5);
  drawRow(headers, y, headerHeight, 'bold', true);
  y += headerHeight;
  for (const row of rows) {
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
  if (rows.length === 0) {
    doc.font('regular').fontSize(FONT_SIZE).text('(Không có dòng nào)', left, y + PADDING, { width, align: 'center' });
    y = doc.y;
  }
  return y;
}

const BAR = 7;
const LABEL_WIDTH = 150;

/** Horizontal bars, one group per item (its label on the left, one bar per series), a legend above; returns where they end. */
function drawBars(doc: Pdf, section: Extract<RenderedReport['sections'][number], { kind: 'bars' }>, startY: number): number {
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_HEIGHT;
  const barsLeft = left + LABEL_WIDTH + 6;
  const barsWidth = width - LABEL_WIDTH - 36;
  const max = Math.max(1, ...section.groups.flatMap((g) => g.values));
  let y = startY;
  const legend = () => {
    let x = left;
    section.series.forEach((s) => {
      doc.rect(x, y + 1, 8, 8).fill(s.color);
      doc.fillColor('#000000').font('regular').fontSize(8).text(s.name, x + 11, y, { lineBreak: false });
      x += 22 + doc.widthOfString(s.name);
    });
    y += 14;
  };
  legend();
  const groupHeight = section.series.length * (BAR + 1) + 6;
  for (const group of section.groups) {
    if (y + groupHeight > bottom()) {
      doc.addPage();
      y = MARGIN;
      legend();
    }
    doc.fillColor('#000000').font('regular').fontSize(7.5).text(group.label, left, y + 1, { width: LABEL_WIDTH, height: groupHeight - 2, ellipsis: true });
    group.values.forEach((value, i) => {
      const top = y + i * (BAR + 1);
      const length = (value / max) * barsWidth;
      if (length > 0) doc.rect(barsLeft, top, length, BAR).fill(section.series[i].color);
      doc.fillColor('#000000').font('regular').fontSize(7).text(String(value), barsLeft + length + 3, top, { lineBreak: false });
    });
    doc.moveTo(barsLeft, y - 1).lineTo(barsLeft, y + groupHeight - 5).lineWidth(0.5).stroke('#555555');
    y += groupHeight;
  }
  return y;
}

/** A report: the title, its heading lines, then each section under its own heading. */
function drawReport(doc: Pdf, report: RenderedReport): number {
  const width = doc.page.width - 2 * MARGIN;
  for (const line of report.lines) {
    doc.font(line.bold ? 'bold' : 'regular').fontSize(line.size ?? 10);
    doc.y += line.gapBefore ?? 2;
    doc.text(line.text, MARGIN, doc.y, { width, align: line.align ?? 'left' });
  }
  let y = doc.y + 8;
  for (const section of report.sections) {
    if (y + 60 > doc.page.height - MARGIN - FOOTER_HEIGHT) {
      doc.addPage();
      y = MARGIN;
    }
    doc.fillColor('#000000').font('bold').fontSize(11).text(section.title, MARGIN, y, { width });
    y = section.kind === 'table' ? drawTable(doc, section.columns, section.rows, doc.y + 4) : drawBars(doc, section, doc.y + 4);
    y += 12;
  }
  return y;
}

export async function renderPdf(table: ExportTable, options: PdfOptions = {}): Promise<Buffer> {
  const { doc, finished } = openPdf(table, options.orientation ?? 'portrait');
  if (options.document) {
    drawDocumentPages(doc, table, options.document, options.signatures ?? []);
    return finishPdf(doc, finished);
  }
  const printedOn = localDateValue(table.printedOn);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - FOOTER_HEIGHT;

  doc.font('bold').fontSize(14).text(table.title, MARGIN, MARGIN, { width, align: 'center' });
  if (table.subtitle) doc.font('regular').fontSize(10).text(table.subtitle, { width, align: 'center' });
  if (printedOn) doc.font('regular').fontSize(8).text(`Ngày in: ${formatDate(printedOn)}`, { width, align: 'right' });
  doc.moveDown(0.5);

  let y = table.report ? drawReport(doc, table.report) : drawTable(doc, table.columns, table.rows, doc.y);

  const signatures = options.signatures ?? [];
  if (signatures.length > 0) {
    if (y + 70 > bottom()) {
      doc.addPage();
      y = MARGIN;
    }
    drawSignatures(doc, signatures, y);
  }
  return finishPdf(doc, finished);
}
