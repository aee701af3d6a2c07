import { addDays, addMonths, daysBetween } from '@pdv/calendar';
import type { MassOrganisationKind, WithdrawalReason, DeclineReason } from '@pdv/sourcing-domain';
import { nameBasedId } from '../common/ids';
import { demoPerson, type DemoPerson, pick, seededRandom } from './demo-people';

/**
 * The ward's demo sourcing data as a plan (pure, deterministic): the mass organisations and
 * branches, quotas for 2025–2026, and a year of referrals into the cells the organisation
 * service announced, each with where it should end up in the pipeline. seed.ts carries the
 * plan out through the service classes, so the demo data obeys every rule real data does.
 */

export const WARD_NAME = 'phường Đống Đa';

export interface DemoMassOrganisation {
  id: string;
  kind: MassOrganisationKind;
  code: string;
  name: string;
  parentId: string | null;
}

function unit(kind: MassOrganisationKind, code: string, name: string, parentCode?: string): DemoMassOrganisation {
  return { id: nameBasedId(`mass-organisation:${code}`), kind, code, name, parentId: parentCode ? nameBasedId(`mass-organisation:${parentCode}`) : null };
}

export const DEMO_MASS_ORGANISATIONS: readonly DemoMassOrganisation[] = [
  unit('FATHERLAND_FRONT', 'MTTQ', `Ủy ban Mặt trận Tổ quốc Việt Nam ${WARD_NAME}`),
  unit('YOUTH_UNION', 'DTN', `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${WARD_NAME}`),
  unit('YOUTH_UNION', 'DTN-CD-KDC1', 'Chi đoàn khu dân cư số 1', 'DTN'),
  unit('YOUTH_UNION', 'DTN-CD-KDC2', 'Chi đoàn khu dân cư số 2', 'DTN'),
  unit('YOUTH_UNION', 'DTN-CD-THPT', 'Chi đoàn giáo viên Trường THPT Đống Đa', 'DTN'),
  unit('WOMEN_UNION', 'HPN', `Hội Liên hiệp Phụ nữ ${WARD_NAME}`),
  unit('WOMEN_UNION', 'HPN-CH-KDC1', 'Chi hội phụ nữ khu dân cư số 1', 'HPN'),
  unit('WOMEN_UNION', 'HPN-CH-KDC2', 'Chi hội phụ nữ khu dân cư số 2', 'HPN'),
  unit('VETERANS_ASSOCIATION', 'HCCB', `Hội Cựu chiến binh ${WARD_NAME}`),
  unit('VETERANS_ASSOCIATION', 'HCCB-CH-KDC1', 'Chi hội cựu chiến binh khu dân cư số 1', 'HCCB'),
  unit('TRADE_UNION', 'CD', `Công đoàn cơ sở cơ quan ${WARD_NAME}`),
  unit('TRADE_UNION', 'CD-BV', 'Công đoàn Bệnh viện đa khoa Đống Đa', 'CD'),
];

/** Yearly referral targets set by the Fatherland Front (the four associations). */
export const DEMO_QUOTAS: readonly { code: string; year: number; target: number }[] = [2025, 2026].flatMap((year) => [
  { code: 'DTN', year, target: year === 2025 ? 60 : 70 },
  { code: 'HPN', year, target: year === 2025 ? 40 : 45 },
  { code: 'HCCB', year, target: 15 },
  { code: 'CD', year, target: year === 2025 ? 30 : 35 },
]);

export const DEMO_NOTICE = {
  version: 'ND13-2025-01',
  publishedAt: new Date('2025-01-02T01:00:00Z'),
  summary: 'Thông báo về việc xử lý dữ liệu cá nhân của quần chúng được giới thiệu phát triển đảng viên (Nghị định 13/2023/NĐ-CP).',
};

/** Where a referred person is today, and the steps that got them there. */
export type DemoOutcome = 'REFERRED' | 'DECLINED' | 'IN_SOURCE_POOL' | 'IN_ADMISSION' | 'ADMITTED' | 'WITHDRAWN';

// Shares of the pipeline a year after the plan started: most people are still being nurtured.
// Training is not decided here: the training service's demo seed sends pool candidates to its
// courses, and its events (enrolment nominated, certificate issued) move them to IN_TRAINING
// and TRAINED, so every such candidate has the enrolment and certificate behind it.
const OUTCOMES: readonly [DemoOutcome, number][] = [
  ['REFERRED', 12],
  ['DECLINED', 8],
  ['IN_SOURCE_POOL', 64],
  ['IN_ADMISSION', 6],
  ['ADMITTED', 4],
  ['WITHDRAWN', 6],
];

