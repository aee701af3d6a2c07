import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { toAdmissionReadiness } from './readiness.mapper';
import { AdmissionReadiness } from './readiness.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => AdmissionReadiness)
export class AdmissionReadinessResolver {
  @Query(() => AdmissionReadiness, {
    description:
      'Every rule of the admission vote for a candidate on a meeting date, each with its outcome, the fact it used and what to do next: what still blocks the vote. A candidate outside a cell secretary’s part of the ward is NOT_FOUND.',
  })
  @Allow(DOSSIER_HANDLERS)
  async admissionReadiness(
    @Arg('candidateId', () => ID, { description: 'The candidate (accepted by a cell in the sourcing service).' }) candidateId: string,
    @Arg('meetingDate', () => LocalDateScalar, { description: 'The date of the cell’s meeting: every rule is evaluated on it.' }) meetingDate: string,
    @Ctx() ctx: AdmissionContext,
  ): Promise<AdmissionReadiness> {
    return toAdmissionReadiness(candidateId, meetingDate, await ctx.services.readiness.evaluate(candidateId, meetingDate));
  }
}
