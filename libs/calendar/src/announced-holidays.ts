import { LABOUR_CODE_COMPENSATION, LABOUR_CODE_HOLIDAYS } from './holiday-basis';
import type { HolidayYear } from './working-day-calendar';

const TET_2025 = 'Government Office announcement of 26 November 2024: the Prime Minister approved Tết 2025 as 27–31 January';
const SWAP_2025 = 'Holiday notice for 2025: Friday 2 May off, worked on Saturday 26 April';
const NATIONAL_DAY_2025 = 'Ministry of Home Affairs announcement of August 2025: National Day 2025 on 1 and 2 September';
const NEW_YEAR_2026 = 'Official Dispatch 12729/VPCP-KGVX of 25 December 2025: Friday 2 January off, worked on Saturday 10 January';
const NOTICE_2026 = 'Notice 9441/TB-BNV of 16 October 2025 (Ministry of Home Affairs): Tết 16–20 February; National Day 1–2 September, Monday 31 August off, worked on Saturday 22 August';

/**
 * Days off for state bodies as the government announced them, by year. Each year is complete
 * (every day off and every swapped working day of it), because an announcement moves days the
 * law alone would not: Tết 2025 took two days before the lunar new year instead of one, and
 * swaps give a bridging weekday off in return for a Saturday. Entries the announcements did not
 * touch, or that could not be confirmed, are as the law gives them and cite the law as their
 * basis. A year missing here is derived from the law (`lawDerivedHolidays`): 2027 had no
 * announcement that could be confirmed.
 */
export const ANNOUNCED_HOLIDAYS: Readonly<Record<number, HolidayYear>> = {
  2025: {
    holidays: [
      { date: '2025-01-01', name: "New Year's Day", basis: LABOUR_CODE_HOLIDAYS },
      { date: '2025-01-27', name: 'Tết Nguyên Đán', basis: TET_2025 },
      { date: '2025-01-28', name: 'Tết Nguyên Đán', basis: TET_2025 },
      { date: '2025-01-29', name: 'Tết Nguyên Đán', basis: TET_2025 },
      { date: '2025-01-30', name: 'Tết Nguyên Đán', basis: TET_2025 },
      { date: '2025-01-31', name: 'Tết Nguyên Đán', basis: TET_2025 },
      { date: '2025-04-07', name: "Hùng Kings' Commemoration Day", basis: LABOUR_CODE_HOLIDAYS },
      { date: '2025-04-30', name: 'Reunification Day', basis: LABOUR_CODE_HOLIDAYS },
      { date: '2025-05-01', name: 'International Labour Day', basis: LABOUR_CODE_HOLIDAYS },
      { date: '2025-05-02', name: 'Swapped day off', basis: SWAP_2025 },
      // 31 August 2025 (the 80th anniversary) was a Sunday: off in any case, so not a table entry.
      { date: '2025-09-01', name: 'National Day', basis: NATIONAL_DAY_2025 },
      { date: '2025-09-02', name: 'National Day', basis: NATIONAL_DAY_2025 },
    ],
    swappedWorkingDays: [{ date: '2025-04-26', inPlaceOf: '2025-05-02', basis: SWAP_2025 }],
  },
  2026: {
    holidays: [
      { date: '2026-01-01', name: "New Year's Day", basis: LABOUR_CODE_HOLIDAYS },
      { date: '2026-01-02', name: 'Swapped day off', basis: NEW_YEAR_2026 },
      { date: '2026-02-16', name: 'Tết Nguyên Đán', basis: NOTICE_2026 },
      { date: '2026-02-17', name: 'Tết Nguyên Đán', basis: NOTICE_2026 },
      { date: '2026-02-18', name: 'Tết Nguyên Đán', basis: NOTICE_2026 },
      { date: '2026-02-19', name: 'Tết Nguyên Đán', basis: NOTICE_2026 },
      { date: '2026-02-20', name: 'Tết Nguyên Đán', basis: NOTICE_2026 },
      // 10/3 lunar falls on Sunday 26 April; the Monday after is derived from the law, not from a confirmed notice.
      { date: '2026-04-26', name: "Hùng Kings' Commemoration Day", basis: LABOUR_CODE_HOLIDAYS },
      { date: '2026-04-27', name: "Compensating day off for Hùng Kings' Commemoration Day", basis: LABOUR_CODE_COMPENSATION },
      { date: '2026-04-30', name: 'Reunification Day', basis: LABOUR_CODE_HOLIDAYS },
      { date: '2026-05-01', name: 'International Labour Day', basis: LABOUR_CODE_HOLIDAYS },
      { date: '2026-08-31', name: 'Swapped day off', basis: NOTICE_2026 },
      { date: '2026-09-01', name: 'National Day', basis: NOTICE_2026 },
      { date: '2026-09-02', name: 'National Day', basis: NOTICE_2026 },
    ],
    swappedWorkingDays: [
      { date: '2026-01-10', inPlaceOf: '2026-01-02', basis: NEW_YEAR_2026 },
      { date: '2026-08-22', inPlaceOf: '2026-08-31', basis: NOTICE_2026 },
    ],
  },
};
