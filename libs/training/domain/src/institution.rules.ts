import { Problems } from '@pdv/errors';

/** Institution codes are short, typed by people and printed in certificate numbers: upper-case letters, digits, dots and hyphens. */
export const INSTITUTION_CODE = /^[A-Z0-9][A-Z0-9.-]*$/;

/**
 * An institution that runs courses (the area's political centre, now part of the city's
 * political school: data, not an enum). The code is kept upper-case, so `ttct-q1` and
 * `TTCT-Q1` are one code; a malformed code is BAD_USER_INPUT naming `input.code`.
 */
export function planInstitution(input: { institutionId: string; code: string; name: string }): { institutionId: string; code: string; name: string } {
  const code = input.code.trim().toUpperCase();
  const problems = new Problems();
  if (!INSTITUTION_CODE.test(code)) problems.add('input.code', 'must be letters, digits, dots and hyphens, starting with a letter or digit');
  problems.throwIfAny();
  return { ...input, code, name: input.name.trim() };
}
