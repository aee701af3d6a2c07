import { problemsOf } from '@pdv/testing';
import { MAX_RELEASE_REASON, parseAssignMentor, parseReleaseMentor } from './mentor.parse';

const CANDIDATE = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';
const MEMBER = '1c7e4b63-7d2f-4d5a-8b8f-3a2e6c9d0f12';

describe('mentor input parsing', () => {
  it('passes the ids of an assignment through (the ID scalar checked them)', () => {
    expect(parseAssignMentor({ candidateId: CANDIDATE, memberId: MEMBER })).toEqual({ candidateId: CANDIDATE, memberId: MEMBER });
  });

  it.each([
    { reason: ' Chuyển công tác ', problems: [] },
    { reason: '  ', problems: ['input.reason: must not be empty'] },
    { reason: 'x'.repeat(MAX_RELEASE_REASON + 1), problems: [`input.reason: must be at most ${MAX_RELEASE_REASON} characters`] },
  ])('release reason of $reason.length characters', ({ reason, problems }) => {
    const run = () => parseReleaseMentor({ candidateId: CANDIDATE, memberId: MEMBER, reason });
    expect(problemsOf(run)).toEqual(problems);
    if (problems.length === 0) expect(run()).toEqual({ candidateId: CANDIDATE, memberId: MEMBER, reason: 'Chuyển công tác' });
  });
});
