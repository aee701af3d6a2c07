import { setTimeout as delay } from 'node:timers/promises';
import type { Identity } from '@pdv/auth';
import { addDays } from '@pdv/calendar';
import { isAppError } from '@pdv/errors';
import type { EventRecorder } from '@pdv/messaging';
import type { Logger } from '@pdv/observability';
import { type MikroORM, pgArray } from '@pdv/persistence';
import { SeedDayClock } from '@pdv/service-kit';
import type { DossierDocumentKind } from '@pdv/admission-domain';
import type { AdmissionContext } from '../context';
import { createRequestScope } from '../services';

// The demo year's admission dossiers, one at each stage a secretary and the standing
// committee meet, for the candidates whose awareness certificate the training service's demo
// course issued (May 2026) — as they arrived over NATS, with the cells' rolls from the
// organisation service. Every step goes through the service classes on the day it happened
// (SeedDayClock), so the rules check it and its events go out through the outbox: sourcing
// moves the candidates to IN_ADMISSION and ADMITTED, the organisation service registers the
// probationary members (and takes the annulled one off the rolls). Deadlines are counted from
// those days on the working-day calendar, so the queues show overdue items against today.
//
// Not in the demo: a recognition or a removal of a name. Both need 12 months of probation
// after a ceremony, and the earliest ceremony the demo year allows is in June 2026 (the first
// awareness certificates are of 15 May 2026); likewise no deadline window can contain Tết
// 2026 (16–20 February), which is before any dossier could be opened. The decision window of
// the dossier resolved on 23 November 2026 runs across Tết 2027 instead.

/** The papers in the Charter's order (ADMISSION.DOSSIER_ORDER). */
const PAPERS: readonly DossierDocumentKind[] = ['APPLICATION_LETTER', 'PERSONAL_HISTORY', 'BACKGROUND_VERIFICATION', 'INTRODUCTIONS', 'MASS_ORGANISATION_COMMENTS', 'RESIDENCE_CELL_COMMENTS'];

/** How far one demo dossier went, and on which days (each a working day of 2026). */
export interface DemoDossier {
  /** What the dossier shows (logs and the spec name it). */
  stage: string;
  openedOn: string;
  /** How many of the six papers are in, one a working day from the opening (paperDay). */
  papers: number;
  /** The applicant's verification: still open, or concluded satisfactory the day before its paper. */
  verification?: 'OPEN' | 'CONCLUDED';
  /** Members who introduce the applicant (recorded the day before the introductions paper). */
  introducers?: 1 | 2;
  vote?: { on: string; passes: boolean };
  /** The competent committee's extension of its 60 working days (by the day they end). */
  extension?: { on: string; workingDays: number };
  decision?: { on: string; receivedOn: string };
  ceremonyOn?: string;
  withdrawnOn?: string;
  annulledOn?: string;
}

/**
 * The demo dossiers, most telling first (with fewer certified candidates, the first are
 * loaded). Counted on 3 December 2026: the decision of the 6 July resolution is 45 working
 * days late and the ceremony after the decision received on 12 August 48; the decision of
 * 14 September is due in 2 working days and the extended one of 17 August in 5 (due soon).
 */
