import DataLoader from 'dataloader';
import { assertOrganisationInScope, requireIdentity } from '@pdv/auth';
import { type AdmissionPolicy, deadlineStatus, type DeadlineState, openDeadlinesOf } from '@pdv/admission-domain';
import { todayInVietnam, type WorkingDayCalendar } from '@pdv/calendar';
import { admissionDeadlineOverdue } from '@pdv/contracts';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { EntityManager } from '@pdv/persistence';
import type { ServiceScope } from '../common/service-scope';
import { loadAdmissionPolicy } from '../common/admission-policy';
import { loadWorkingDays } from '../common/working-days';
import { allDeadlineFacts, deadlineFactsUnder, type DossierDeadlineRow } from './deadline.queries';

/** One item of a deadline queue: which dossier, which deadline, its due date, and how late or how close. */
export interface DeadlineItem extends ReturnType<typeof deadlineStatus> {
  dossierId: string;
  candidateId: string;
  cellId: string;
  extensionWorkingDays: number;
}

/** Where each open deadline stands today, on the calendar and policy given, most urgent first. */
export function deadlineItems(rows: readonly DossierDeadlineRow[], today: string, calendar: WorkingDayCalendar, policy: AdmissionPolicy): DeadlineItem[] {
  const items: DeadlineItem[] = [];
  for (const row of rows) {
    for (const facts of openDeadlinesOf(row)) {
      const status = deadlineStatus(facts, { today, calendar, policy });
      items.push({ ...status, dossierId: row.dossierId, candidateId: row.candidateId, cellId: row.cellId, extensionWorkingDays: facts.extensionWorkingDays });
    }
  }
  return items.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : 0));
}

/**
 * The overdue and due-soon queues (per cell, per grassroots organisation, for the ward: an
 * organisation's subtree), computed at read time from the corrected calendar, so a correction
 * moves them at once; and the sweep that announces each deadline once when it is overdue.
 */
export class DeadlineService {
  private calendar: Promise<WorkingDayCalendar> | null = null;
  private policy: Promise<AdmissionPolicy> | null = null;
  // One statement for every organisation of an `_entities` page.
  private readonly factsUnder = new DataLoader<string, DossierDeadlineRow[]>(async (ids) => {
    const rows = await deadlineFactsUnder(this.scope.em, ids);
    return ids.map((id) => rows.filter((row) => row.organisationId === id));
  });

  constructor(private readonly scope: ServiceScope) {}

  /** The deadlines in that state of the organisation's subtree, most urgent first; NOT_FOUND outside a cell secretary's part of the ward. */
  async queueOf(organisationId: string, state: Extract<DeadlineState, 'OVERDUE' | 'DUE_SOON'>): Promise<DeadlineItem[]> {
    await assertOrganisationInScope(requireIdentity(this.scope.identity), organisationId, new OrganisationReadModelScopes(this.scope.em));
    this.calendar ??= loadWorkingDays(this.scope.em);
    this.policy ??= loadAdmissionPolicy(this.scope.em);
    const [rows, calendar, policy] = await Promise.all([this.factsUnder.load(organisationId), this.calendar, this.policy]);
    return deadlineItems(rows, todayInVietnam(this.scope.clock), calendar, policy).filter((item) => item.state === state);
  }
}

/**
 * Announces every deadline found overdue that was not announced before
 * (admission.deadline.overdue, ids and dates only), in one transaction: the notice's primary
 * key makes a repeated or concurrent sweep publish nothing twice. Returns how many it announced.
 */
export async function sweepOverdueDeadlines(em: EntityManager, scope: Pick<ServiceScope, 'clock' | 'events'>): Promise<number> {
  return em.transactional(async (tx) => {
    const today = todayInVietnam(scope.clock);
    const overdue = deadlineItems(await allDeadlineFacts(tx), today, await loadWorkingDays(tx), await loadAdmissionPolicy(tx)).filter((item) => item.state === 'OVERDUE');
    let announced = 0;
    for (const item of overdue) {
      const inserted = await tx.execute<{ dossier_id: string }[]>(
        'insert into deadline_overdue_notice (dossier_id, kind, due_on, noticed_at) values (?::uuid, ?, ?::date, ?) on conflict do nothing returning dossier_id',
        [item.dossierId, item.kind, item.dueOn, scope.clock.now()],
      );
      if (inserted.length === 0) continue;
      scope.events.recordEvent(tx, admissionDeadlineOverdue, {
        aggregateId: item.dossierId,
        actor: { kind: 'SYSTEM', id: 'deadline-sweep', role: null },
        data: { dossierId: item.dossierId, candidateId: item.candidateId, cellId: item.cellId, deadline: item.kind, dueOn: item.dueOn, foundOn: today },
      });
      announced += 1;
    }
    return announced;
  });
}
