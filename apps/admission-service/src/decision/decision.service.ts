import { requireIdentity } from '@pdv/auth';
import {
  ceremonyDeadlineOutcome,
  checkStepDates,
  competentCommitteeOutcome,
  DEFAULT_ADMISSION_POLICY,
  deadlineStatus,
  type DossierStatus,
  nextDossierStatus,
  probationMentorOutcome,
  probationOf,
  type RecordedConsent,
  requireAllowed,
} from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { admissionCeremonyHeld } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import type { ServiceScope } from '../common/service-scope';
import { WORKING_DAYS } from '../common/working-days';
import { lockDossierInScope } from '../dossier/dossier-access';
import { memberStandings } from '../dossier/dossier.queries';
import { AdmissionCeremonyEntity, type AdmissionCeremonyRow, AdmissionDecisionEntity, type AdmissionDecisionRow } from './decision.entity';

export interface RecordDecisionCommand {
  dossierId: string;
  decisionNumber: string;
  decisionDate: string;
}

export interface RecordCeremonyCommand {
  dossierId: string;
  decisionReceivedOn: string;
  ceremonyDate: string;
  superiorConsent: RecordedConsent | null;
  mentorMemberId: string;
}

/** The competent committee's decision (step 8) and the ceremony (step 9), each in one transaction with its event. */
export class AdmissionDecisionService {
  constructor(private readonly scope: ServiceScope) {}

  /**
   * Only the committee the tree's policy names decides (ADMISSION.COMPETENT_COMMITTEE), after a
   * passed cell resolution (and the grassroots committee's, where the cell has one), dated
   * between it and today. A decision after its 60 working days is recorded and flagged late.
   */
  async decide(command: RecordDecisionCommand): Promise<AdmissionDecisionRow> {
    const { clock, actor } = this.scope;
    const identity = requireIdentity(this.scope.identity);
    requireAllowed([competentCommitteeOutcome({ deciderRoles: [identity.role], policy: DEFAULT_ADMISSION_POLICY })]);
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'DECISION_MADE' }, { hasGrassrootsCommittee: await underGrassrootsCommittee(em, dossier.cellId) });
      const resolvedOn = await passedResolutionDate(em, dossier.id);
      checkStepDates([{ step: 'CELL_RESOLUTION', date: resolvedOn }, { step: 'DECISION', date: command.decisionDate }], todayInVietnam(clock));
      const deadline = deadlineStatus(
        { kind: 'DECISION', startsOn: resolvedOn, extensionWorkingDays: 0, doneOn: command.decisionDate },
        { today: todayInVietnam(clock), calendar: WORKING_DAYS, policy: DEFAULT_ADMISSION_POLICY },
      );
      const row: AdmissionDecisionRow = {
        dossierId: dossier.id,
        decisionNumber: command.decisionNumber,
        decisionDate: command.decisionDate,
        workingDaysAfterResolution: WORKING_DAYS.workingDaysBetween(resolvedOn, command.decisionDate),
        late: deadline.state === 'MET_LATE',
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(AdmissionDecisionEntity, [row]);
      await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      return row;
    });
  }

  /**
   * The ceremony within 30 working days of receiving the decision, or later with the superior
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
      const [decision] = await em.execute<{ decisionDate: string }[]>(
        `select to_char(decision_date, 'YYYY-MM-DD') as "decisionDate" from admission_decision where dossier_id = ?::uuid`,
        [dossier.id],
      );
      checkStepDates(
        [
          { step: 'DECISION', date: decision.decisionDate },
          { step: 'DECISION_RECEIVED', date: command.decisionReceivedOn },
          { step: 'CEREMONY', date: command.ceremonyDate },
        ],
        today,
      );
      const mentor = (await memberStandings(em, [command.mentorMemberId])).get(command.mentorMemberId) ?? null;
      requireAllowed([
        ceremonyDeadlineOutcome({ decisionReceivedOn: command.decisionReceivedOn, ceremonyDate: command.ceremonyDate, superiorConsent: command.superiorConsent, calendar: WORKING_DAYS }),
        probationMentorOutcome({ mentor, cellId: dossier.cellId, date: command.ceremonyDate }),
      ]);
      const row: AdmissionCeremonyRow = {
        dossierId: dossier.id,
        decisionReceivedOn: command.decisionReceivedOn,
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
}

/** Whether the cell sits under a grassroots committee, whose resolution then comes before the decision. */
async function underGrassrootsCommittee(em: EntityManager, cellId: string): Promise<boolean> {
  const rows = await em.execute<{ kind: string }[]>(
    'select parent.kind from org_read_model cell join org_read_model parent on parent.id = cell.parent_id where cell.id = ?::uuid',
    [cellId],
  );
  return rows[0]?.kind === 'GRASSROOTS_COMMITTEE';
}

/** The meeting date of the dossier's passed cell resolution (the stage guarantees there is one). */
async function passedResolutionDate(em: EntityManager, dossierId: string): Promise<string> {
  const [row] = await em.execute<{ meetingDate: string }[]>(
    `select to_char(meeting_date, 'YYYY-MM-DD') as "meetingDate" from cell_resolution where dossier_id = ?::uuid and passed order by recorded_at desc limit 1`,
    [dossierId],
  );
  return row.meetingDate;
}
