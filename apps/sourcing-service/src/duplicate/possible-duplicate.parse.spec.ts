import { problemsOf } from '@pdv/testing';
import { MAX_DUPLICATE_NOTE, parseDismissPossibleDuplicate, parseLinkPossibleDuplicate } from './possible-duplicate.parse';

const PAIR = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';
const KEEP = '1c7e4b63-7d2f-4d5a-8b8f-3a2e6c9d0f12';

describe('parseLinkPossibleDuplicate', () => {
  it.each([
    { note: ' Đã xem CCCD ', problems: [], expected: 'Đã xem CCCD' },
    { note: ' ', problems: ['input.note: must not be empty'], expected: null },
    { note: 'x'.repeat(MAX_DUPLICATE_NOTE + 1), problems: [`input.note: must be at most ${MAX_DUPLICATE_NOTE} characters`], expected: null },
  ])('note of $note.length characters', ({ note, problems, expected }) => {
    const run = () => parseLinkPossibleDuplicate({ possibleDuplicateId: PAIR, keepCandidateId: KEEP, note });
    expect(problemsOf(run)).toEqual(problems);
    if (expected !== null) expect(run()).toEqual({ possibleDuplicateId: PAIR, keepCandidateId: KEEP, note: expected });
  });
});

describe('parseDismissPossibleDuplicate', () => {
  it.each([
    { note: undefined, expected: null },
    { note: '  ', expected: null },
    { note: ' khác người ', expected: 'khác người' },
  ])('note $note → $expected', ({ note, expected }) => {
    expect(parseDismissPossibleDuplicate({ possibleDuplicateId: PAIR, note })).toEqual({ possibleDuplicateId: PAIR, note: expected });
  });

  it('bounds the note', () => {
    expect(problemsOf(() => parseDismissPossibleDuplicate({ possibleDuplicateId: PAIR, note: 'x'.repeat(MAX_DUPLICATE_NOTE + 1) }))).toEqual([
      `input.note: must be at most ${MAX_DUPLICATE_NOTE} characters`,
    ]);
  });
});
