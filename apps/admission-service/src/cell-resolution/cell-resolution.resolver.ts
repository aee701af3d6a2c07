import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { RecordCellResolutionInput } from './cell-resolution.input';
import { toCellResolution } from './cell-resolution.mapper';
import { parseRecordCellResolution } from './cell-resolution.parse';
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
}
