import type { Problems } from './result';

/**
 * Free text typed by people (names, notes, reasons), checked and cleaned in one way for every
 * service: Unicode NFC (a Vietnamese letter typed as base + marks and the precomposed letter
 * are one string, and one length), trimmed, bounded. Problems are reported, not thrown, so a
 * parse function lists every bad field at once.
 */

/** Upper bounds for free text, so a form cannot store a novel by mistake. */
export const TEXT_LIMITS = {
  name: 200,
  code: 40,
  note: 500,
  search: 100,
} as const;

export interface TextOptions {
  /** Collapse every run of whitespace (newlines too) to one space: for one-line values such as a name. */
  singleLine?: boolean;
}

/** The text as stored: NFC and trimmed (and on one line when asked); absent text is ''. */
export function cleanText(value: string | null | undefined, options: TextOptions = {}): string {
  const text = (value ?? '').normalize('NFC').trim();
  return options.singleLine ? text.replace(/\s+/g, ' ') : text;
}

/** Required text: non-empty and at most `max` characters once cleaned; returns the cleaned text. */
export function checkRequiredText(problems: Problems, field: string, value: string | null | undefined, max: number, options?: TextOptions): string {
  const text = cleanText(value, options);
  if (text === '') problems.add(field, 'must not be empty');
  else if (text.length > max) problems.add(field, `must be at most ${max} characters`);
  return text;
}

/** Optional text: at most `max` characters once cleaned; returns the cleaned text, null when absent or blank. */
export function checkOptionalText(problems: Problems, field: string, value: string | null | undefined, max: number, options?: TextOptions): string | null {
  const text = cleanText(value, options);
  if (text.length > max) problems.add(field, `must be at most ${max} characters`);
  return text === '' ? null : text;
}
