import { AppError, Problems } from '@pdv/errors';
import type { UploadAttendanceSheetInput, UploadResultsSheetInput } from './sheet-upload.input';

export interface SheetFile {
  fileName: string;
  bytes: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;
const MAX_FILE_NAME = 255;

function sheetFileOf(input: { fileName: string; contentBase64: string }): SheetFile {
  const fileName = input.fileName.trim();
  const problems = new Problems();
  if (fileName === '' || fileName.length > MAX_FILE_NAME) problems.add('input.fileName', `must be 1 to ${MAX_FILE_NAME} characters`);
  if (!BASE64.test(input.contentBase64)) problems.add('input.contentBase64', 'is not base64 text');
  problems.throwIfAny('The upload is not valid.');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length === 0) throw AppError.badInput('The file is empty.', [{ field: 'input.contentBase64', message: 'is empty' }]);
  return { fileName, bytes };
}

export function parseUploadResultsSheet(input: UploadResultsSheetInput): SheetFile & { courseId: string } {
  return { courseId: input.courseId, ...sheetFileOf(input) };
}

export function parseUploadAttendanceSheet(input: UploadAttendanceSheetInput): SheetFile & { sessionId: string } {
  return { sessionId: input.sessionId, ...sheetFileOf(input) };
}
