import { isAppError } from '@pdv/errors';
import { parseRecordDossierDocument } from './dossier.parse';

const input = { dossierId: '00000000-0000-4000-8000-000000000001', kind: 'APPLICATION_LETTER' as const, date: '2026-07-01' };

describe('parseRecordDossierDocument', () => {
  it.each<[string, string | null | undefined, string | null | 'BAD_USER_INPUT']>([
    ['no file reference', undefined, null],
    ['a blank one', '   ', null],
    ['a reference, trimmed', '  HS/2026/014.pdf ', 'HS/2026/014.pdf'],
    ['200 characters', 'x'.repeat(200), 'x'.repeat(200)],
    ['201 characters', 'x'.repeat(201), 'BAD_USER_INPUT'],
  ])('%s', (_case, fileReference, expected) => {
    try {
      expect(parseRecordDossierDocument({ ...input, fileReference }).fileReference).toBe(expected);
    } catch (error) {
      expect(isAppError(error) && error.problems?.map((problem) => problem.field)).toEqual(['input.fileReference']);
      expect(expected).toBe('BAD_USER_INPUT');
    }
  });
});
