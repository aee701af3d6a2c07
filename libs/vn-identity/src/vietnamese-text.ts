/**
 * Vietnamese text helpers for names: one canonical written form (NFC, single spaces,
 * capitalised words) and a folded form for diacritic-insensitive search and fuzzy keys.
 */

// Zero-width characters pasted from web pages and office files; invisible, never meaningful.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/;
const WHITESPACE_RUN_GLOBAL = /\s+/g;
const MARKS = /\p{M}/gu;
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;
const D_STROKE = /đ/g;
// A letter that opens a word or a hyphen/apostrophe-joined part (Ê Đê names: "H'Hen Niê").
const PART_START = /(^|[-'’])(\p{L})/gu;

function capitaliseWord(word: string): string {
  return word.toLowerCase().replace(PART_START, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * The canonical written form of a person's name: Unicode NFC (so "ễ" typed as e + marks and
 * the precomposed "ễ" are one string), trimmed, single spaces, each word capitalised:
 * "nguyễn  văn an" → "Nguyễn Văn An", "ĐINH thị HOA" → "Đinh Thị Hoa".
 */
export function normaliseFullName(name: string): string {
  return name
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .trim()
    .split(WHITESPACE_RUN)
    .filter((word) => word.length > 0)
    .map(capitaliseWord)
    .join(' ');
}

/**
 * Removes every diacritic (tone marks, ă/â/ê/ô/ơ/ư, and đ → d), lower-cases, trims and
 * collapses whitespace: "Nguyễn  Văn Đạt" → "nguyen van dat". For diacritic-insensitive
 * search and fuzzy matching only, never for display.
 */
export function foldDiacritics(text: string): string {
  // Already plain ASCII (codes, most headers): skip the Unicode work.
  const folded = ASCII_ONLY.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(MARKS, '').replace(ZERO_WIDTH, '').toLowerCase().replace(D_STROKE, 'd');
  return folded.replace(WHITESPACE_RUN_GLOBAL, ' ').trim();
}
