import { problemsOf } from '@pdv/testing';
import { parseDeclineReferral } from './referral.parse';

const REFERRAL = '0b6d3a52-6c1e-4c4f-9a7e-2f1d5b8c9e01';
const POLICY = { maxReasonLength: 10 };

describe('parseDeclineReferral', () => {
  it.each([
    { note: undefined, expected: '' },
    { note: null, expected: '' },
    { note: ' trùng ', expected: 'trùng' },
  ])('note $note → "$expected"', ({ note, expected }) => {
    expect(parseDeclineReferral({ referralId: REFERRAL, reason: 'OTHER', note }, POLICY)).toEqual({ referralId: REFERRAL, reason: 'OTHER', note: expected });
  });

  it('bounds the note by the policy', () => {
    expect(problemsOf(() => parseDeclineReferral({ referralId: REFERRAL, reason: 'DUPLICATE', note: 'x'.repeat(11) }, POLICY))).toEqual([
      'input.note: must be at most 10 characters',
    ]);
  });
});