export const DEMO_DOSSIERS: readonly DemoDossier[] = [
  { stage: 'awaiting the decision, overdue', openedOn: '2026-05-25', papers: 6, verification: 'CONCLUDED', introducers: 2, vote: { on: '2026-07-06', passes: true } },
  {
    stage: 'decided, ceremony overdue',
    openedOn: '2026-05-18',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-06-22', passes: true },
    decision: { on: '2026-08-10', receivedOn: '2026-08-12' },
  },
  { stage: 'awaiting the decision, its window across Tết 2027', openedOn: '2026-09-07', papers: 6, verification: 'CONCLUDED', introducers: 2, vote: { on: '2026-11-23', passes: true } },
  {
    stage: 'in probation',
    openedOn: '2026-05-18',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-06-15', passes: true },
    decision: { on: '2026-07-13', receivedOn: '2026-07-15' },
    ceremonyOn: '2026-08-03',
  },
  {
    stage: 'annulled after the ceremony',
    openedOn: '2026-05-25',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-06-29', passes: true },
    decision: { on: '2026-07-27', receivedOn: '2026-07-29' },
    ceremonyOn: '2026-08-17',
    annulledOn: '2026-11-09',
  },
  { stage: 'withdrawn', openedOn: '2026-06-22', papers: 4, verification: 'CONCLUDED', introducers: 2, withdrawnOn: '2026-08-14' },
  { stage: 'cell vote failed', openedOn: '2026-08-24', papers: 6, verification: 'CONCLUDED', introducers: 2, vote: { on: '2026-10-05', passes: false } },
  { stage: 'papers in progress', openedOn: '2026-11-16', papers: 2 },
  { stage: 'background verification under way', openedOn: '2026-10-19', papers: 2, verification: 'OPEN' },
  { stage: 'introducers being named', openedOn: '2026-09-28', papers: 3, verification: 'CONCLUDED', introducers: 1 },
  { stage: 'awaiting the decision, due soon', openedOn: '2026-07-13', papers: 6, verification: 'CONCLUDED', introducers: 2, vote: { on: '2026-09-14', passes: true } },
  {
    stage: 'awaiting the decision, extended',
    openedOn: '2026-06-15',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-08-17', passes: true },
    extension: { on: '2026-11-02', workingDays: 20 },
  },
  {
    stage: 'decided late (flagged), ceremony to come',
    openedOn: '2026-06-08',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-08-03', passes: true },
    decision: { on: '2026-11-16', receivedOn: '2026-11-18' },
  },
  {
    stage: 'in probation, recently admitted',
    openedOn: '2026-06-01',
    papers: 6,
    verification: 'CONCLUDED',
    introducers: 2,
    vote: { on: '2026-07-20', passes: true },
    decision: { on: '2026-09-07', receivedOn: '2026-09-09' },
    ceremonyOn: '2026-09-28',
  },
];

export interface DemoAdmissionReport {
  dossiers: number;
  alreadyThere: number;
  /** Plans left out: no certified candidate (in a cell of three or more official members) left for them. */
  leftOut: number;
  /** Steps not taken because their day is after today. */
  stepsAfterToday: number;
  /** Plans a rule refused part-way (logged by stage and rule id): the demo data disagrees with the rules. */
  failures: number;
}

interface DemoCandidate {
  id: string;
  cellId: string;
  acceptedOn: string;
  /** The cell's official members on its roll (not away): introducers, mentor and the vote's base. */
  officialMembers: string[];
  underGrassrootsCommittee: boolean;
}

/** Days from the opening (a Monday) to each paper: the working days of that week and the next Monday. */
const PAPER_OFFSETS = [0, 1, 2, 3, 4, 7];

/** The day a paper bears. */
export function paperDay(plan: DemoDossier, index: number): string {
  return addDays(plan.openedOn, PAPER_OFFSETS[index]);
}

/**
 * Waits until the certified candidates (sourcing's acceptances with training's certificates)
 * and the cells' rolls have arrived over NATS and their numbers settle.
 */
export async function waitForCandidates(orm: MikroORM, logger: Logger, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  let last = '';
  for (;;) {
    const [row] = await orm.em.fork().execute<{ candidates: string; members: string }[]>(
      `select (select count(*) from candidate_facts c where exists (select 1 from certificate_facts f where f.candidate_id = c.id and f.course_kind = 'AWARENESS')) as candidates,
              (select count(*) from member_read_model where status = 'OFFICIAL' and active) as members`,
    );
    const now = `${row.candidates}/${row.members}`;
    if (Number(row.candidates) > 0 && Number(row.members) > 0 && now === last) return;
    last = now;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `No certified candidates or official members arrived within ${Math.round(timeoutMs / 1000)} s (${now}). Seed and start the organisation, sourcing and training services first, so their relays publish to NATS; then run this seed again.`,
      );
    }
    logger.info({ certifiedCandidatesAndOfficialMembers: now }, 'waiting for certified candidates (sourcing, training) and the cells’ rolls (organisation) to arrive over NATS…');
    await delay(2_000);
  }
}

/**
 * The cells whose certified candidates the demo leaves to the API guide: its dossier journey
 * (docs/api/examples/30–44) takes the one of this residential-area cell from readiness to the
 * ceremony through the gateway.
 */
export const CELLS_LEFT_TO_THE_API_GUIDE: readonly string[] = ['DD.KDC01'];

