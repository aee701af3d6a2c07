import { officialStanding } from './admission.fixtures';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';
import { type Introduction, introducerAcquaintanceOutcome, introductionRecordingOutcome, introducersOutcome, introducerStandingOutcome, introductionOutcomes, type MemberStanding, unionResolutionOutcome } from './introducer.rules';

const MEETING = '2026-07-15';
type MemberIntroduction = Extract<Introduction, { kind: 'MEMBER' }>;
const byMember = (values: Partial<MemberIntroduction> = {}): MemberIntroduction => ({
  kind: 'MEMBER',
  introductionId: `i-${values.memberId ?? 'm-1'}`,
  memberId: 'm-1',
  standing: officialStanding({ memberId: values.memberId ?? 'm-1' }),
  togetherFrom: '2024-01-01',
  togetherUntil: null,
  replacementNamedByCell: false,
  ...values,
});

describe('ADMISSION.INTRODUCER_STANDING on the meeting date', () => {
  it.each<[string, MemberStanding | null, string]>([
    ['an official member', officialStanding(), 'MET'],
    ['a probationary member', officialStanding({ status: 'PROBATIONARY' }), 'NOT_MET'],
    ['a member who left', officialStanding({ onRoll: false, cellId: null }), 'NOT_MET'],
    ['a member on temporary transfer elsewhere', officialStanding({ temporarilyAway: true }), 'NOT_MET'],
    ['an official member of another cell (same unit of work)', officialStanding({ cellId: 'cell-2' }), 'MET'],
    ['not in the organisation records', null, 'NOT_YET_KNOWN'],
  ])('%s → %s', (_case, memberStanding, expected) => {
    expect(introducerStandingOutcome(byMember({ standing: memberStanding }), MEETING).status).toBe(expected);
  });
});

describe('ADMISSION.INTRODUCER_ACQUAINTANCE: 12 full months by the meeting date', () => {
  it.each<[string, Partial<MemberIntroduction>, string, string]>([
    ['12 months to the day', { togetherFrom: '2025-07-15' }, MEETING, 'MET'],
    ['one day short', { togetherFrom: '2025-07-16' }, MEETING, 'NOT_MET'],
    ['from 31 January, on the next 31 January', { togetherFrom: '2025-01-31' }, '2026-01-31', 'MET'],
    ['from 31 January, on 30 January', { togetherFrom: '2025-01-31' }, '2026-01-30', 'NOT_MET'],
    ['from 29 February, on 28 February of the next year', { togetherFrom: '2024-02-29' }, '2025-02-28', 'NOT_MET'],
    ['from 29 February, on 1 March of the next year', { togetherFrom: '2024-02-29' }, '2025-03-01', 'MET'],
    ['from 30 June, on 30 June', { togetherFrom: '2025-06-30' }, '2026-06-30', 'MET'],
    ['a period that ended after 12 months', { togetherFrom: '2020-01-01', togetherUntil: '2021-01-01' }, MEETING, 'MET'],
    ['a period that ended after 11 months', { togetherFrom: '2020-01-01', togetherUntil: '2020-12-31' }, MEETING, 'NOT_MET'],
    ['a replacement named by the cell, 2 months', { togetherFrom: '2026-05-15', replacementNamedByCell: true }, MEETING, 'MET'],
    ['not declared', { togetherFrom: null }, MEETING, 'NOT_YET_KNOWN'],
  ])('%s → %s', (_case, values, meetingDate, expected) => {
    expect(introducerAcquaintanceOutcome(byMember(values), meetingDate).status).toBe(expected);
  });

  it('says from which day the 12 months are reached, and not for a period that ended short', () => {
    expect(introducerAcquaintanceOutcome(byMember({ togetherFrom: '2025-07-16' }), MEETING)).toMatchObject({ facts: { months: 11, reachedOn: '2026-07-16' }, nextStep: { en: 'Hold the meeting on or after 2026-07-16, or choose another introducer.' } });
    expect(introducerAcquaintanceOutcome(byMember({ togetherFrom: '2020-01-01', togetherUntil: '2020-12-31' }), MEETING).facts.reachedOn).toBeNull();
  });
});

