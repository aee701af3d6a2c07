import { problemsOf } from '@pdv/testing';
import { MAX_ASSESSMENT_LENGTH, parseCandidateFilter, parseReassignCandidateCell, parseRecordCandidateReview, parseWithdrawCandidate } from './candidate.parse';

const CANDIDATE = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';
const CELL = '1c7e4b63-7d2f-4d5a-8b8f-3a2e6c9d0f12';
const POLICY = { maxReasonLength: 10 };
const DECOMPOSED = 'Nguye\u0302\u0303n';

describe('parseWithdrawCandidate', () => {
  it.each([
    { note: undefined, expected: '' },
    { note: null, expected: '' },
    { note: '  ', expected: '' },
    { note: ` ${DECOMPOSED} `, expected: 'Nguyễn' },
  ])('note $note → "$expected"', ({ note, expected }) => {
    expect(parseWithdrawCandidate({ candidateId: CANDIDATE, reason: 'OTHER', note }, POLICY)).toEqual({ candidateId: CANDIDATE, reason: 'OTHER', note: expected });
  });

  it('bounds the note by the policy', () => {
    expect(problemsOf(() => parseWithdrawCandidate({ candidateId: CANDIDATE, reason: 'MOVED_AWAY', note: 'x'.repeat(11) }, POLICY))).toEqual([
      'input.note: must be at most 10 characters',
    ]);
  });
});

describe('parseReassignCandidateCell', () => {
  it.each([
    { reason: ' Tách chi ', problems: [] },
    { reason: '   ', problems: ['input.reason: must not be empty'] },
    { reason: 'x'.repeat(11), problems: ['input.reason: must be at most 10 characters'] },
  ])('reason "$reason"', ({ reason, problems }) => {
    const run = () => parseReassignCandidateCell({ candidateId: CANDIDATE, cellId: CELL, reason }, POLICY);
    expect(problemsOf(run)).toEqual(problems);
    if (problems.length === 0) expect(run()).toEqual({ candidateId: CANDIDATE, cellId: CELL, reason: 'Tách chi' });
  });
});

describe('parseRecordCandidateReview', () => {
  it.each([
    { reviewedOn: '2026-03-01', assessment: ' Tốt ', problems: [] },
    { reviewedOn: '2026-02-30', assessment: ' ', problems: ['input.assessment: must not be empty', 'input.reviewedOn: is not a real date in YYYY-MM-DD form'] },
    { reviewedOn: '2026-03-01', assessment: 'x'.repeat(MAX_ASSESSMENT_LENGTH + 1), problems: [`input.assessment: must be at most ${MAX_ASSESSMENT_LENGTH} characters`] },
  ])('$reviewedOn, assessment of $assessment.length characters', ({ reviewedOn, assessment, problems }) => {
    const run = () => parseRecordCandidateReview({ candidateId: CANDIDATE, reviewedOn, assessment });
    expect(problemsOf(run)).toEqual(problems);
    if (problems.length === 0) expect(run()).toEqual({ candidateId: CANDIDATE, reviewedOn, assessment: 'Tốt' });
  });
});

describe('parseCandidateFilter', () => {
  it.each([
    { filter: undefined, problems: [] },
    { filter: { search: 'Hoa', year: 2026 }, problems: [] },
    { filter: { year: 20261 }, problems: ['filter.year: must be a year between 1900 and 2200'] },
  ])('$filter', ({ filter, problems }) => {
    expect(problemsOf(() => parseCandidateFilter(filter))).toEqual(problems);
  });

  it('keeps the given fields', () => {
    expect(parseCandidateFilter({ search: 'Hoa', needsCellReassignment: true })).toEqual({ search: 'Hoa', needsCellReassignment: true, year: undefined });
  });
});
