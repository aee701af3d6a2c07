import { memberRecord, TODAY } from './organisation.fixtures';
import { countMembersOn, placementOn, placementPeriods, statusOn } from './member-count.query';
import type { MemberMovement, MemberWithPeriods, PartyMemberRecord } from './party-member.types';

let sequence = 0;
const movement = (memberId: string, kind: MemberMovement['kind'], effectiveDate: string, toOrganisationId: string | null = null): MemberMovement => ({
  movementId: `mv-${(sequence += 1)}`,
  memberId,
  kind,
  effectiveDate,
  toOrganisationId,
});

describe('statusOn', () => {
  const probationer = memberRecord({ status: 'PROBATIONARY', ceremonyDate: '2025-03-26', admissionDecisionDate: '2025-03-10', officialDate: null });
  const recognised = memberRecord({ status: 'OFFICIAL', ceremonyDate: '2025-03-26', admissionDecisionDate: '2025-03-10', officialDate: '2026-03-26' });
  const unknownDates = memberRecord({ status: 'OFFICIAL', ceremonyDate: null, admissionDecisionDate: null, officialDate: null, registeredOn: '2025-07-01' });

  it.each<[string, PartyMemberRecord, string, string | null]>([
    ['a probationer before the ceremony', probationer, '2025-03-25', null],
    ['a probationer on the ceremony day', probationer, '2025-03-26', 'PROBATIONARY'],
    ['a probationer past 12 months, not yet recognised', probationer, '2026-04-01', 'PROBATIONARY'],
    ['a recognised member on the last day of probation', recognised, '2026-03-25', 'PROBATIONARY'],
    ['a recognised member on the official date', recognised, '2026-03-26', 'OFFICIAL'],
    ['an existing member with unknown dates, before registration', unknownDates, '2025-06-30', null],
    ['an existing member with unknown dates, from registration', unknownDates, '2025-07-01', 'OFFICIAL'],
    ['a long-standing member', memberRecord(), '2000-01-01', null],
    ['a long-standing member', memberRecord(), '2012-01-01', 'OFFICIAL'],
  ])('%s, on %s → %s', (_case, member, date, expected) => {
    expect(statusOn(member, date)).toBe(expected);
  });
});

describe('placementPeriods', () => {
  const member = memberRecord({ memberId: 'm-1', organisationId: 'res-1', ceremonyDate: null, admissionDecisionDate: null, officialDate: null, registeredOn: '2025-07-01' });

  it.each<[string, MemberMovement[], unknown[]]>([
    ['no movement: one open period from the start', [], [{ organisationId: 'res-1', from: '2025-07-01', to: null, away: false, exempt: false }]],
    [
      'a temporary transfer and return',
      [movement('m-1', 'TEMPORARY_TRANSFER_OUT', '2025-08-01'), movement('m-1', 'TEMPORARY_TRANSFER_RETURN', '2025-09-01')],
      [
        { organisationId: 'res-1', from: '2025-07-01', to: '2025-08-01', away: false, exempt: false },
        { organisationId: 'res-1', from: '2025-08-01', to: '2025-09-01', away: true, exempt: false },
        { organisationId: 'res-1', from: '2025-09-01', to: null, away: false, exempt: false },
      ],
    ],
    [
      'an exemption, then an internal transfer',
      [movement('m-1', 'ACTIVITY_EXEMPTION_START', '2025-07-15'), movement('m-1', 'INTERNAL_TRANSFER', '2025-08-10', 'res-2')],
      [
        { organisationId: 'res-1', from: '2025-07-01', to: '2025-07-15', away: false, exempt: false },
        { organisationId: 'res-1', from: '2025-07-15', to: '2025-08-10', away: false, exempt: true },
        { organisationId: 'res-2', from: '2025-08-10', to: null, away: false, exempt: true },
      ],
    ],
    [
      'a transfer out and back in',
      [movement('m-1', 'TRANSFER_OUT', '2025-08-01'), movement('m-1', 'TRANSFER_IN', '2025-09-01', 'res-2')],
      [
        { organisationId: 'res-1', from: '2025-07-01', to: '2025-08-01', away: false, exempt: false },
        { organisationId: 'res-2', from: '2025-09-01', to: null, away: false, exempt: false },
      ],
    ],
    ['a death on the first day leaves nothing', [movement('m-1', 'DEATH', '2025-07-01')], []],
    [
      'two movements on one day leave no empty period',
      [movement('m-1', 'TEMPORARY_TRANSFER_OUT', '2025-08-01'), movement('m-1', 'TRANSFER_OUT', '2025-08-01')],
      [{ organisationId: 'res-1', from: '2025-07-01', to: '2025-08-01', away: false, exempt: false }],
    ],
    ['another member’s movements are ignored', [movement('m-9', 'DEATH', '2025-08-01')], [{ organisationId: 'res-1', from: '2025-07-01', to: null, away: false, exempt: false }]],
  ])('%s', (_case, movements, expected) => {
    expect(placementPeriods(member, movements)).toEqual(expected);
  });

  it('finds the period of a day', () => {
    const periods = placementPeriods(member, [movement('m-1', 'TRANSFER_OUT', '2025-08-01')]);
    expect(placementOn(periods, '2025-07-31')?.organisationId).toBe('res-1');
    expect(placementOn(periods, '2025-08-01')).toBeUndefined();
  });
});

