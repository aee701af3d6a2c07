import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { toCertificate } from '../certificate/certificate.mapper';
import { validCertificateOn } from '../certificate/certificate.resolver';
import { Certificate } from '../certificate/certificate.type';
import { ENROLMENT_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { toEnrolment } from '../enrolment/enrolment.mapper';
import { Enrolment } from '../enrolment/enrolment.type';
import { CandidateStub } from './candidate.stub';

/** The fields this subgraph adds to the sourcing service's `Candidate` (batched over an `_entities` page). */
@Resolver(() => CandidateStub)
export class CandidateResolver {
  @FieldResolver(() => [Enrolment], { description: 'The candidate’s enrolments you may see, in nomination order (from the training service).' })
  @Allow(ENROLMENT_READERS)
  async enrolments(@Root() candidate: CandidateStub, @Ctx() ctx: TrainingContext): Promise<Enrolment[]> {
    return (await ctx.loaders.enrolmentsOfCandidate.load(candidate.id)).map(toEnrolment);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The awareness certificate valid on a day, if any (from the training service).' })
  @Allow(ENROLMENT_READERS)
  async awarenessCertificate(
    @Root() candidate: CandidateStub,
    @Arg('validOn', () => LocalDateScalar, { description: 'The day.' }) validOn: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Certificate | null> {
    const row = validCertificateOn(await ctx.loaders.certificatesOfCandidate.load(candidate.id), 'AWARENESS', validOn);
    return row ? toCertificate(row) : null;
  }
}
