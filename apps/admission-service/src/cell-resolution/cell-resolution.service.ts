import { randomUUID } from 'node:crypto';
import {
  type BaseOverride,
  checkStepDates,
  countCellVote,
  type DossierStatus,
  nextDossierStatus,
  type RecognitionPapers,
  recognitionVotePrerequisites,
  requireAllowed,
  votePrerequisites,
} from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { cellResolutionFailed, cellResolutionPassed } from '@pdv/contracts';
import { Problems } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { loadAdmissionPolicy } from '../common/admission-policy';
import type { ServiceScope } from '../common/service-scope';
import { lockAwarenessCertificates } from '../candidate-facts/candidate-facts.queries';
import { findCeremony } from '../decision/decision.queries';
import type { DossierRow } from '../dossier/dossier.entity';
import { lockDossierForVote } from '../dossier/dossier-access';
import { readAdmissionFacts } from '../readiness/admission-facts.reader';
import { newMemberCertificates } from '../recognition/recognition.queries';
import { CellResolutionEntity, type CellResolutionRow, type ResolutionPurpose } from './cell-resolution.entity';
import { cellRoll } from './cell-resolution.queries';

export interface RecordCellResolutionCommand {
  dossierId: string;
  meetingDate: string;
  presentMemberIds: readonly string[];
  baseOverrides: readonly BaseOverride[];
  inFavour: number;
}

export interface RecordRecognitionResolutionCommand extends RecordCellResolutionCommand {
  papers: RecognitionPapers;
}

/**
 * The cell's votes, each in one transaction: on admitting a candidate (step 7) and on
 * recognising a probationary member (step 11), counted by the same rule. Every prerequisite
 * must allow the vote on its meeting date (the refusal is the first blocking outcome), then
 * the count decides.
 */
export class CellResolutionService {
  constructor(private readonly scope: ServiceScope) {}

  /**
   * The admission vote: the readiness list's prerequisites, then the count. A passed
   * resolution moves the dossier on; a failed one leaves it open. Either is published.
   */
  async record(command: RecordCellResolutionCommand): Promise<CellResolutionRow> {
    const { actor, events } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierForVote(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'CELL_RESOLUTION_PASSED' }, { hasGrassrootsCommittee: false });
      checkStepDates([{ step: 'CELL_RESOLUTION', date: command.meetingDate }], todayInVietnam(this.scope.clock));
      const row = await this.countAndRecord(em, dossier, command, 'ADMISSION', null, async () => {
        await lockAwarenessCertificates(em, dossier.candidateId);
        const facts = await readAdmissionFacts(this.scope, em, { id: dossier.candidateId, cellId: dossier.cellId }, dossier, command.meetingDate);
        requireAllowed(votePrerequisites({ ...facts, vote: null }, command.meetingDate, await loadAdmissionPolicy(em)));
      });
      if (row.passed) await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      events.recordEvent(em, row.passed ? cellResolutionPassed : cellResolutionFailed, {
        aggregateId: dossier.id,
        actor,
        data: { resolutionId: row.id, dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, meetingDate: command.meetingDate, base: row.base, inFavour: row.inFavour },
      });
      return row;
    });
  }

  /**
   * The recognition vote, during probation: on or after the end of the 12 months, on the
   * self-review and both comments, with the new-member course certificate, in a cell that can
   * resolve (recognitionVotePrerequisites). The stage stays PROBATION: the committee's
   * decision recognises the member or removes the name.
   */
  async recordRecognition(command: RecordRecognitionResolutionCommand): Promise<CellResolutionRow> {
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierForVote(em, this.scope.identity, command.dossierId);
      nextDossierStatus(dossier.status as DossierStatus, { kind: 'RECOGNITION_RESOLUTION' }, { hasGrassrootsCommittee: false });
      const ceremony = (await findCeremony(em, dossier.id))!;
      checkStepDates(
        [
          { step: 'CEREMONY', date: ceremony.ceremonyDate },
          { step: 'RECOGNITION_RESOLUTION', date: command.meetingDate },
        ],
        todayInVietnam(this.scope.clock),
      );
      return this.countAndRecord(em, dossier, command, 'RECOGNITION', command.papers, async (officialMembers) => {
        requireAllowed(
          recognitionVotePrerequisites({
            ceremonyDate: ceremony.ceremonyDate,
            meetingDate: command.meetingDate,
            papers: command.papers,
            newMemberCertificates: await newMemberCertificates(em, dossier.candidateId),
            officialMembers,
          }),
        );
      });
    });
  }

  /**
   * The roll of the cell's official members (attendance only from it), the vote's own
   * prerequisites given the roll's size, then the count on the base, written with the roll as
   * it stood.
   */
  private async countAndRecord(
    em: EntityManager,
    dossier: DossierRow,
    command: RecordCellResolutionCommand,
    purpose: ResolutionPurpose,
    recognitionPapers: RecognitionPapers | null,
    checkPrerequisites: (officialMembers: number) => Promise<void>,
  ): Promise<CellResolutionRow> {
    const { clock, actor } = this.scope;
    const roll = await cellRoll(em, dossier.cellId, command.meetingDate, new Set(command.presentMemberIds));
    const problems = new Problems();
    command.presentMemberIds.forEach((memberId, index) => {
      if (!roll.some((entry) => entry.memberId === memberId)) problems.add(`input.presentMemberIds[${index}]`, 'is not an official member of the cell');
    });
    problems.throwIfAny('The attendance is not valid.');
    await checkPrerequisites(roll.length);
    const count = countCellVote({ meetingDate: command.meetingDate, roll, overrides: command.baseOverrides, inFavour: command.inFavour });
    const row: CellResolutionRow = {
      id: randomUUID(),
      dossierId: dossier.id,
      purpose,
      recognitionPapers,
      meetingDate: command.meetingDate,
      ...count,
      roll,
      baseOverrides: command.baseOverrides,
      recordedAt: clock.now(),
      recordedBy: actor.id,
      recordedByRole: actor.role,
    };
    await em.insertMany(CellResolutionEntity, [row]);
    return row;
  }
}