describe('countMembersOn (the reference the service’s SQL must agree with)', () => {
  // Cell res-1: A official, B official away from 08-01, C probationary until 2026-03-26 (its record as it stands once recognised),
  // D official who dies on 2025-08-15, E official who moves to res-2 on 2025-09-01, F a newly admitted member from 2025-09-10,
  // G an official member who arrived from another ward on 2025-08-20.
  const base = { organisationId: 'res-1', registeredOn: '2025-07-01' };
  const records: Record<string, PartyMemberRecord> = {
    A: memberRecord({ ...base, memberId: 'A' }),
    B: memberRecord({ ...base, memberId: 'B' }),
    C: memberRecord({ ...base, memberId: 'C', status: 'OFFICIAL', admissionDecisionDate: '2025-03-10', ceremonyDate: '2025-03-26', officialDate: '2026-03-26' }),
    D: memberRecord({ ...base, memberId: 'D' }),
    E: memberRecord({ ...base, memberId: 'E' }),
    G: memberRecord({ ...base, memberId: 'G', registeredOn: '2025-08-20' }),
    F: memberRecord({ ...base, memberId: 'F', status: 'PROBATIONARY', admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-10', officialDate: null, registeredOn: '2025-09-10' }),
  };
  const movements = [
    movement('B', 'TEMPORARY_TRANSFER_OUT', '2025-08-01'),
    movement('D', 'DEATH', '2025-08-15'),
    movement('E', 'INTERNAL_TRANSFER', '2025-09-01', 'res-2'),
  ];
  const members: MemberWithPeriods[] = Object.values(records).map((member) => ({ member, periods: placementPeriods(member, movements) }));

  it.each([
    ['res-1', '2025-07-15', { official: 4, probationary: 1, total: 5, officialVoteBase: 4 }],
    ['res-1', '2025-08-01', { official: 4, probationary: 1, total: 5, officialVoteBase: 3 }], // B away: out of the vote base
    ['res-1', '2025-08-15', { official: 3, probationary: 1, total: 4, officialVoteBase: 2 }], // D died
    ['res-1', '2025-08-20', { official: 4, probationary: 1, total: 5, officialVoteBase: 3 }], // G arrived
    ['res-1', '2025-09-01', { official: 3, probationary: 1, total: 4, officialVoteBase: 2 }], // E moved
    ['res-1', TODAY, { official: 3, probationary: 2, total: 5, officialVoteBase: 2 }], // F admitted
    ['res-1', '2026-03-26', { official: 4, probationary: 1, total: 5, officialVoteBase: 3 }], // C official
    ['res-2', TODAY, { official: 1, probationary: 0, total: 1, officialVoteBase: 1 }],
    ['both', TODAY, { official: 4, probationary: 2, total: 6, officialVoteBase: 3 }],
    ['res-1', '2025-06-30', { official: 0, probationary: 0, total: 0, officialVoteBase: 0 }], // before registration
  ])('%s on %s', (which, date, expected) => {
    const ids = which === 'both' ? ['res-1', 'res-2'] : [which];
    expect(countMembersOn(members, ids, date)).toEqual(expected);
  });
});
