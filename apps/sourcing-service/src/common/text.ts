import type { Problems } from '@pdv/errors';

/** Free text the domain does not validate: trimmed, NFC, single spaces, bounded; empty becomes null. */
export function optionalText(value: string | null | undefined, field: string, max: number, problems: Problems): string | null {
  const text = (value ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text.length > max) problems.add(field, `is longer than ${max} characters`);
  return text === '' ? null : text;
}
