/**
 * Vietnamese alphabetical order, as a comparison and as a sort key the database can order
 * by with the "C" collation (the key is plain ASCII, compared byte by byte).
 *
 * Order chosen (the common dictionary order, e.g. Hoàng Phê's Từ điển tiếng Việt):
 * - Letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; the foreign letters
 *   f, j, w, z sit where the Latin alphabet puts them (f after ê, j after i, w after v,
 *   z after y); digits come before letters.
 * - Text is compared word (syllable) by word: first the letters of the word, then its tone,
 *   then the next word. So "ba" < "bà" < "bá" < "bác" < "bạc" < "bai".
 * - Tones: unmarked < huyền (à) < hỏi (ả) < ngã (ã) < sắc (á) < nặng (ạ).
 * - Case is ignored, and so is where the tone mark sits ("hoà" = "hòa"); punctuation inside a
 *   word (apostrophes, dots) is ignored, hyphens separate words. Equal keys are broken by
 *   the raw string in the comparisons, so sorting is deterministic.
 *
 * People are sorted as Vietnamese lists do: by given name (the last word), then the middle
 * name(s), then the family name (the first word).
 */

const LETTER_ORDER = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n',
  'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];

// Codes: tone terminators '!'..'&' (0x21–0x26) < digits '0'..'9' (0x30–0x39) < letters
// 'A'.. (0x41–0x61) < unknown letters '~' (0x7e). The field separator of a person key is a
// space (0x20), below everything, so a shorter field sorts first.
const LETTER_CODE = new Map<string, string>(
  LETTER_ORDER.map((letter, index) => [letter.normalize('NFD'), String.fromCharCode(0x41 + index)]),
);
const TONE_CODE = ['!', '"', '#', '$', '%', '&'] as const;
const TONE_OF_MARK = new Map<string, number>([
  ['\u0300', 1], // huyền
  ['\u0309', 2], // hỏi
  ['\u0303', 3], // ngã
  ['\u0301', 4], // sắc
  ['\u0323', 5], // nặng
]);
const MODIFIERS = new Set(['\u0306', '\u0302', '\u031b']); // breve, circumflex, horn
const UNKNOWN_LETTER = '~';
const FIELD_SEPARATOR = ' ';
const WORD_SEPARATOR = /[\s\-‐‑–—]/;
const COMBINING = /\p{M}/u;
const LETTER = /\p{L}/u;
const DIGIT = /[0-9]/;
const WHITESPACE_RUN = /\s+/;

/** The key of a text: per word, its letter codes followed by its tone code. */
export function vietnameseStringKey(text: string): string {
  const chars = text.normalize('NFD').toLowerCase();
  let key = '';
  let word = '';
  let tone = 0;
  let base = '';
  let modifier = '';

  const flushLetter = (): void => {
    if (base === '') return;
    word += LETTER_CODE.get(base + modifier) ?? LETTER_CODE.get(base) ?? (DIGIT.test(base) ? base : UNKNOWN_LETTER);
    base = '';
    modifier = '';
  };
  const flushWord = (): void => {
    flushLetter();
    if (word !== '' || tone !== 0) key += word + TONE_CODE[tone];
    word = '';
    tone = 0;
  };

  for (const char of chars) {
    const code = char.charCodeAt(0);
    // Fast path for the common case: an ASCII letter or digit.
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      flushLetter();
      base = char;
    } else if ((code >= 0x300 && code <= 0x36f) || COMBINING.test(char)) {
      const markTone = TONE_OF_MARK.get(char);
      if (markTone !== undefined) {
        if (tone === 0) tone = markTone;
      } else if (MODIFIERS.has(char) && base !== '' && modifier === '') {
        modifier = char;
      }
    } else if (WORD_SEPARATOR.test(char)) {
      flushWord();
    } else if (LETTER.test(char) || DIGIT.test(char)) {
      flushLetter();
      base = char;
    } else {
      flushLetter(); // punctuation inside a word is ignored
    }
  }
  flushWord();
  return key;
}

function codeUnitCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Vietnamese alphabetical comparison of two plain strings (for Array.prototype.sort). */
export function vietnameseCompare(a: string, b: string): number {
  return (
    codeUnitCompare(vietnameseStringKey(a), vietnameseStringKey(b)) ||
    codeUnitCompare(a.normalize('NFC'), b.normalize('NFC'))
  );
}

export interface VietnameseNameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Family name = first word, given name = last word, middle = the words between. A single
 * word is taken as the given name.
 */
export function splitVietnameseName(fullName: string): VietnameseNameParts {
  const words = fullName.normalize('NFC').trim().split(WHITESPACE_RUN).filter((w) => w.length > 0);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return { family: words[0], middle: words.slice(1, -1).join(' '), given: words[words.length - 1] };
}

/**
 * Sort key of a person's name: given name, then middle, then family name. Plain ASCII,
 * stable across releases that keep this order; store it in a column and ORDER BY it
 * with COLLATE "C".
 */
export function vietnameseSortKey(fullName: string): string {
  const { family, middle, given } = splitVietnameseName(fullName);
  return [given, middle, family].map(vietnameseStringKey).join(FIELD_SEPARATOR);
}

/** Compares two people's full names the way Vietnamese lists are sorted (given name first). */
export function vietnameseNameCompare(a: string, b: string): number {
  return codeUnitCompare(vietnameseSortKey(a), vietnameseSortKey(b)) || vietnameseCompare(a, b);
}
