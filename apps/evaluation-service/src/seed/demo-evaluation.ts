import { setTimeout as delay } from 'node:timers/promises';
import type { Identity } from '@pdv/auth';
import { monthKeysOf, parseMonthKey, previousMonthKey, assignmentCoversMonth, type TargetKind } from '@pdv/evaluation-domain';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import { SeedDayClock } from '@pdv/service-kit';
import type { EvaluationContext } from '../context';
import { createRequestScope } from '../services';
import { supervisionAssignmentsOf } from '../supervision-review/supervision-review.queries';

// The demo year's evaluation data, on top of the other services' demo events: the plan's
// targets recorded by the board for every year of the term (the plan's resolution as the
// reason), the committee members' monthly supervision reviews of 2026 (with some missing, so
// the dashboard has units to chase), and the year-end ratings the board has drafted for 2026,
// those of the units whose numbers are complete confirmed by the standing committee.

const PLAN_REASON = 'Kế hoạch phát triển đảng viên giai đoạn 2025–2030 của Đảng ủy phường';
const UNIT_KINDS = ['GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL'] as const;

/** The plan's yearly targets, as the board records them for each year of the term. */
const PLAN_TARGETS: readonly { kind: TargetKind; minimum: number; upper: number | null; appliesTo: readonly string[] }[] = [
  { kind: 'WARD_ADMISSIONS', minimum: 90, upper: null, appliesTo: [] },
  { kind: 'WARD_AWARENESS_TRAINED', minimum: 100, upper: null, appliesTo: [] },
  { kind: 'CELL_SENT_TO_TRAINING', minimum: 5, upper: null, appliesTo: ['GRASSROOTS_CELL', 'PARTY_CELL'] },
  { kind: 'UNIT_ADMISSIONS', minimum: 3, upper: 5, appliesTo: UNIT_KINDS },
  { kind: 'UNIT_ADMISSION_RATE', minimum: 300, upper: null, appliesTo: UNIT_KINDS },
];

export interface DemoEvaluationReport {
  targets: number;
  reviews: number;
  reviewsLeftMissing: number;
  ratings: number;
  confirmed: number;
  skipped: boolean;
}

/**
 * Waits until the organisation service's demo ward (its tree and supervision assignments) has
 * arrived over NATS and stopped growing.
 */
export async function waitForWard(orm: MikroORM, logger: Logger, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  let last = '';
  for (;;) {
    const [row] = await orm.em.fork().execute<{ organisations: string; assignments: string }[]>(
      'select (select count(*) from org_read_model) as organisations, (select count(*) from supervision_assignment) as assignments',
    );
    const now = `${row.organisations}/${row.assignments}`;
    if (Number(row.organisations) > 0 && Number(row.assignments) > 0 && now === last) return;
    last = now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`The demo ward did not arrive within ${Math.round(timeoutMs / 1000)} s (${now}). Seed the organisation service first, so its relay publishes to NATS; then run this seed again.`);
    }
    logger.info({ organisationsAndAssignments: now }, 'waiting for the demo ward (organisation service) to arrive over NATS…');
    await delay(2_000);
  }
}

/** What a committee member saw in a unit in a month, from the unit's counters (ids and numbers only). */
async function reviewText(orm: MikroORM, organisationId: string, month: string): Promise<{ observed: string; problems: string | null; agreed: string }> {
  const rows = await orm.em.fork().execute<{ stage: string; value: number }[]>(
    `select stage, value from progress_counter where scope = 'SUBTREE' and scope_id = ?::uuid and period_key = ? and source_category = 'ALL' and measure = 'ENTERED'`,
    [organisationId, month],
  );
  const n = (stage: string) => rows.find((r) => r.stage === stage)?.value ?? 0;
  const observed = `Trong tháng: ${n('REFERRED')} quần chúng được giới thiệu, ${n('ACCEPTED')} được nhận vào nguồn, ${n('SENT_TO_TRAINING')} được cử đi học lớp nhận thức, ${n('TRAINED')} được cấp giấy chứng nhận, ${n('DOSSIER_OPENED')} hồ sơ kết nạp được lập.`;
  const quiet = n('REFERRED') + n('ACCEPTED') + n('SENT_TO_TRAINING') + n('DOSSIER_OPENED') === 0;
  return {
    observed,
    problems: quiet ? 'Chưa có quần chúng mới vào nguồn; việc phân công đảng viên giúp đỡ chưa được rà soát.' : null,
    agreed: quiet ? 'Chi ủy rà soát nguồn, đề nghị các đoàn thể giới thiệu quần chúng ưu tú.' : 'Tiếp tục bồi dưỡng, hoàn thiện hồ sơ cho quần chúng đủ điều kiện.',
  };
}

