import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { organisationRowsVisible } from '../common/access';
import { MEMBER_READERS, ORGANISATION_READERS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toTargetExemption } from '../exemption/target-exemption.mapper';
import { TargetExemption } from '../exemption/target-exemption.type';
import { toMemberCounts } from '../member/party-member.mapper';
import { MemberCounts } from '../member/party-member.type';
import { toSupervisionAssignment } from '../supervision/supervision.mapper';
import { SupervisionAssignment } from '../supervision/supervision.type';
import { toClosure, toOrganisation } from './organisation.mapper';
import { Organisation, OrganisationClosure } from './organisation.type';

const ON_DATE = 'The date (default: the date this organisation is shown as of).';

/** Nested fields of Organisation, each batched per request (no query per organisation). */
@Resolver(() => Organisation)
export class OrganisationFieldsResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The parent organisation on the same date; null for the ward committee.' })
  @Allow(ORGANISATION_READERS)
  async parent(@Root() organisation: Organisation, @Ctx() ctx: OrganisationContext): Promise<Organisation | null> {
    if (!organisation.parentId) return null;
    const view = await ctx.loaders.organisationAsOf(organisation.asOf).load(organisation.parentId);
    return view ? toOrganisation(view, organisation.asOf) : null;
  }

  @FieldResolver(() => [Organisation], { description: 'The organisations directly under this one on a date, in Vietnamese name order.' })
  @Allow(ORGANISATION_READERS)
  async children(
    @Root() organisation: Organisation,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: ON_DATE }) asOf: string | null | undefined,
    @Ctx() ctx: OrganisationContext,
  ): Promise<Organisation[]> {
    const date = asOf ?? organisation.asOf;
    const rows = await ctx.loaders.childrenAsOf(date).load(organisation.id);
    return rows.map((row) => toOrganisation(row, date));
  }

  @FieldResolver(() => MemberCounts, {
    nullable: true,
    description: 'Official, probationary and total members on a date (cell secretaries: their subtree only).',
  })
  @Allow(MEMBER_READERS)
  async memberCounts(
    @Root() organisation: Organisation,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: ON_DATE }) asOf: string | null | undefined,
    @Arg('includeSubtree', () => Boolean, { defaultValue: true, description: 'Count the organisations under it too (default true: a committee’s members are in its cells).' }) includeSubtree: boolean,
    @Ctx() ctx: OrganisationContext,
  ): Promise<MemberCounts> {
    const date = asOf ?? organisation.asOf;
    const counts = await ctx.services.memberReads.counts(organisation.id, date, includeSubtree);
    return toMemberCounts(counts, organisation.id, date, includeSubtree);
  }

  @FieldResolver(() => [TargetExemption], { description: 'Its exemptions from the per-unit admission targets for a year.' })
  @Allow(ORGANISATION_READERS)
  async exemptions(
    @Root() organisation: Organisation,
    @Arg('year', () => Int, { description: 'The plan year.' }) year: number,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: 'Include revoked exemptions (history).' }) includeRevoked: boolean,
    @Ctx() ctx: OrganisationContext,
  ): Promise<TargetExemption[]> {
    const rows = await ctx.loaders.exemptions(year, includeRevoked).load(organisation.id);
    return rows.map(toTargetExemption);
  }

  @FieldResolver(() => [SupervisionAssignment], {
    description: 'The committee members assigned to supervise it on a date (cell secretaries: organisations of their subtree only, else empty).',
  })
  @Allow(MEMBER_READERS)
  async supervisors(
    @Root() organisation: Organisation,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: ON_DATE }) asOf: string | null | undefined,
    @Ctx() ctx: OrganisationContext,
  ): Promise<SupervisionAssignment[]> {
    // Any organisation of the tree reaches this field: filter rows like supervisionAssignments does.
    if (!(await organisationRowsVisible(ctx.identity, ctx.scopes, organisation.id))) return [];
    const rows = await ctx.loaders.supervisorsAsOf(asOf ?? organisation.asOf).load(organisation.id);
    return rows.map(toSupervisionAssignment);
  }

  @FieldResolver(() => OrganisationClosure, { nullable: true, description: 'How it stopped existing; null while it exists.' })
  @Allow(ORGANISATION_READERS)
  async closure(@Root() organisation: Organisation, @Ctx() ctx: OrganisationContext): Promise<OrganisationClosure | null> {
    const row = await ctx.loaders.organisationRow.load(organisation.id);
    return row ? toClosure(row) : null;
  }
}
