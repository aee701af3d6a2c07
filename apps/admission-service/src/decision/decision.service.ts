import {
  ceremonyDeadlineOutcome,
  checkStepDates,
  deadlineStatus,
  type DeadlineStatus,
  type DossierStatus,
  nextDossierStatus,
  planDeadlineExtension,
  probationMentorOutcome,
  probationOf,
  type RecordedConsent,
  requireAllowed,
  violation,
} from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { admissionCeremonyHeld, admissionDecided } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { latestRecognitionResolution, passedResolutionDate } from '../cell-resolution/cell-resolution.queries';
import { requireCompetentCommittee } from '../common/competent-committee';
import { isUniqueViolation } from '../common/db-errors';
import type { ServiceScope } from '../common/service-scope';
import { loadAdmissionPolicy } from '../common/admission-policy';
import { loadWorkingDays } from '../common/working-days';
import { lockDossierInScope } from '../dossier/dossier-access';
import { memberStandings } from '../dossier/dossier.queries';
import { findRecognition } from '../recognition/recognition.queries';
import {
  AdmissionCeremonyEntity,
  type AdmissionCeremonyRow,
  AdmissionDecisionEntity,
  type AdmissionDecisionRow,
  DeadlineExtensionEntity,
  type DeadlineExtensionRow,
  MemberHistoryEntity,
} from './decision.entity';
import { extensionWorkingDays, findCeremony, findDecision } from './decision.queries';

export interface RecordDecisionCommand {
  dossierId: string;
  decisionNumber: string;
  decisionDate: string;
  /** The day the cell received it; the decision's date when not given. */
  receivedOn: string;
}

export interface RecordCeremonyCommand {
  dossierId: string;
  /** The day the cell received the decision, as the ceremony records it; null: the decision's own receivedOn. */
  decisionReceivedOn: string | null;
  ceremonyDate: string;
  superiorConsent: RecordedConsent | null;
  mentorMemberId: string;
}

export interface RecordMemberHistoryCommand {
  dossierId: string;
  completedOn: string;
}

export interface ExtendDeadlineCommand {
  dossierId: string;
  kind: DeadlineExtensionRow['kind'];
  workingDays: number;
  reason: string;
}

/** A committee deadline of one dossier as it stands today, with its extension. */
export interface DossierDeadline extends DeadlineStatus {
  dossierId: string;
  extensionWorkingDays: number;
}

/** The competent committee's decision (step 8), the ceremony (step 9) and the extension of a committee's deadline, each in one transaction with its event. */
export class AdmissionDecisionService {
  constructor(private readonly scope: ServiceScope) {}