describe('ADMISSION.UNION_RESOLUTION', () => {
  const youth = { kind: 'YOUTH_UNION_RESOLUTION' as const, introductionId: 'r-1', resolutionDate: '2026-07-01' };
  it.each<[string, typeof youth | { kind: 'TRADE_UNION_RESOLUTION'; introductionId: string; resolutionDate: string }, string | null, string]>([
    ['Youth Union, candidate 30 on the meeting date', youth, '1996-01-01', 'MET'],
    ['Youth Union, candidate 31 on the meeting date', youth, '1995-07-15', 'NOT_MET'],
    ['Youth Union, candidate one day short of 31', youth, '1995-07-16', 'MET'],
    ['Youth Union, no date of birth', youth, null, 'NOT_YET_KNOWN'],
    ['Youth Union, resolution dated after the meeting', { ...youth, resolutionDate: '2026-07-16' }, '2000-01-01', 'NOT_MET'],
    ['trade union, any age', { kind: 'TRADE_UNION_RESOLUTION', introductionId: 'r-2', resolutionDate: '2026-07-01' }, '1970-01-01', 'MET'],
  ])('%s → %s', (_case, introduction, dateOfBirth, expected) => {
    expect(unionResolutionOutcome(introduction, { meetingDate: MEETING, dateOfBirth, policy: DEFAULT_ADMISSION_POLICY }).status).toBe(expected);
  });
});

describe('ADMISSION.INTRODUCERS', () => {
  const resolution = (kind: 'YOUTH_UNION_RESOLUTION' | 'TRADE_UNION_RESOLUTION'): Introduction => ({ kind, introductionId: `r-${kind}`, resolutionDate: '2026-07-01' });
  it.each<[string, Introduction[], string]>([
    ['two members', [byMember({ memberId: 'm-1' }), byMember({ memberId: 'm-2' })], 'MET'],
    ['one member', [byMember()], 'NOT_MET'],
    ['the same member twice', [byMember({ memberId: 'm-1' }), byMember({ memberId: 'm-1', introductionId: 'i-again' })], 'NOT_MET'],
    ['Youth Union resolution and one member', [resolution('YOUTH_UNION_RESOLUTION'), byMember()], 'MET'],
    ['trade-union resolution and one member', [resolution('TRADE_UNION_RESOLUTION'), byMember()], 'MET'],
    ['two resolutions, no member', [resolution('YOUTH_UNION_RESOLUTION'), resolution('TRADE_UNION_RESOLUTION')], 'NOT_MET'],
    ['nobody', [], 'NOT_MET'],
  ])('%s → %s', (_case, introductions, expected) => {
    expect(introducersOutcome(introductions).status).toBe(expected);
  });

  it('lists who introduces, then each introducer’s standing and acquaintance, in order', () => {
    const outcomes = introductionOutcomes({
      introductions: [byMember({ memberId: 'm-1' }), byMember({ memberId: 'm-2', standing: officialStanding({ memberId: 'm-2', status: 'PROBATIONARY' }) })],
      meetingDate: MEETING,
      dateOfBirth: '2000-01-01',
      policy: DEFAULT_ADMISSION_POLICY,
    });
    expect(outcomes.map((outcome) => [outcome.rule, outcome.status, outcome.facts.memberId ?? null])).toEqual([
      ['ADMISSION.INTRODUCERS', 'MET', null],
      ['ADMISSION.INTRODUCER_STANDING', 'MET', 'm-1'],
      ['ADMISSION.INTRODUCER_ACQUAINTANCE', 'MET', 'm-1'],
      ['ADMISSION.INTRODUCER_STANDING', 'NOT_MET', 'm-2'],
      ['ADMISSION.INTRODUCER_ACQUAINTANCE', 'MET', 'm-2'],
    ]);
  });
});

describe('recording an introduction today', () => {
  it.each<[string, Introduction, string]>([
    ['an official member', byMember(), 'MET'],
    ['a probationary member is refused at once', byMember({ standing: officialStanding({ status: 'PROBATIONARY' }) }), 'NOT_MET'],
    ['a member on temporary transfer', byMember({ standing: officialStanding({ temporarilyAway: true }) }), 'NOT_MET'],
    ['a member who has known the applicant 2 months: for the meeting date to tell', byMember({ togetherFrom: '2026-05-15' }), 'MET'],
    ['a resolution of today', { kind: 'TRADE_UNION_RESOLUTION', introductionId: 'r-1', resolutionDate: MEETING }, 'MET'],
    ['a resolution dated tomorrow', { kind: 'YOUTH_UNION_RESOLUTION', introductionId: 'r-1', resolutionDate: '2026-07-16' }, 'NOT_MET'],
  ])('%s → %s', (_case, introduction, expected) => {
    expect(introductionRecordingOutcome(introduction, MEETING)).toMatchObject({ status: expected });
  });
});
