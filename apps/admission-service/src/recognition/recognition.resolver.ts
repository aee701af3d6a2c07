import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { DECIDING_ROLES } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { RecordRecognitionDecisionInput } from './recognition.input';
import { toOfficialRecognition } from './recognition.mapper';
import { parseRecordRecognitionDecision } from './recognition.parse';
import { OfficialRecognition } from './recognition.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => OfficialRecognition)
export class RecognitionResolver {
  @Mutation(() => OfficialRecognition, {
    description:
      'Records the competent committee’s decision at the end of probation (ADMISSION.COMPETENT_COMMITTEE): recognised after the cell’s passed recognition resolution, official from the end of the 12 months however late (RECOGNITION.NAME_REMOVAL), or the name removed with a reason; publishes admission.recognition.granted or admission.probation.name-removed.',
  })
  @Allow(DECIDING_ROLES)
  async recordRecognitionDecision(
    @Arg('input', () => RecordRecognitionDecisionInput, { description: 'The dossier, the outcome, the decision’s number and date, and the reason of a removal.' }) input: RecordRecognitionDecisionInput,
    @Ctx() ctx: AdmissionContext,
  ): Promise<OfficialRecognition> {
    return toOfficialRecognition(await ctx.services.recognitions.decide(parseRecordRecognitionDecision(input)));
  }
}