  /**
   * Only the committee the tree's policy names decides (ADMISSION.COMPETENT_COMMITTEE), after a
   * passed cell resolution (and the grassroots committee's, where the cell has one), dated
   * between it and today, received by the cell on or after it. A decision after its 60 working
   * days (plus the extension) is recorded and flagged late. Publishes admission.decision.made.
   */
  async decide(command: RecordDecisionCommand): Promise<AdmissionDecisionRow> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      await requireCompetentCommittee(this.scope, em);
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'DECISION_MADE' }, { hasGrassrootsCommittee: await underGrassrootsCommittee(em, dossier.cellId) });
      const resolvedOn = (await passedResolutionDate(em, dossier.id, 'ADMISSION'))!;
      const calendar = await loadWorkingDays(em);
      checkStepDates(
        [
          { step: 'CELL_RESOLUTION', date: resolvedOn },
          { step: 'DECISION', date: command.decisionDate },
          { step: 'DECISION_RECEIVED', date: command.receivedOn },
        ],
        today,
      );
      const deadline = deadlineStatus(
        { kind: 'DECISION', startsOn: resolvedOn, extensionWorkingDays: await extensionWorkingDays(em, dossier.id, 'DECISION'), doneOn: command.decisionDate },
        { today, calendar, policy: await loadAdmissionPolicy(em) },
      );
      const row: AdmissionDecisionRow = {
        dossierId: dossier.id,
        decisionNumber: command.decisionNumber,
        decisionDate: command.decisionDate,
        receivedOn: command.receivedOn,
        workingDaysAfterResolution: calendar.workingDaysBetween(resolvedOn, command.decisionDate),
        late: deadline.state === 'MET_LATE',
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(AdmissionDecisionEntity, [row]);
      await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      events.recordEvent(em, admissionDecided, {
        aggregateId: dossier.id,
        actor,
        data: { dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, decisionDate: command.decisionDate, receivedOn: command.receivedOn },
      });
      return row;
    });
  }

  /**
   * The ceremony within 30 working days (the policy's) of receiving the decision — the receipt
 * the ceremony records, else the decision's — or later with the superior
   * committee's consent (ADMISSION.CEREMONY_DEADLINE), with an official member of the cell as
   * mentor (PROBATION.MENTOR). It starts the 12 months of probation; party age counts from the
   * decision's date. Publishes admission.ceremony.held: the organisation service registers the
   * probationary member, sourcing marks the candidate admitted.
   */
  async holdCeremony(command: RecordCeremonyCommand): Promise<AdmissionCeremonyRow> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'CEREMONY_HELD' }, { hasGrassrootsCommittee: false });
      const decision = (await findDecision(em, dossier.id))!;
      // The ceremony's own record of the receipt when it gives one (the cell may have received
      // the decision later than the committee noted), else the decision's: the 30 working days,
      // the stored row and the queues all count from this one date.
      const decisionReceivedOn = command.decisionReceivedOn ?? decision.receivedOn;
      checkStepDates(
        [
          { step: 'DECISION', date: decision.decisionDate },
          { step: 'DECISION_RECEIVED', date: decisionReceivedOn },
          { step: 'CEREMONY', date: command.ceremonyDate },
        ],
        today,
      );
      const mentor = (await memberStandings(em, [command.mentorMemberId])).get(command.mentorMemberId) ?? null;
      const calendar = await loadWorkingDays(em);
      requireAllowed([
        ceremonyDeadlineOutcome({ decisionReceivedOn, ceremonyDate: command.ceremonyDate, superiorConsent: command.superiorConsent, calendar, policy: await loadAdmissionPolicy(em) }),
        probationMentorOutcome({ mentor, cellId: dossier.cellId, date: command.ceremonyDate }),
      ]);
      const row: AdmissionCeremonyRow = {
        dossierId: dossier.id,
        decisionReceivedOn,
        ceremonyDate: command.ceremonyDate,
        superiorConsentDate: command.superiorConsent?.date ?? null,
        superiorConsentReference: command.superiorConsent?.reference ?? null,
        mentorMemberId: command.mentorMemberId,
        probationEndsOn: probationOf(command.ceremonyDate).endsOn,
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(AdmissionCeremonyEntity, [row]);
      await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      events.recordEvent(em, admissionCeremonyHeld, {
        aggregateId: dossier.id,
        actor,
        data: { dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, admissionDecisionDate: decision.decisionDate, ceremonyDate: command.ceremonyDate },
      });
      return row;
    });
  }

  /**
   * ADMISSION.MEMBER_HISTORY_DEADLINE (step 9): the new member's history recorded as
   * completed, once, during probation, dated between the ceremony and today; after the
   * policy's working days from the ceremony it is recorded and flagged late. It leaves the
   * overdue and due-soon queues. Answers the deadline as it now stands (MET or MET_LATE).
   */
  async recordMemberHistory(command: RecordMemberHistoryCommand): Promise<DossierDeadline> {
    const { clock, actor } = this.scope;
    const today = todayInVietnam(clock);
    try {
      return await this.scope.em.transactional(async (em) => {
        const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
        nextDossierStatus(dossier.status as DossierStatus, { kind: 'MEMBER_HISTORY_COMPLETED' }, { hasGrassrootsCommittee: false });
        const ceremony = (await findCeremony(em, dossier.id))!;
        checkStepDates(
          [
            { step: 'CEREMONY', date: ceremony.ceremonyDate },
            { step: 'MEMBER_HISTORY', date: command.completedOn },
          ],
          today,
        );
        const calendar = await loadWorkingDays(em);
        const policy = await loadAdmissionPolicy(em);
        const status = deadlineStatus({ kind: 'MEMBER_HISTORY', startsOn: ceremony.ceremonyDate, extensionWorkingDays: 0, doneOn: command.completedOn }, { today, calendar, policy });
        await em.insertMany(MemberHistoryEntity, [
          {
            dossierId: dossier.id,
            completedOn: command.completedOn,
            workingDaysAfterCeremony: calendar.workingDaysBetween(ceremony.ceremonyDate, command.completedOn),
            late: status.state === 'MET_LATE',
            recordedAt: clock.now(),
            recordedBy: actor.id,
            recordedByRole: actor.role,
          },
        ]);
        return { ...status, dossierId: dossier.id, extensionWorkingDays: 0 };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AppError.conflict('The member history of this dossier is already recorded as completed.', { dossierId: command.dossierId });
      throw error;
    }
  }

  /**
   * ADMISSION.DEADLINE_EXTENSION: the committee extends its own deadline — the admission
   * decision's 60 working days from the passed cell resolution, or the recognition decision's
   * 30 from the cell's recognition resolution — once, by at most 30 working days, with a reason,
   * by the day it falls due and while the decision is not made.
   */
  async extendDeadline(command: ExtendDeadlineCommand): Promise<DossierDeadline> {
    const { clock, actor } = this.scope;
    const today = todayInVietnam(clock);
    try {
      return await this.scope.em.transactional(async (em) => {
        await requireCompetentCommittee(this.scope, em);
        const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
        const { startsOn, doneOn } =
          command.kind === 'DECISION'
            ? { startsOn: await passedResolutionDate(em, dossier.id, 'ADMISSION'), doneOn: (await findDecision(em, dossier.id))?.decisionDate ?? null }
            : { startsOn: (await latestRecognitionResolution(em, dossier.id))?.meetingDate ?? null, doneOn: (await findRecognition(em, dossier.id))?.decisionDate ?? null };
        if (startsOn === null) {
          throw violation(
            'ADMISSION.DEADLINE_EXTENSION',
            { en: `The ${command.kind} deadline has not started: the cell has not resolved yet.`, vi: `Thời hạn ${command.kind} chưa bắt đầu: chi bộ chưa ra nghị quyết.` },
            { kind: command.kind, status: dossier.status },
          );
        }
        const facts = { kind: command.kind, startsOn, extensionWorkingDays: await extensionWorkingDays(em, dossier.id, command.kind), doneOn };
        const calendar = await loadWorkingDays(em);
        const policy = await loadAdmissionPolicy(em);
        const planned = planDeadlineExtension(facts, { workingDays: command.workingDays, reason: command.reason, requestedOn: today }, calendar, policy);
        await em.insertMany(DeadlineExtensionEntity, [
          { dossierId: dossier.id, kind: command.kind, workingDays: planned.extensionWorkingDays, reason: command.reason, requestedOn: today, recordedAt: clock.now(), recordedBy: actor.id, recordedByRole: actor.role },
        ]);
        const status = deadlineStatus({ ...facts, extensionWorkingDays: planned.extensionWorkingDays }, { today, calendar, policy });
        return { ...status, dossierId: dossier.id, extensionWorkingDays: planned.extensionWorkingDays };
      });
    } catch (error) {
      // Two concurrent extensions of one deadline: the primary key lets one through.
      if (isUniqueViolation(error)) throw AppError.conflict('This deadline was extended by another request meanwhile; it is extended once only.', { dossierId: command.dossierId, kind: command.kind });
      throw error;
    }
  }
}

/** Whether the cell sits under a grassroots committee, whose resolution then comes before the decision. */
async function underGrassrootsCommittee(em: EntityManager, cellId: string): Promise<boolean> {
  const rows = await em.execute<{ kind: string }[]>(
    'select parent.kind from org_read_model cell join org_read_model parent on parent.id = cell.parent_id where cell.id = ?::uuid',
    [cellId],
  );
  return rows[0]?.kind === 'GRASSROOTS_COMMITTEE';
}