/** Loads the demo evaluation data. Idempotent: nothing is done once a review exists. */
export async function loadDemoEvaluation(orm: MikroORM, events: EventRecorder, logger: Logger, today: string): Promise<DemoEvaluationReport> {
  const clock = new SeedDayClock();
  const as = (identity: Identity): EvaluationContext => createRequestScope({ em: orm.em.fork(), identity, requestId: 'demo-seed', logger, events, clock });
  const board: Identity = { userId: 'demo-board', role: 'PARTY_BUILDING_BOARD', scopeId: null };
  const standing: Identity = { userId: 'demo-standing-committee', role: 'WARD_STANDING_COMMITTEE', scopeId: null };
  const report: DemoEvaluationReport = { targets: 0, reviews: 0, reviewsLeftMissing: 0, ratings: 0, confirmed: 0, skipped: false };
  const [existing] = await orm.em.fork().execute<{ id: string }[]>('select id from supervision_review limit 1');
  if (existing) return { ...report, skipped: true };

  // The plan's targets, recorded when the ward adopted the plan.
  clock.setDay('2025-03-15');
  const [term] = await orm.em.fork().execute<{ first_year: number; last_year: number }[]>('select first_year, last_year from plan_term_read_model where id = 1');
  for (let year = term?.first_year ?? 2025; year <= (term?.last_year ?? 2030); year += 1) {
    for (const target of PLAN_TARGETS) {
      await as(board).services.targets.setTarget({ ...target, year, appliesTo: target.appliesTo as never, reason: PLAN_REASON });
      report.targets += 1;
    }
  }

  // Monthly reviews of 2026: each month's written early in the next. Every third unit's review
  // for last month, and every seventh unit's for a month before, are left missing.
  const assignments = (await supervisionAssignmentsOf(orm.em.fork(), {})).sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  const lastMonth = previousMonthKey(today);
  const months = monthKeysOf(2026).filter((month) => month <= lastMonth);
  for (const [i, assignment] of assignments.entries()) {
    const member: Identity = { userId: `demo-committee-${i}`, role: 'COMMITTEE_MEMBER', scopeId: assignment.committeeMemberId };
    for (const [m, month] of months.entries()) {
      if (!assignmentCoversMonth(assignment, month)) continue;
      if ((month === lastMonth && i % 3 === 0) || (i % 7 === 3 && m % 4 === 1)) {
        report.reviewsLeftMissing += 1;
        continue;
      }
      const range = parseMonthKey(month) as { to: string };
      clock.setDay(range.to, 60 * (i % 8));
      const text = await reviewText(orm, assignment.organisationId, month);
      const agreedBy = new Date(Date.parse(`${range.to}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      await as(member).services.supervisionReviews.record({ organisationId: assignment.organisationId, month, ...text, agreedBy });
      report.reviews += 1;
    }
  }

  // The board's drafts of the 2026 ratings for the units supervised (scores by the unit's
  // criterion), and for their committee members; the standing committee confirms the units'.
  clock.setDay(today);
  const units = [...new Set(assignments.map((a) => a.organisationId))];
  const confirmable: string[] = [];
  for (const [i, organisationId] of units.entries()) {
    const rating = await as(board).services.ratings.record({
      subjectKind: 'ORGANISATION',
      subjectId: organisationId,
      year: 2026,
      score: 62 + ((i * 7) % 30),
      allTasksDone: i % 4 !== 0,
      tasksExceededPercent: 20 + ((i * 11) % 25),
      leadsOrganisationId: null,
    });
    report.ratings += 1;
    if (rating.level !== 'EXCELLENT') confirmable.push(rating.id);
  }
  for (const committeeMemberId of [...new Set(assignments.map((a) => a.committeeMemberId))]) {
    await as(board).services.ratings.record({ subjectKind: 'MEMBER', subjectId: committeeMemberId, year: 2026, score: 80, allTasksDone: true, tasksExceededPercent: 20, leadsOrganisationId: null });
    report.ratings += 1;
  }
  if (confirmable.length > 0) report.confirmed = (await as(standing).services.ratings.confirm(confirmable)).length;
  return report;
}