/** The certified candidates, in id order, of cells that can vote (three or more official members). */
async function certifiedCandidates(orm: MikroORM): Promise<DemoCandidate[]> {
  const rows = await orm.em.fork().execute<{ id: string; cellId: string; acceptedOn: string; officialMembers: string[]; parentKind: string | null }[]>(
    `select c.id, c.cell_id as "cellId", to_char(c.accepted_on, 'YYYY-MM-DD') as "acceptedOn", p.kind as "parentKind",
            array(select m.id::text from member_read_model m where m.organisation_id = c.cell_id and m.status = 'OFFICIAL' and m.active and not m.temporarily_away order by m.id) as "officialMembers"
       from candidate_facts c
       join org_read_model cell on cell.id = c.cell_id
       left join org_read_model p on p.id = cell.parent_id
      where c.withdrawn_on is null and cell.code <> all(?::text[])
        and exists (select 1 from certificate_facts f where f.candidate_id = c.id and f.course_kind = 'AWARENESS' and f.invalidated_on is null)
      order by c.id`,
    [pgArray([...CELLS_LEFT_TO_THE_API_GUIDE])],
  );
  return rows
    .filter((row) => row.officialMembers.length >= 3)
    .map((row) => ({ id: row.id, cellId: row.cellId, acceptedOn: row.acceptedOn, officialMembers: row.officialMembers, underGrassrootsCommittee: row.parentKind === 'GRASSROOTS_COMMITTEE' }));
}

/**
 * Loads the demo dossiers. Idempotent: each plan goes to the first certified candidate (in id
 * order) not yet taken whom the cell had accepted by its opening day, the same on every run,
 * and a candidate who already has a dossier is left as they are (re-running adds nothing).
 */
