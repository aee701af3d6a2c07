import { problemFields } from './admission.fixtures';
import { cellMinimumOutcome, cellVoteOutcome, countCellVote, grassrootsResolutionOutcome, type RollEntry, votesRequired } from './vote.rules';

const MEETING = '2026-07-15';
const roll = (present: number, absent: number, away: { attended: number; absent: number } = { attended: 0, absent: 0 }): RollEntry[] => {
  const entries: RollEntry[] = [];
  const add = (count: number, temporarilyAway: boolean, attended: boolean) => {
    for (let i = 0; i < count; i += 1) entries.push({ memberId: `m-${entries.length + 1}`, temporarilyAway, attended });
  };
  add(present, false, true);
  add(absent, false, false);
  add(away.attended, true, true);
  add(away.absent, true, false);
  return entries;
};

describe('two thirds in exact fractions', () => {
  it.each([
    [0, 0],
    [3, 2],
    [4, 3], // 2/3 of 4 is 2.67
    [5, 4], // 3.33
    [6, 4], // exactly 4
    [7, 5],
    [9, 6],
    [10, 7],
    [30, 20],
    [31, 21],
  ])('of %i, %i votes are needed', (base, required) => {
    expect(votesRequired(base)).toBe(required);
  });
});

describe('ADMISSION.VOTE_TWO_THIRDS: of all official members, not of those present', () => {
  it.each<[string, RollEntry[], number, { base: number; present: number; required: number; passed: boolean }]>([
    ['a cell of exactly three, 2 in favour', roll(3, 0), 2, { base: 3, present: 3, required: 2, passed: true }],
    ['a cell of exactly three, 1 in favour', roll(2, 1), 1, { base: 3, present: 2, required: 2, passed: false }],
    ['9 members, 6 present all in favour: 6 of 9 passes', roll(6, 3), 6, { base: 9, present: 6, required: 6, passed: true }],
    ['9 members, 5 present all in favour: not 2/3 of 9', roll(5, 4), 5, { base: 9, present: 5, required: 6, passed: false }],
    ['10 members, 2 away absent: base 8, 6 pass', roll(7, 1, { attended: 0, absent: 2 }), 6, { base: 8, present: 7, required: 6, passed: true }],
    ['10 members, 2 away absent, 5 in favour', roll(7, 1, { attended: 0, absent: 2 }), 5, { base: 8, present: 7, required: 6, passed: false }],
    ['9 members, 1 away who attended is counted: base 9', roll(5, 3, { attended: 1, absent: 0 }), 6, { base: 9, present: 6, required: 6, passed: true }],
  ])('%s', (_case, members, inFavour, expected) => {
    expect(countCellVote({ meetingDate: MEETING, roll: members, overrides: [], inFavour })).toMatchObject(expected);
  });

  it('applies a recorded override of the base', () => {
    const members = roll(4, 0, { attended: 0, absent: 2 });
    expect(countCellVote({ meetingDate: MEETING, roll: members, overrides: [], inFavour: 3 })).toMatchObject({ base: 4, passed: true });
    const awayId = members[4].memberId;
    expect(countCellVote({ meetingDate: MEETING, roll: members, overrides: [{ memberId: awayId, counted: true, reason: 'Tạm vắng ngắn ngày, vẫn sinh hoạt' }], inFavour: 3 })).toMatchObject({
      base: 5,
      required: 4,
      passed: false,
    });
  });

  it.each<[string, Parameters<typeof countCellVote>[0], string[]]>([
    ['more in favour than present', { meetingDate: MEETING, roll: roll(3, 1), overrides: [], inFavour: 4 }, ['input.inFavour']],
    ['a negative count', { meetingDate: MEETING, roll: roll(3, 0), overrides: [], inFavour: -1 }, ['input.inFavour']],
    ['an override of someone not on the roll, without reason', { meetingDate: MEETING, roll: roll(3, 0), overrides: [{ memberId: 'stranger', counted: true, reason: ' ' }], inFavour: 2 }, ['input.baseOverrides[0].memberId', 'input.baseOverrides[0].reason']],
    ['a member overridden twice', { meetingDate: MEETING, roll: roll(3, 0), overrides: [{ memberId: 'm-1', counted: false, reason: 'a' }, { memberId: 'm-1', counted: true, reason: 'b' }], inFavour: 2 }, ['input.baseOverrides[1].memberId']],
  ])('%s is BAD_USER_INPUT naming every field', (_case, tally, fields) => {
    expect(problemFields(() => countCellVote(tally))).toEqual(fields);
  });

  it('reads the count to the secretary', () => {
    const outcome = cellVoteOutcome(countCellVote({ meetingDate: MEETING, roll: roll(5, 4), overrides: [], inFavour: 5 }), 'ADMISSION.VOTE_TWO_THIRDS');
    expect(outcome).toMatchObject({ status: 'NOT_MET', facts: { base: 9, present: 5, inFavour: 5, required: 6 } });
    expect(outcome.finding.vi).toBe('5 tán thành trên tổng số 9 đảng viên chính thức (5 có mặt); cần 6.');
  });
});

describe('ADMISSION.CELL_MINIMUM', () => {
  it.each([
    [2, 'NOT_MET'],
    [3, 'MET'],
    [12, 'MET'],
  ])('%i official members → %s', (members, expected) => {
    expect(cellMinimumOutcome(members, MEETING).status).toBe(expected);
  });
});

describe('ADMISSION.GRASSROOTS_TWO_THIRDS: of the committee’s members', () => {
  it.each([
    [9, 6, 'MET'],
    [9, 5, 'NOT_MET'],
    [7, 5, 'MET'],
    [7, 4, 'NOT_MET'],
  ])('%i members, %i in favour → %s', (committeeMembers, inFavour, expected) => {
    expect(grassrootsResolutionOutcome({ committeeMembers, inFavour }).status).toBe(expected);
  });

  it('refuses an impossible count naming the field', () => {
    expect(problemFields(() => grassrootsResolutionOutcome({ committeeMembers: 5, inFavour: 6 }))).toEqual(['input.inFavour']);
    expect(problemFields(() => grassrootsResolutionOutcome({ committeeMembers: 0, inFavour: 0 }))).toEqual(['input.committeeMembers']);
  });
});
