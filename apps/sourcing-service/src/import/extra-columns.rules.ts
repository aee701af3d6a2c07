import type { CellValue } from '@pdv/sourcing-domain';
import { foldDiacritics } from '@pdv/vn-identity';

/**
 * Columns this service reads on top of the domain's import template: the person in the
 * mass organisation who proposed the candidate (stored on the referral, not the candidate).
 * The domain's header matcher does not know them, so they are recognised here and taken
 * out of the header before it runs (it would otherwise warn that they are ignored).
 */
export const EXTRA_COLUMN_KEYS = ['referrerName'] as const;
export type ExtraColumnKey = (typeof EXTRA_COLUMN_KEYS)[number];

export interface ExtraColumn {
  key: ExtraColumnKey;
  vi: string;
  en: string;
  example: string;
  aliases: readonly string[];
  note: string;
}

export const EXTRA_COLUMNS: readonly ExtraColumn[] = [
  {
    key: 'referrerName',
    vi: 'Người giới thiệu',
    en: 'Referred by',
    example: 'Bí thư Chi đoàn KDC số 3',
    aliases: ['Người đề xuất', 'Referrer'],
    note: 'Người (chức danh) trong đoàn thể đề xuất giới thiệu, tối đa 100 ký tự (không bắt buộc).',
  },
];

function headerKey(text: string): string {
  return foldDiacritics(text.replace(/\([^)]*\)/g, '')).replace(/[^a-z0-9]/g, '');
}

const LOOKUP = new Map<string, ExtraColumnKey>(
  EXTRA_COLUMNS.flatMap((column) => [column.key, column.vi, column.en, ...column.aliases].map((name) => [headerKey(name), column.key] as const)),
);

export interface ExtraColumnMapping {
  /** The header row with the extra columns blanked, for the domain's matcher. */
  domainHeader: CellValue[];
  indexByKey: Partial<Record<ExtraColumnKey, number>>;
  headerByKey: Partial<Record<ExtraColumnKey, string>>;
}

export function mapExtraColumns(header: readonly CellValue[]): ExtraColumnMapping {
  const indexByKey: Partial<Record<ExtraColumnKey, number>> = {};
  const headerByKey: Partial<Record<ExtraColumnKey, string>> = {};
  const domainHeader = header.map((cell, index) => {
    const text = typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell);
    const key = text === '' ? undefined : LOOKUP.get(headerKey(text));
    if (key === undefined || indexByKey[key] !== undefined) return cell;
    indexByKey[key] = index;
    headerByKey[key] = text;
    return '';
  });
  return { domainHeader, indexByKey, headerByKey };
}
