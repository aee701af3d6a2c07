import { addDays, addMonths, localDateInVietnam } from '@pdv/calendar';
import { pgArray } from '@pdv/persistence';
import { setTimeout as delay } from 'node:timers/promises';
import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import { isAppError } from '@pdv/errors';
import type { Logger } from '@pdv/observability';
import type { MikroORM } from '@pdv/persistence';
import type { CandidateMilestone } from '@pdv/sourcing-domain';
import { CandidateService } from '../candidate/candidate.service';
import { MassOrganisationEntity } from '../mass-organisation/mass-organisation.entity';
import { PrivacyNoticeEntity } from '../policy/policy.entity';
import { createServices, type SourcingServices } from '../services';
import { type Caller, systemCaller } from '../common/caller';
import { parseCreateMassOrganisation } from '../mass-organisation/mass-organisation.parse';
import { parseAssignMentor } from '../mentor/mentor.parse';
import { parseSubmitReferral } from '../referral/referral.parse';
import type { SourcingDeps } from '../common/service-scope';
import { DEMO_MASS_ORGANISATIONS, DEMO_NOTICE, DEMO_QUOTAS, type DemoCell, type DemoReferral, planDemoReferrals } from './demo-sourcing';

/** A clock the seed sets to the day of each step, so the history reads like a real year. */
export class SeedClock {
  private at = new Date();
  now(): Date {
    return new Date(this.at.getTime());
  }
  /** 09:00 in Hanoi on `date`, plus `minutes`. */
  setDay(date: string, minutes = 0): void {
    this.at = new Date(Date.parse(`${date}T02:00:00Z`) + minutes * 60_000);
  }
  reset(): void {
    this.at = new Date();
  }
}

const SEED_USER = 'demo-seed';
const ADMISSION_ACTOR: Actor = { kind: 'SYSTEM', id: 'demo-admission', role: null };
const ASSESSMENTS = [
  'Tích cực tham gia sinh hoạt khu dân cư, gương mẫu chấp hành chủ trương, chính sách.',
  'Hoàn thành tốt nhiệm vụ được giao; cần tiếp tục tìm hiểu Điều lệ Đảng.',
  'Có tinh thần trách nhiệm, được quần chúng tín nhiệm; đề nghị tiếp tục bồi dưỡng.',
  'Tham gia tốt phong trào thi đua của đoàn thể; giữ mối liên hệ thường xuyên với đảng viên giúp đỡ.',
];

/**
 * Waits for the organisation service's demo ward to reach this service's read model (its
 * events arrive through the consumer), then returns the active cells and their possible
 * mentors. Gives up after `timeoutMs` with a message that says what to start.
 */
export async function waitForWard(orm: MikroORM, logger: Logger, timeoutMs = 60_000): Promise<DemoCell[]> {
  const started = Date.now();
  let lastMembers = -1;
  let announced = 0;
  logger.info('waiting for the organisation service’s demo ward to arrive over NATS (cells and members)…');
  for (;;) {
    const [counts] = await orm.em.fork().execute<{ cells: string; members: string }[]>(
      `select (select count(*) from org_read_model where active and kind in ('PARTY_CELL', 'GRASSROOTS_CELL')) as cells,
              (select count(*) from member_read_model) as members`,
    );
    const cells = Number(counts.cells);
    const members = Number(counts.members);
    // Members follow their organisations on the stream: wait until their number settles.
    if (cells > 0 && members > 0 && members === lastMembers) break;
    lastMembers = members;
    const elapsed = Date.now() - started;
    if (elapsed > timeoutMs) {
      throw new Error(
        `No demo ward arrived from the organisation service within ${Math.round(timeoutMs / 1000)} s (cells: ${cells}, members: ${members}). ` +
          'Seed the organisation service first (nx run organisation-service:seed) and start it, so its relay publishes the ward to NATS; then run this seed again.',
      );
    }
    if (elapsed - announced >= 10_000) {
      announced = elapsed;
      logger.info({ cells, members, waitedSeconds: Math.round(elapsed / 1000) }, 'still waiting for the demo ward');
    }
    await delay(1_000);
  }
  const rows = await orm.em.fork().execute<{ id: string; mentors: string | null }[]>(
    `select o.id, string_agg(m.id::text, ',' order by m.id) as mentors
       from org_read_model o
       left join member_read_model m on m.organisation_id = o.id and m.active and m.status = 'OFFICIAL'
            and not m.temporarily_away and not m.activity_exempt
      where o.active and o.kind in ('PARTY_CELL', 'GRASSROOTS_CELL')
      group by o.id, o.code order by o.code`,
  );
  return rows.map((row) => ({ id: row.id, mentorIds: row.mentors ? row.mentors.split(',') : [] }));
}

