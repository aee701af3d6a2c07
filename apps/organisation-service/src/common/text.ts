import type { Problems } from '@pdv/errors';

/** Upper bounds for free text, so a form cannot store a novel by mistake. */
export const TEXT_LIMITS = {
  name: 200,
  code: 40,
  note: 500,
  search: 100,
} as const;

/** Trimmed, non-empty and at most `max` characters; problems are reported, not thrown. */
export function checkRequiredText(problems: Problems, field: string, value: string | null | undefined, max: number): void {
  if (typeof value !== 'string' || value.trim() === '') problems.add(field, 'must not be empty');
  else if (value.trim().length > max) problems.add(field, `must be at most ${max} characters`);
}

export function checkOptionalText(problems: Problems, field: string, value: string | null | undefined, max: number): void {
  if (value === null || value === undefined) return;
  if (value.trim().length > max) problems.add(field, `must be at most ${max} characters`);
}

/** null for absent or blank optional text, else the trimmed text. */
export function optionalText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
