import { randomUUID } from 'node:crypto';
import { checkStepDates, type DossierStatus, grassrootsResolutionOutcome, nextDossierStatus, votesRequired } from '@pdv/admission-domain';
import { todayInVietnam } from '@pdv/calendar';
import { Problems } from '@pdv/errors';
import type { ServiceScope } from '../common/service-scope';
import { lockDossierForVote } from '../dossier/dossier-access';
import { passedResolutionDate } from './cell-resolution.queries';
import { GrassrootsResolutionEntity, type GrassrootsResolutionRow } from './grassroots.entity';

export interface RecordGrassrootsResolutionCommand {
  dossierId: string;
  meetingDate: string;
  committeeMembers: number;
  inFavour: number;
}

/**
 * The grassroots committee's resolution (step 8), where the cell sits under one: after the
 * cell's passed resolution, dated between it and today, passing at ≥ 2/3 of the committee's
 * members (ADMISSION.GRASSROOTS_TWO_THIRDS). Passed moves the dossier to GRASSROOTS_RESOLVED
 * (the competent committee decides next); failed is kept and leaves it CELL_RESOLVED.
 */
export class GrassrootsResolutionService {
  constructor(private readonly scope: ServiceScope) {}

  async record(command: RecordGrassrootsResolutionCommand): Promise<GrassrootsResolutionRow> {
    const { clock, actor } = this.scope;
    return this.scope.em.transactional(async (em) => {
      const dossier = await lockDossierForVote(em, this.scope.identity, command.dossierId);
      const status = nextDossierStatus(dossier.status as DossierStatus, { kind: 'GRASSROOTS_RESOLUTION_PASSED' }, { hasGrassrootsCommittee: true });
      const [parent] = await em.execute<{ kind: string }[]>(
        'select parent.kind from org_read_model cell join org_read_model parent on parent.id = cell.parent_id where cell.id = ?::uuid',
        [dossier.cellId],
      );
      if (parent?.kind !== 'GRASSROOTS_COMMITTEE') new Problems().add('input.dossierId', 'the dossier’s cell is not under a grassroots committee: the competent committee decides directly').throwIfAny();
      const resolvedOn = (await passedResolutionDate(em, dossier.id, 'ADMISSION'))!;
      checkStepDates([{ step: 'CELL_RESOLUTION', date: resolvedOn }, { step: 'GRASSROOTS_RESOLUTION', date: command.meetingDate }], todayInVietnam(clock));
      const outcome = grassrootsResolutionOutcome({ committeeMembers: command.committeeMembers, inFavour: command.inFavour });
      const row: GrassrootsResolutionRow = {
        id: randomUUID(),
        dossierId: dossier.id,
        meetingDate: command.meetingDate,
        committeeMembers: command.committeeMembers,
        inFavour: command.inFavour,
        required: votesRequired(command.committeeMembers),
        passed: outcome.status === 'MET',
        recordedAt: clock.now(),
        recordedBy: actor.id,
        recordedByRole: actor.role,
      };
      await em.insertMany(GrassrootsResolutionEntity, [row]);
      if (row.passed) await em.execute('update admission_dossier set status = ? where id = ?::uuid', [status, dossier.id]);
      return row;
    });
  }
}