const REFERRERS: readonly [code: string, weight: number][] = [
  ['DTN', 22], ['DTN-CD-KDC1', 6], ['DTN-CD-KDC2', 6], ['DTN-CD-THPT', 4],
  ['HPN', 14], ['HPN-CH-KDC1', 5], ['HPN-CH-KDC2', 5],
  ['HCCB', 8], ['HCCB-CH-KDC1', 3],
  ['CD', 12], ['CD-BV', 6],
];

export interface DemoCell {
  id: string;
  /** Official, active members taking part in the cell: possible mentors. */
  mentorIds: string[];
}

export interface DemoReferral {
  index: number;
  candidateId: string;
  referralId: string;
  /** A second referral of the same person by another organisation (same national ID). */
  repeat: { referralId: string; massOrganisationCode: string; daysLater: number } | null;
  person: DemoPerson;
  massOrganisationCode: string;
  cellId: string;
  outcome: DemoOutcome;
  /** Day of the referral (YYYY-MM-DD). */
  referredOn: string;
  /** Days from referral to the cell's decision. */
  decisionAfterDays: number;
  declineReason: DeclineReason;
  withdrawalReason: WithdrawalReason;
  /** Members to assign as mentors on acceptance (0–2). */
  mentorIds: string[];
}

function weighted<T>(random: () => number, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1][0];
}

/**
 * `count` referrals over the year before `today` into `cells`. People referred recently are
 * more often still REFERRED; admitted people were referred early enough to have been trained.
 */
export function planDemoReferrals(cells: readonly DemoCell[], today: string, count = 200, seed = 2025): DemoReferral[] {
  if (cells.length === 0) return [];
  const random = seededRandom(seed);
  const yearAgo = addMonths(today, -12);
  const span = daysBetween(yearAgo, today);
  const load = new Map<string, number>();
  const plan: DemoReferral[] = [];
  for (let index = 0; index < count; index += 1) {
    const outcome = weighted(random, OUTCOMES);
    // Further along the pipeline means referred earlier in the year.
    const earliest = { REFERRED: 0.85, DECLINED: 0.2, IN_SOURCE_POOL: 0.15, IN_ADMISSION: 0, ADMITTED: 0, WITHDRAWN: 0.1 }[outcome];
    const latest = { REFERRED: 0.97, DECLINED: 0.9, IN_SOURCE_POOL: 0.9, IN_ADMISSION: 0.35, ADMITTED: 0.15, WITHDRAWN: 0.8 }[outcome];
    const referredOn = addDays(yearAgo, Math.floor(span * (earliest + random() * (latest - earliest))));
    const cell = cells[Math.floor(random() * cells.length)];
    const massOrganisationCode = weighted(random, REFERRERS);
    const ages = massOrganisationCode.startsWith('DTN') ? { minAge: 18, maxAge: 30 } : massOrganisationCode.startsWith('HCCB') ? { minAge: 28, maxAge: 50 } : { minAge: 22, maxAge: 45 };
    // The Women's Union refers women; everyone is at least 19 on the day of the referral.
    const person = demoPerson(random, 900_000 + index, referredOn, {
      minAge: Math.max(19, ages.minAge),
      maxAge: ages.maxAge,
      ...(massOrganisationCode.startsWith('HPN') ? { gender: 'FEMALE' as const } : {}),
    });
    const nurtured = outcome !== 'REFERRED' && outcome !== 'DECLINED';
    const mentorIds: string[] = [];
    if (nurtured) {
      const wanted = random() < 0.25 ? 2 : 1;
      for (const memberId of [...cell.mentorIds].sort(() => random() - 0.5)) {
        if (mentorIds.length >= wanted) break;
        if ((load.get(memberId) ?? 0) >= 2) continue;
        load.set(memberId, (load.get(memberId) ?? 0) + 1);
        mentorIds.push(memberId);
      }
    }
    const repeatCode = random() < 0.05 ? pick(random, REFERRERS.map(([code]) => code).filter((code) => code.split('-')[0] !== massOrganisationCode.split('-')[0])) : null;
    plan.push({
      index,
      candidateId: nameBasedId(`demo:candidate:${index}`),
      referralId: nameBasedId(`demo:referral:${index}`),
      repeat: repeatCode ? { referralId: nameBasedId(`demo:referral:${index}:repeat`), massOrganisationCode: repeatCode, daysLater: 3 + Math.floor(random() * 20) } : null,
      person,
      massOrganisationCode,
      cellId: cell.id,
      outcome,
      referredOn,
      decisionAfterDays: 5 + Math.floor(random() * 20),
      declineReason: pick(random, ['NOT_READY', 'NOT_ELIGIBLE', 'PERSON_DECLINED', 'OUTSIDE_CELL_AREA'] as const),
      withdrawalReason: pick(random, ['PERSON_WITHDREW', 'MOVED_AWAY', 'NO_LONGER_ELIGIBLE'] as const),
      mentorIds,
    });
  }
  return plan;
}