export interface SeedReport {
  massOrganisationsCreated: number;
  quotasSet: number;
  peopleCreated: number;
  peopleAlreadyThere: number;
  failures: number;
}

/** Loads the plan through the service classes. Idempotent: people already there are skipped. */
export async function loadDemoSourcing(orm: MikroORM, deps: SourcingDeps, clock: SeedClock, cells: DemoCell[], logger: Logger): Promise<SeedReport> {
  const servicesOf = (caller: Caller): SourcingServices => createServices({ em: orm.em.fork(), deps, caller });
  const board = systemCaller({ userId: SEED_USER, role: 'PARTY_BUILDING_BOARD', scopeId: null });
  const report: SeedReport = { massOrganisationsCreated: 0, quotasSet: 0, peopleCreated: 0, peopleAlreadyThere: 0, failures: 0 };

  clock.reset();
  for (const unit of DEMO_MASS_ORGANISATIONS) {
    if (await orm.em.fork().findOne(MassOrganisationEntity, { id: unit.id })) continue;
    await servicesOf(board).massOrganisations.create(parseCreateMassOrganisation(unit, unit.id));
    report.massOrganisationsCreated += 1;
  }
  if (!(await orm.em.fork().findOne(PrivacyNoticeEntity, { version: DEMO_NOTICE.version }))) {
    await servicesOf(board).policy.publishNotice(DEMO_NOTICE);
  }
  const idOf = new Map(DEMO_MASS_ORGANISATIONS.map((unit) => [unit.code, unit]));
  const front = systemCaller({ userId: SEED_USER, role: 'MASS_ORG_STAFF', scopeId: idOf.get('MTTQ')!.id });
  for (const quota of DEMO_QUOTAS) {
    await servicesOf(front).quotas.set({ massOrganisationId: idOf.get(quota.code)!.id, year: quota.year, target: quota.target, id: undefined });
    report.quotasSet += 1;
  }

  const today = localDateInVietnam(new Date());
  const plan = planDemoReferrals(cells, today);
  const existing = new Set(
    (await orm.em.fork().execute<{ id: string }[]>('select id from candidate where id = any(?::uuid[])', [pgArray(plan.map((p) => p.candidateId))])).map(
      (row) => row.id,
    ),
  );
  for (const person of [...plan].sort((a, b) => a.referredOn.localeCompare(b.referredOn) || a.index - b.index)) {
    if (existing.has(person.candidateId)) {
      report.peopleAlreadyThere += 1;
      continue;
    }
    try {
      await carryOut(orm, deps, clock, person, today);
      report.peopleCreated += 1;
    } catch (error) {
      // Logged by index and rule only: the demo person's details stay out of the logs.
      report.failures += 1;
      logger.warn({ index: person.index, code: isAppError(error) ? error.code : 'INTERNAL', rule: isAppError(error) ? (error.rule ?? null) : null }, 'demo referral not loaded');
    }
  }
  clock.reset();
  return report;
}

function staffOf(code: string): Identity {
  const unit = DEMO_MASS_ORGANISATIONS.find((candidate) => candidate.code === code)!;
  return { userId: SEED_USER, role: 'MASS_ORG_STAFF', scopeId: unit.parentId ?? unit.id };
}

