import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { assertOrganisationInScope, requireRole } from '@pdv/auth';
import type { CandidateStatus } from '@pdv/sourcing-domain';
import { AppError } from '@pdv/errors';
import { Allow, asksForItems, pageSize, toConnection } from '@pdv/graphql';
import { toCandidate } from '../candidate/candidate.mapper';
import { CandidateConnection } from '../candidate/candidate.type';
import type { SourcingContext } from '../context';
import { CANDIDATE_READERS, WARD_READERS } from '../common/access';
import { callerOf } from '../common/caller';
import { pairCursor } from '../common/cursor';
import { isUuid } from '@pdv/graphql';
import { CandidateStatusEnum } from '../common/graphql-enums.type';
import { OrganisationStub } from './organisation.stub';
import { ReferralStats } from './organisation.type';

/** Referral figures: the ward's readers, and cell secretaries for their part of the ward. */
const REFERRAL_STATS_READERS = [...WARD_READERS, 'CELL_SECRETARY' as const];

/** The fields this subgraph adds to the organisation service's `Organisation`. */
@Resolver(() => OrganisationStub)
export class OrganisationResolver {
  @FieldResolver(() => CandidateConnection, {
    description:
      'Candidates of this organisation and the cells under it that you may see, in Vietnamese alphabetical order (from the sourcing service).',
  })
  @Allow(CANDIDATE_READERS)
  async candidates(
    @Root() organisation: OrganisationStub,
    @Arg('status', () => CandidateStatusEnum, { nullable: true, description: 'Only candidates in this status.' }) status: CandidateStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last item of the previous page.' }) after: string | null,
    @Ctx() ctx: SourcingContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InstanceType<typeof CandidateConnection>> {
    const caller = callerOf(ctx);
    requireRole(caller.identity, CANDIDATE_READERS, 'see candidates');
    if (!isUuid(organisation.id)) throw AppError.badInput('organisationId must be an organisation id.');
    if (caller.identity.role === 'CELL_SECRETARY') await assertOrganisationInScope(caller.identity, organisation.id, ctx.scopes);
    const size = pageSize(first);
    // Batched over the whole `_entities` page (loaders.ts): one statement for every organisation's
    // page. A dashboard asking only `totalCount` gets the count without a page of candidates.
    const page = await ctx.loaders.candidatesOfOrganisation.load({
      organisationId: organisation.id,
      status: status ?? null,
      first: asksForItems(info) ? size : 0,
      after: pairCursor(after),
    });
    return toConnection(page.rows, size, page.totalCount, (row) => [row.nameSortKey, row.id], toCandidate);
  }

  @FieldResolver(() => ReferralStats, { description: 'Referral figures of this organisation and the cells under it for a year (from the sourcing service).' })
  @Allow(REFERRAL_STATS_READERS)
  async referralStats(
    @Root() organisation: OrganisationStub,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralStats> {
    const caller = callerOf(ctx);
    requireRole(caller.identity, REFERRAL_STATS_READERS, 'see referral figures');
    if (!isUuid(organisation.id)) throw AppError.badInput('organisationId must be an organisation id.');
    if (caller.identity.role === 'CELL_SECRETARY') await assertOrganisationInScope(caller.identity, organisation.id, ctx.scopes);
    const [row] = await ctx.loaders.referralStats.load({ organisationId: organisation.id, year });
    return Object.assign(new ReferralStats(), row ?? { year, referrals: 0, people: 0, submitted: 0, accepted: 0, declined: 0, nurturedNow: 0, admitted: 0 });
  }
}
