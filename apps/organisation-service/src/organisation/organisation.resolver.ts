import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { todayInVietnam } from '@pdv/calendar';
import { Allow, LocalDateScalar, pageSize, toConnection } from '@pdv/graphql';
import type { OrganisationContext } from '../context';
import { ORGANISATION_READERS } from '../common/permissions';
import { OrganisationFilter } from './organisation.input';
import { toClosure, toOrganisation, toTreeNode, toVersionRecord } from './organisation.mapper';
import { parseOrganisationFilter } from './organisation.parse';
import { Organisation, OrganisationConnection, OrganisationHistory, OrganisationTreeNode } from './organisation.type';

@ArgsType()
class OrganisationsArgs {
  @Field(() => OrganisationFilter, { nullable: true, description: 'Which organisations; all active today when omitted.' })
  filter?: OrganisationFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** Reads of the organisation tree; any role of the ward may read it. */
@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation as it was on `asOf` (default: today in Hanoi); null if it did not exist then.',
  })
  @Allow(ORGANISATION_READERS)
  async organisation(
    @Arg('id', () => ID, { description: 'The organisation.' }) id: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The date (default: today in Hanoi).' }) asOf: string | null | undefined,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation | null> {
    const date = asOf ?? todayInVietnam(ctx.clock);
    const view = await ctx.services.organisations.get(id, date);
    return view ? toOrganisation(view, date) : null;
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations as they were on a date, in Vietnamese alphabetical order of their names (then id).',
  })
  @Allow(ORGANISATION_READERS)
  async organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() ctx: OrganisationContext,
  ): Promise<InstanceType<typeof OrganisationConnection>> {
    const query = parseOrganisationFilter(args.filter, todayInVietnam(ctx.clock));
    const first = pageSize(args.first);
    const page = await ctx.services.organisations.list(query, first, args.after ?? null);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.nameSortKey, row.id], (row) => toOrganisation(row, query.activeOn));
  }

  @Query(() => OrganisationTreeNode, {
    nullable: true,
    description: 'The tree under an organisation as it stood on a date (nested; ask for as many levels as needed). Null if the root did not exist then.',
  })
  @Allow(ORGANISATION_READERS)
  async organisationTree(
    @Arg('rootId', () => ID, { description: 'The root, usually the ward committee.' }) rootId: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The date (default: today in Hanoi).' }) asOf: string | null | undefined,
    @Ctx() ctx: OrganisationContext,
  ): Promise<OrganisationTreeNode | null> {
    const date = asOf ?? todayInVietnam(ctx.clock);
    const tree = await ctx.services.organisations.tree(rootId, date);
    return tree ? toTreeNode(tree, date) : null;
  }

  @Query(() => OrganisationHistory, { description: 'Every version of an organisation with who recorded it, when and why, and its closure.' })
  @Allow(ORGANISATION_READERS)
  async organisationHistory(
    @Arg('id', () => ID, { description: 'The organisation.' }) id: string,
    @Ctx() ctx: OrganisationContext,
  ): Promise<OrganisationHistory> {
    const history = await ctx.services.organisations.history(id);
    return Object.assign(new OrganisationHistory(), {
      organisationId: id,
      versions: history.versions.map(toVersionRecord),
      closure: history.closure ? toClosure(history.closure) : null,
    });
  }
}
