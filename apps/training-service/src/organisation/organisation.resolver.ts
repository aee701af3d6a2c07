import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { assertOrganisationInScope, requireIdentity } from '@pdv/auth';
import { Allow, parseYear } from '@pdv/graphql';
import type { EnrolmentStatus } from '@pdv/training-domain';
import { toCertificate } from '../certificate/certificate.mapper';
import { Certificate } from '../certificate/certificate.type';
import { EnrolmentStatusEnum } from '../common/graphql-enums.type';
import { ENROLMENT_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { toEnrolment } from '../enrolment/enrolment.mapper';
import { Enrolment } from '../enrolment/enrolment.type';
import { OrganisationStub, PartyMemberStub } from './organisation.stub';
import { TrainingKindStats, TrainingStats } from './organisation.type';

/** The fields this subgraph adds to the organisation service's `Organisation` (batched over an `_entities` page). */
@Resolver(() => OrganisationStub)
export class OrganisationResolver {
  @FieldResolver(() => [Enrolment], { description: 'Nominations from this organisation and the cells under it to courses starting in a year (from the training service).' })
  @Allow(ENROLMENT_READERS)
  async nominations(
    @Root() organisation: OrganisationStub,
    @Arg('year', () => Int, { description: 'The year the courses start in.' }) year: number,
    @Arg('status', () => EnrolmentStatusEnum, { nullable: true, description: 'Only nominations in this status.' }) status: EnrolmentStatus | null,
    @Ctx() ctx: TrainingContext,
  ): Promise<Enrolment[]> {
    await assertOrganisationInScope(requireIdentity(ctx.identity), organisation.id, ctx.scopes);
    const rows = await ctx.loaders.nominationsOfOrganisation.load({ organisationId: organisation.id, year: parseYear(year, 'year'), status: status ?? null });
    return rows.map(toEnrolment);
  }

  @FieldResolver(() => TrainingStats, { description: 'Training figures of this organisation and the cells under it for a year (from the training service).' })
  @Allow(ENROLMENT_READERS)
  async trainingStats(
    @Root() organisation: OrganisationStub,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: TrainingContext,
  ): Promise<TrainingStats> {
    await assertOrganisationInScope(requireIdentity(ctx.identity), organisation.id, ctx.scopes);
    const rows = await ctx.loaders.trainingStats.load({ organisationId: organisation.id, year: parseYear(year, 'year') });
    return Object.assign(new TrainingStats(), {
      year,
      kinds: rows.map((row) => Object.assign(new TrainingKindStats(), { kind: row.kind, nominated: row.nominated, approved: row.approved, trained: row.trained })),
    });
  }
}

/** The field this subgraph adds to the organisation service's `PartyMember`. */
@Resolver(() => PartyMemberStub)
export class PartyMemberResolver {
  @FieldResolver(() => Certificate, { nullable: true, description: 'The member’s latest new-member course certificate that is not invalidated, if any (from the training service).' })
  @Allow(ENROLMENT_READERS)
  async newMemberCertificate(@Root() member: PartyMemberStub, @Ctx() ctx: TrainingContext): Promise<Certificate | null> {
    const row = (await ctx.loaders.certificatesOfMember.load(member.id)).find((certificate) => certificate.courseKind === 'NEW_MEMBER' && certificate.status === 'VALID');
    return row ? toCertificate(row) : null;
  }
}
