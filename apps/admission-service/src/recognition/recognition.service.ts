import { checkStepDates, deadlineStatus, type DatedStep, type DossierStatus, nextDossierStatus, planRecognitionDecision } from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { officialRecognitionGranted, probationaryNameRemoved } from '@pdv/contracts';
import { latestRecognitionResolution } from '../cell-resolution/cell-resolution.queries';
import { requireCompetentCommittee } from '../common/competent-committee';
import type { ServiceScope } from '../common/service-scope';
import { loadAdmissionPolicy } from '../common/admission-policy';
import { loadWorkingDays } from '../common/working-days';
import { extensionWorkingDays, findCeremony } from '../decision/decision.queries';
import { lockDossierInScope } from '../dossier/dossier-access';
import { OfficialRecognitionEntity, type OfficialRecognitionRow } from './recognition.entity';
import { admittedMemberOf, probationsOfMembers } from './recognition.queries';
import type { AdmissionCeremonyRow } from '../decision/decision.entity';
import DataLoader from 'dataloader';

export interface RecordRecognitionDecisionCommand {
  dossierId: string;
  outcome: 'RECOGNISED' | 'NAME_REMOVED';
  decisionNumber: string;
  decisionDate: string;
  /** Why the name is removed; null for a recognition. */
  reason: string | null;
}

/** The committee's decision at the end of probation (step 11), in one transaction with its event; and members' probations. */
export class RecognitionService {
  // One statement per `_entities` page of members.
  private readonly probations = new DataLoader<string, AdmissionCeremonyRow | null>(async (memberIds) => {
    const rows = await probationsOfMembers(this.scope.em, memberIds);
    return memberIds.map((memberId) => rows.find((row) => row.memberId === memberId) ?? null);
  });

  constructor(private readonly scope: ServiceScope) {}

  /** The probation of a member admitted through this service (their ceremony), or null. */
  probationOf(memberId: string): Promise<AdmissionCeremonyRow | null> {
    return this.probations.load(memberId);
  }

  /**
   * Only the competent committee decides (ADMISSION.COMPETENT_COMMITTEE). Recognition needs
   * the cell's passed recognition resolution (RECOGNITION.NAME_REMOVAL) and makes the member
   * official from the end of the 12 months, however late the decision; removing the name needs
   * a reason and takes effect on the decision's date. After its 30 working days (plus the
   * extension) from the cell's resolution the decision is recorded and flagged late.
   * Publishes admission.recognition.granted or admission.probation.name-removed, which the
   * organisation service applies to the member.
   */
  async decide(command: RecordRecognitionDecisionCommand): Promise<OfficialRecognitionRow> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      await requireCompetentCommittee(this.scope, em);
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const step = command.outcome === 'RECOGNISED' ? ({ kind: 'RECOGNISED' } as const) : ({ kind: 'NAME_REMOVED', reason: command.reason ?? '' } as const);
      const status = nextDossierStatus(dossier.status as DossierStatus, step, { hasGrassrootsCommittee: false });
      const ceremony = (await findCeremony(em, dossier.id))!;
      const resolution = await latestRecognitionResolution(em, dossier.id);
      const steps: DatedStep[] = [{ step: 'CEREMONY', date: ceremony.ceremonyDate }];
      if (resolution) steps.push({ step: 'RECOGNITION_RESOLUTION', date: resolution.meetingDate });
      checkStepDates([...steps, { step: 'RECOGNITION_DECISION', date: command.decisionDate }], today);
      const planned = planRecognitionDecision({
        ceremonyDate: ceremony.ceremonyDate,
        cellResolutionPassed: resolution?.passed ?? false,
        recognised: command.outcome === 'RECOGNISED',
        decidedOn: command.decisionDate,
      });
      const calendar = await loadWorkingDays(em);
      const late =
        resolution !== null &&
        deadlineStatus(
          { kind: 'RECOGNITION_DECISION', startsOn: resolution.meetingDate, extensionWorkingDays: await extensionWorkingDays(em, dossier.id, 'RECOGNITION_DECISION'), doneOn: command.decisionDate },
          { today, calendar, policy: await loadAdmissionPolicy(em) },
        ).state === 'MET_LATE';
      const row: OfficialRecognitionRow = {
        dossierId: dossier.id,
        outcome: planned.kind,
        decisionNumber: command.decisionNumber,
        decisionDate: command.decisionDate,
        officialFrom: planned.kind === 'RECOGNISED' ? planned.officialFrom : null,
        nameRemovedOn: planned.kind === 'NAME_REMOVED' ? planned.effectiveDate : null,
        reason: planned.kind === 'NAME_REMOVED' ? command.reason : null,
        late,
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(OfficialRecognitionEntity, [row]);
      await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      const memberId = await admittedMemberOf(em, dossier.candidateId);
      if (planned.kind === 'RECOGNISED') {
        events.recordEvent(em, officialRecognitionGranted, {
          aggregateId: dossier.id,
          actor,
          data: { dossierId: dossier.id, candidateId: dossier.candidateId, memberId, officialDate: planned.officialFrom, decisionDate: command.decisionDate },
        });
      } else {
        events.recordEvent(em, probationaryNameRemoved, {
          aggregateId: dossier.id,
          actor,
          data: { dossierId: dossier.id, candidateId: dossier.candidateId, memberId, effectiveDate: planned.effectiveDate },
        });
      }
      return row;
    });
  }
}