/** One person's year: referral, the cell's decision, mentors, monthly reviews and milestones. */
async function carryOut(orm: MikroORM, deps: SourcingDeps, clock: SeedClock, plan: DemoReferral, today: string): Promise<void> {
  const servicesOf = (caller: Caller): SourcingServices => createServices({ em: orm.em.fork(), deps, caller });
  const unitId = (code: string) => DEMO_MASS_ORGANISATIONS.find((unit) => unit.code === code)!.id;
  const referral = (code: string) => ({
    massOrganisationId: unitId(code),
    person: { ...plan.person },
    sourceCategory: plan.person.sourceCategory,
    cellId: plan.cellId,
    referrerName: code.includes('-') ? 'Bí thư chi đoàn / chi hội trưởng' : 'Ban Thường vụ',
    achievements: plan.person.achievements,
    reason: 'Có phẩm chất đạo đức tốt, tích cực trong các phong trào của đoàn thể và địa phương.',
    consent: { noticeVersion: DEMO_NOTICE.version, consentedAt: new Date(Date.parse(`${addDays(plan.referredOn, -2)}T02:00:00Z`)) },
    acknowledgeOverSixty: true,
  });

  clock.setDay(plan.referredOn);
  await servicesOf(systemCaller(staffOf(plan.massOrganisationCode))).referrals.submit(
    parseSubmitReferral(referral(plan.massOrganisationCode), { candidateId: plan.candidateId, referralId: plan.referralId }),
  );

  const repeatOn = plan.repeat ? addDays(plan.referredOn, plan.repeat.daysLater) : null;
  if (plan.repeat && repeatOn && repeatOn <= today) {
    clock.setDay(repeatOn, 30);
    await servicesOf(systemCaller(staffOf(plan.repeat.massOrganisationCode))).referrals.submit(
      parseSubmitReferral(referral(plan.repeat.massOrganisationCode), { candidateId: plan.candidateId, referralId: plan.repeat.referralId }),
    );
  }

  const decidedOn = addDays(plan.referredOn, Math.max(plan.decisionAfterDays, plan.repeat ? plan.repeat.daysLater + 1 : 0));
  if (plan.outcome === 'REFERRED' || decidedOn > today) return;
  const secretary = systemCaller({ userId: SEED_USER, role: 'CELL_SECRETARY', scopeId: plan.cellId });
  const repeatOpen = plan.repeat !== null && repeatOn !== null && repeatOn <= today;
  clock.setDay(decidedOn, 60);
  if (plan.outcome === 'DECLINED') {
    if (repeatOpen) await servicesOf(secretary).referrals.decline({ referralId: plan.repeat!.referralId, reason: 'DUPLICATE', note: '' });
    await servicesOf(secretary).referrals.decline({ referralId: plan.referralId, reason: plan.declineReason, note: '' });
    return;
  }
  await servicesOf(secretary).referrals.accept(plan.referralId);
  if (repeatOpen) await servicesOf(secretary).referrals.accept(plan.repeat!.referralId);
  for (const memberId of plan.mentorIds) await servicesOf(secretary).mentors.assign(parseAssignMentor({ candidateId: plan.candidateId, memberId }));

  // What happens after acceptance, in date order, cut at today.
  const steps: { on: string; run: () => Promise<unknown> }[] = [];
  const milestone = (days: number, kind: CandidateMilestone['kind'], actor: Actor) =>
    steps.push({
      on: addDays(decidedOn, days),
      run: () => orm.em.fork().transactional((tx) => new CandidateService({ em: tx, deps, caller: null }).applyMilestone(tx, plan.candidateId, { kind } as CandidateMilestone, actor, clock.now())),
    });
  // Training milestones come from the training service's own seed (its events), never faked here.
  const reach = ['IN_ADMISSION', 'ADMITTED'];
  const stage = reach.indexOf(plan.outcome);
  if (stage >= 0) milestone(75, 'DOSSIER_OPENED', ADMISSION_ACTOR);
  if (stage >= 1) milestone(160, 'CEREMONY_HELD', ADMISSION_ACTOR);
  const endOfNurture = plan.outcome === 'ADMITTED' ? addDays(decidedOn, 160) : plan.outcome === 'WITHDRAWN' ? addDays(decidedOn, 50) : today;
  if (plan.outcome === 'WITHDRAWN') {
    steps.push({ on: endOfNurture, run: () => servicesOf(secretary).candidates.withdraw({ candidateId: plan.candidateId, reason: plan.withdrawalReason, note: '' }) });
  }
  for (let month = 1, on = addMonths(decidedOn, 1); on < endOfNurture && on <= today; month += 1, on = addMonths(decidedOn, month)) {
    const reviewedOn = on;
    steps.push({
      on: reviewedOn,
      run: () =>
        servicesOf(secretary).candidates.recordReview({
          candidateId: plan.candidateId,
          reviewedOn,
          assessment: ASSESSMENTS[(plan.index + month) % ASSESSMENTS.length],
        }),
    });
  }
  for (const step of steps.sort((a, b) => a.on.localeCompare(b.on))) {
    if (step.on > today) break;
    clock.setDay(step.on, 90);
    await step.run();
  }
}
