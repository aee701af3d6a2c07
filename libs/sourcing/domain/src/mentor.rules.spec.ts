import { AppError } from '@pdv/errors';
import { checkMentorAssignment, type MentorCandidateView, type MentorMemberView } from './index';

const NOW = new Date('2026-03-15T18:30:00Z'); // 01:30 on 16 March in Hanoi
const CELL = 'cell-a';

const candidate: MentorCandidateView = { candidateId: 'cand-1', status: 'IN_SOURCE_POOL', cellId: CELL, activeMentorIds: ['m-9'] };
const member: MentorMemberView = {
  memberId: 'm-1',
  organisationId: CELL,
  status: 'OFFICIAL',
  active: true,
  temporarilyAway: false,
  activityExempt: false,
  activeMenteeCount: 2,
};

function ruleOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof AppError && error.code === 'RULE_VIOLATION') return error.rule;
    throw error;
  }
  return undefined;
}

describe('checkMentorAssignment', () => {
  it('returns the assignment, dated in Hanoi', () => {
    expect(checkMentorAssignment({ candidate, member, now: NOW })).toEqual({
      candidateId: 'cand-1',
      memberId: 'm-1',
      cellId: CELL,
      assignedOn: '2026-03-16',
    });
  });

  it.each<[string, Partial<MentorCandidateView>, Partial<MentorMemberView>, string | undefined]>([
    ['a pool candidate and an official member of the cell', {}, {}, undefined],
    ['a candidate in training', { status: 'IN_TRAINING' }, {}, undefined],
    ['a trained candidate', { status: 'TRAINED' }, {}, undefined],
    ['a candidate in admission', { status: 'IN_ADMISSION' }, {}, undefined],
    ['a referred candidate', { status: 'REFERRED' }, {}, 'SOURCING.MENTOR_CANDIDATE_STATUS'],
    ['a declined candidate', { status: 'DECLINED' }, {}, 'SOURCING.MENTOR_CANDIDATE_STATUS'],
    ['an admitted candidate', { status: 'ADMITTED' }, {}, 'SOURCING.MENTOR_CANDIDATE_STATUS'],
    ['a withdrawn candidate', { status: 'WITHDRAWN' }, {}, 'SOURCING.MENTOR_CANDIDATE_STATUS'],
    ['a member who left', {}, { active: false }, 'SOURCING.MENTOR_MUST_BE_ACTIVE'],
    ['a probationary member', {}, { status: 'PROBATIONARY' }, 'SOURCING.MENTOR_MUST_BE_OFFICIAL'],
    ['a member on temporary transfer', {}, { temporarilyAway: true }, 'SOURCING.MENTOR_AVAILABLE'],
    ['a member exempt from activities', {}, { activityExempt: true }, 'SOURCING.MENTOR_AVAILABLE'],
    ['a member of another cell', {}, { organisationId: 'cell-b' }, 'SOURCING.MENTOR_IN_SAME_CELL'],
    ['a member with no cell', {}, { organisationId: null }, 'SOURCING.MENTOR_IN_SAME_CELL'],
    ['a member already mentoring this candidate', { activeMentorIds: ['m-9', 'm-1'] }, {}, 'SOURCING.MENTOR_ALREADY_ASSIGNED'],
    ['a member at the limit of 3', {}, { activeMenteeCount: 3 }, 'SOURCING.MENTOR_LOAD'],
    ['a member over the limit', {}, { activeMenteeCount: 5 }, 'SOURCING.MENTOR_LOAD'],
  ])('%s → %s', (_case, candidateChanges, memberChanges, rule) => {
    expect(
      ruleOf(() => checkMentorAssignment({ candidate: { ...candidate, ...candidateChanges }, member: { ...member, ...memberChanges }, now: NOW })),
    ).toBe(rule);
  });

  it.each([
    [1, 0, undefined],
    [1, 1, 'SOURCING.MENTOR_LOAD'],
    [5, 4, undefined],
    [5, 5, 'SOURCING.MENTOR_LOAD'],
  ])('with a policy limit of %i, a member mentoring %i → %s', (limit, count, rule) => {
    const call = () =>
      checkMentorAssignment({ candidate, member: { ...member, activeMenteeCount: count }, now: NOW, policy: { maxCandidatesPerMentor: limit } });
    expect(ruleOf(call)).toBe(rule);
  });

  it('reports the load in numbers only', () => {
    expect(() => checkMentorAssignment({ candidate, member: { ...member, activeMenteeCount: 3 }, now: NOW })).toThrow(
      /already mentors 3; the limit is 3/,
    );
  });
});
