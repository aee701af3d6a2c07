import { randomUUID } from 'node:crypto';
import {
  type BaseOverride,
  checkStepDates,
  countCellVote,
  DEFAULT_ADMISSION_POLICY,
  type DossierStatus,
  nextDossierStatus,
  requireAllowed,
  votePrerequisites,
} from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { cellResolutionFailed, cellResolutionPassed } from '@pdv/contracts';
import { Problems } from '@pdv/errors';
import type { ServiceScope } from '../common/service-scope';
import { lockDossierInScope } from '../dossier/dossier-access';
import { readAdmissionFacts } from '../readiness/admission-facts.reader';
import { CellResolutionEntity, type CellResolutionRow } from './cell-resolution.entity';
import { cellRoll } from './cell-resolution.queries';

export interface RecordCellResolutionCommand {
  dossierId: string;
  meetingDate: string;
  presentMemberIds: readonly string[];
  baseOverrides: readonly BaseOverride[];
  inFavour: number;
}

/**
 * The cell's vote on one candidate (step 7), in one transaction: every prerequisite of the
 * readiness list must allow it on the meeting date (the refusal is that list's first blocking
 * outcome), then the count decides. A passed resolution moves the dossier on; a failed one
 * leaves it open. Either is published.
 */
export class CellResolutionService {
  constructor(private readonly scope: ServiceScope) {}

  async record(command: RecordCellResolutionCommand): Promise<CellResolutionRow> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierInScope(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'CELL_RESOLUTION_PASSED' }, { hasGrassrootsCommittee: false });
      checkStepDates([{ step: 'CELL_RESOLUTION', date: command.meetingDate }], today);

      const present = new Set(command.presentMemberIds);
      const roll = await cellRoll(em, dossier.cellId, present);
      const problems = new Problems();
      command.presentMemberIds.forEach((memberId, index) => {
        if (!roll.some((entry) => entry.memberId === memberId)) problems.add(`input.presentMemberIds[${index}]`, 'is not an official member of the cell');
      });
      problems.throwIfAny('The attendance is not valid.');

      const facts = await readAdmissionFacts(this.scope, em, { id: dossier.candidateId, cellId: dossier.cellId }, dossier);
      requireAllowed(votePrerequisites({ ...facts, vote: null }, command.meetingDate, DEFAULT_ADMISSION_POLICY));
      const count = countCellVote({ meetingDate: command.meetingDate, roll, overrides: command.baseOverrides, inFavour: command.inFavour });

      const row: CellResolutionRow = {
        id: randomUUID(),
        dossierId: dossier.id,
        meetingDate: command.meetingDate,
        ...count,
        roll,
        baseOverrides: command.baseOverrides,
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(CellResolutionEntity, [row]);
      if (count.passed) await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      events.recordEvent(em, count.passed ? cellResolutionPassed : cellResolutionFailed, {
        aggregateId: dossier.id,
        actor,
        data: { resolutionId: row.id, dossierId: dossier.id, candidateId: dossier.candidateId, cellId: dossier.cellId, meetingDate: command.meetingDate, base: count.base, inFavour: count.inFavour },
      });
      return row;
    });
  }
}
