/**
 * File names of downloads. The ASCII `filename` is for old clients; `filename*` (RFC 5987,
 * UTF-8) carries the Vietnamese name as it is, so "Danh sách" is not shown as "Danh s?ch".
 */

/** Vietnamese text to lower-case ASCII words joined by hyphens ("Đảng viên" → "dang-vien"). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** `attachment; filename="danh-sach.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch.xlsx` */
export function contentDisposition(fileName: string, displayName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(displayName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
