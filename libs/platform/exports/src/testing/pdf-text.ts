import { execFile } from 'node:child_process';
import path from 'node:path';

// pdfjs-dist is an ES module only; Jest runs specs as CommonJS. A short Node process reads
// the pdf instead (as any reader would), so tests see the text a person would copy out.
const PDFJS = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'legacy/build/pdf.mjs');
const SCRIPT = `
const { getDocument } = await import(process.argv[1]);
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), verbosity: 0, useSystemFonts: false }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n += 1) {
  const content = await (await pdf.getPage(n)).getTextContent();
  pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\\n' : ' ')).join(''));
}
process.stdout.write(JSON.stringify({ pages, title: (await pdf.getMetadata()).info.Title ?? null }));
`;

export interface PdfText {
  /** Each page's text, items joined by spaces and line ends. */
  pages: string[];
  title: string | null;
}

/** The text of a pdf, page by page, extracted with pdfjs (Mozilla's reader). */
export function pdfText(bytes: Buffer): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, ['--input-type=module', '-e', SCRIPT, PDFJS], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`pdf text extraction failed: ${stderr || error.message}`));
      else resolve(JSON.parse(stdout) as PdfText);
    });
    child.stdin?.end(bytes);
  });
}