export async function loadDemoAdmission(orm: MikroORM, events: EventRecorder, logger: Logger, today: string): Promise<DemoAdmissionReport> {
  const clock = new SeedDayClock();
  const as = (identity: Identity): AdmissionContext => createRequestScope({ em: orm.em.fork(), identity, requestId: 'demo-seed', logger, events, clock });
  const standing: Identity = { userId: 'demo-standing-committee', role: 'WARD_STANDING_COMMITTEE', scopeId: null };
  const candidates = await certifiedCandidates(orm);
  const withDossier = new Set(
    (await orm.em.fork().execute<{ candidateId: string }[]>('select distinct candidate_id as "candidateId" from admission_dossier')).map((row) => row.candidateId),
  );
  const report: DemoAdmissionReport = { dossiers: 0, alreadyThere: 0, leftOut: 0, stepsAfterToday: 0, failures: 0 };

  const taken = new Set<string>();
  for (const [index, plan] of DEMO_DOSSIERS.entries()) {
    // The first candidate not yet taken whom the cell had accepted by the opening day.
    const candidate = candidates.find((someone) => !taken.has(someone.id) && someone.acceptedOn <= plan.openedOn);
    if (!candidate) {
      report.leftOut += 1;
      continue;
    }
    taken.add(candidate.id);
    if (withDossier.has(candidate.id)) {
      report.alreadyThere += 1;
      continue;
    }
    const secretary: Identity = { userId: 'demo-secretary', role: 'CELL_SECRETARY', scopeId: candidate.cellId };
    const [introducerA, introducerB, mentor] = candidate.officialMembers;
    // Each step on its day, in order; the plan stops at the first step after today.
    const steps: { on: string; run: () => Promise<unknown> }[] = [];
    let dossierId = '';
    steps.push({ on: plan.openedOn, run: async () => (dossierId = (await as(secretary).services.dossiers.open(candidate.id)).dossier.id) });
    for (const [position, kind] of PAPERS.slice(0, plan.papers).entries()) {
      const on = paperDay(plan, position);
      if (kind === 'BACKGROUND_VERIFICATION' && plan.verification === 'CONCLUDED') {
        steps.push({
          on: addDays(on, -1),
          run: () => as(secretary).services.dossiers.recordVerification({ dossierId, subject: 'APPLICANT', exemptAsFullyDeclaredMember: false, conclusion: { result: 'SATISFACTORY', concludedOn: addDays(on, -1) } }),
        });
      }
      if (kind === 'INTRODUCTIONS') {
        for (const memberId of [introducerA, introducerB].slice(0, plan.introducers ?? 0)) {
          steps.push({
            on: addDays(on, -1),
            run: () =>
              as(secretary).services.dossiers.recordIntroduction({
                dossierId,
                introduction: { kind: 'MEMBER', memberId, togetherFrom: '2024-09-01', togetherUntil: null, replacementNamedByCell: false },
              }),
          });
        }
      }
      steps.push({ on, run: () => as(secretary).services.dossiers.recordDocument({ dossierId, kind, documentDate: on, fileReference: `HS-${candidate.id.slice(0, 8)}-${position + 1}.pdf` }) });
      if (kind === 'PERSONAL_HISTORY') {
        steps.push({
          on,
          run: () =>
            as(secretary).services.dossiers.recordPersonalHistory({
              dossierId,
              // The paper's facts as the secretary transcribes them (personal data stays in this service).
              dateOfBirth: `${1988 + (index % 12)}-0${1 + (index % 9)}-1${index % 10}`,
              educationLevel: index % 3 === 0 ? 'UPPER_SECONDARY' : 'UNIVERSITY',
              educationExceptionCode: null,
              formerMembership: { wasMember: false },
              provincialConsent: null,
            }),
        });
        if (plan.verification === 'OPEN') {
          steps.push({ on, run: () => as(secretary).services.dossiers.recordVerification({ dossierId, subject: 'APPLICANT', exemptAsFullyDeclaredMember: false, conclusion: null }) });
          steps.push({ on, run: () => as(secretary).services.dossiers.recordVerification({ dossierId, subject: 'FATHER', exemptAsFullyDeclaredMember: true, conclusion: null }) });
        }
      }
    }
    if (plan.vote) {
      const { on, passes } = plan.vote;
      const base = candidate.officialMembers.length;
      // Everyone on the roll attends; a failed vote falls one short of two thirds of the base.
      const inFavour = passes ? base : Math.ceil((2 * base) / 3) - 1;
      steps.push({ on, run: () => as(secretary).services.cellResolutions.record({ dossierId, meetingDate: on, presentMemberIds: candidate.officialMembers, baseOverrides: [], inFavour }) });
      if (passes && candidate.underGrassrootsCommittee) {
        const committeeOn = addDays(on, 10);
        steps.push({ on: committeeOn, run: () => as(standing).services.grassrootsResolutions.record({ dossierId, meetingDate: committeeOn, committeeMembers: 5, inFavour: 5 }) });
      }
    }
    if (plan.extension) {
      const { on, workingDays } = plan.extension;
      steps.push({
        on,
        run: () => as(standing).services.decisions.extendDeadline({ dossierId, kind: 'DECISION', workingDays, reason: 'Chờ kết quả thẩm tra lý lịch bổ sung của cấp trên.' }),
      });
    }
    if (plan.decision) {
      const { on, receivedOn } = plan.decision;
      // Recorded the day the cell receives it (no step may be dated after the day it is recorded).
      steps.push({ on: receivedOn, run: () => as(standing).services.decisions.decide({ dossierId, decisionNumber: `${100 + index}-QĐ/ĐU`, decisionDate: on, receivedOn }) });
    }
    if (plan.ceremonyOn) {
      const { ceremonyOn } = plan;
      steps.push({
        on: ceremonyOn,
        run: () => as(secretary).services.decisions.holdCeremony({ dossierId, decisionReceivedOn: plan.decision!.receivedOn, ceremonyDate: ceremonyOn, superiorConsent: null, mentorMemberId: mentor }),
      });
    }
    if (plan.withdrawnOn) {
      steps.push({ on: plan.withdrawnOn, run: () => as(secretary).services.dossiers.close({ dossierId, outcome: 'WITHDRAWN', reason: 'Quần chúng xin rút hồ sơ vì chuyển công tác ra ngoài địa bàn.' }) });
    }
    if (plan.annulledOn) {
      steps.push({
        on: plan.annulledOn,
        run: () => as(standing).services.dossiers.annul({ dossierId, reason: 'Kiểm tra phát hiện lý lịch kê khai không trung thực; hủy bỏ quyết định kết nạp.' }),
      });
    }
    try {
      for (const [order, step] of steps.entries()) {
        if (step.on > today) {
          report.stepsAfterToday += steps.length - order;
          break;
        }
        clock.setDay(step.on, order);
        await step.run();
      }
      report.dossiers += 1;
      logger.info({ stage: plan.stage, dossierId }, 'demo dossier loaded');
    } catch (error) {
      // A refusal is logged by stage and rule only (the candidate's details stay out of the
      // logs) and the next plan goes on; anything else is a fault and stops the seed.
      if (!isAppError(error)) throw error;
      report.failures += 1;
      logger.warn({ stage: plan.stage, dossierId: dossierId || null, code: error.code, rule: error.rule ?? null }, 'demo dossier not loaded');
    }
  }
  return report;
}
