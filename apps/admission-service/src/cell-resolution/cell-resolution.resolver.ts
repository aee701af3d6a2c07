import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { DECIDING_ROLES, DOSSIER_HANDLERS } from '../common/permissions';
import { CommitteeResolution, RecordGrassrootsResolutionInput } from './grassroots.type';
import type { AdmissionContext } from '../context';
import { RecordCellResolutionInput, RecordRecognitionResolutionInput } from './cell-resolution.input';
import { toCellResolution } from './cell-resolution.mapper';
import { parseRecordCellResolution, parseRecordRecognitionResolution } from './cell-resolution.parse';
import { CellResolution } from './cell-resolution.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => CellResolution)
export class CellResolutionResolver {
  @Mutation(() => CellResolution, {
    description:
      'Records the cell’s vote on a candidate at a meeting: refused with the first rule of admissionReadiness that blocks it on that date; passes at ≥ 2/3 of the base (ADMISSION.VOTE_TWO_THIRDS); publishes admission.cell-resolution.passed or .failed.',
  })
  @Allow(DOSSIER_HANDLERS)
  async recordCellResolution(
    @Arg('input', () => RecordCellResolutionInput, { description: 'The dossier, the meeting, who attended, any overrides of the base and the count.' }) input: RecordCellResolutionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<CellResolution> {
    return toCellResolution(await ctx.services.cellResolutions.record(parseRecordCellResolution(input)));
  }

  @Mutation(() => CellResolution, {
    description:
      'Records the cell’s vote on recognising a probationary member, on or after the end of the 12 months (RECOGNITION.AFTER_PROBATION), on the self-review and both comments (RECOGNITION.DOCUMENTS), with the new-member course certificate (RECOGNITION.NEW_MEMBER_COURSE); passes at ≥ 2/3 of the base (RECOGNITION.VOTE_TWO_THIRDS). The committee then decides.',
  })
  @Allow(DOSSIER_HANDLERS)
  async recordRecognitionResolution(
    @Arg('input', () => RecordRecognitionResolutionInput, { description: 'The dossier, the meeting, the papers’ dates, who attended, any overrides of the base and the count.' }) input: RecordRecognitionResolutionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<CellResolution> {
    return toCellResolution(await ctx.services.cellResolutions.recordRecognition(parseRecordRecognitionResolution(input)));
  }

  @Mutation(() => CommitteeResolution, {
    description:
      'Records the grassroots committee’s resolution on a dossier its cell resolved, where the cell sits under one: passes at ≥ 2/3 of the committee’s members (ADMISSION.GRASSROOTS_TWO_THIRDS), and only then may the competent committee decide.',
  })
  @Allow(DECIDING_ROLES)
  async recordGrassrootsResolution(
    @Arg('input', () => RecordGrassrootsResolutionInput, { description: 'The dossier, the meeting, the committee’s members and those in favour.' }) input: RecordGrassrootsResolutionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<CommitteeResolution> {
    return Object.assign(new CommitteeResolution(), await ctx.services.grassrootsResolutions.record(input));
  }
}
