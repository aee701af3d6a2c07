import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { MEMBER_READERS, ORGANISATION_READERS, WARD_EDITORS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toPartyMember } from '../member/party-member.mapper';
import { PartyMember } from '../member/party-member.type';
import { toOrganisation } from '../organisation/organisation.mapper';
import { Organisation } from '../organisation/organisation.type';
import { todayInVietnam } from '@pdv/calendar';
import { AssignSupervisionInput, EndSupervisionInput, parseAssignSupervision, parseEndSupervision } from './supervision.input';
import { toSupervisionAssignment } from './supervision.mapper';
import { SupervisionAssignment } from './supervision.type';

@Resolver(() => SupervisionAssignment)
export class SupervisionResolver {
  @Query(() => [SupervisionAssignment], {
    description: 'Supervision assignments, optionally of one committee member or one organisation, in force on a date or all of them.',
  })
  @Allow(MEMBER_READERS)
  async supervisionAssignments(
    @Arg('committeeMemberId', () => ID, { nullable: true, description: 'Only this committee member’s.' }) committeeMemberId: string | null | undefined,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Only this organisation’s.' }) organisationId: string | null | undefined,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Only those in force on this date; all (history) when omitted.' }) asOf: string | null | undefined,
    @Ctx() ctx: OrganisationContext,
  ): Promise<SupervisionAssignment[]> {
    const rows = await ctx.services.supervision.list({
      committeeMemberId: committeeMemberId ? committeeMemberId : null,
      organisationIds: organisationId ? [organisationId] : null,
      asOf: asOf ?? null,
    });
    return rows.map(toSupervisionAssignment);
  }

  @Mutation(() => SupervisionAssignment, { description: 'Assigns a committee member to supervise an organisation for a period.' })
  @Allow(WARD_EDITORS)
  async assignSupervision(
    @Arg('input', () => AssignSupervisionInput, { description: 'Who, which organisation, which period.' }) input: AssignSupervisionInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<SupervisionAssignment> {
    return toSupervisionAssignment(await ctx.services.supervision.assign(parseAssignSupervision(input)));
  }

  @Mutation(() => SupervisionAssignment, { description: 'Ends a supervision assignment (it can be shortened, never lengthened).' })
  @Allow(WARD_EDITORS)
  async endSupervision(
    @Arg('input', () => EndSupervisionInput, { description: 'The assignment and its end.' }) input: EndSupervisionInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<SupervisionAssignment> {
    const { assignmentId, validTo } = parseEndSupervision(input);
    return toSupervisionAssignment(await ctx.services.supervision.end(assignmentId, validTo));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The supervised organisation, as of the assignment’s first day.' })
  @Allow(ORGANISATION_READERS)
  async organisation(@Root() assignment: SupervisionAssignment, @Ctx() ctx: OrganisationContext): Promise<Organisation | null> {
    const view = await ctx.loaders.organisationAsOf(assignment.validFrom).load(assignment.organisationId);
    return view ? toOrganisation(view, assignment.validFrom) : null;
  }

  @FieldResolver(() => PartyMember, { nullable: true, description: 'The committee member (cell secretaries: only within their subtree).' })
  @Allow(MEMBER_READERS)
  async committeeMember(@Root() assignment: SupervisionAssignment, @Ctx() ctx: OrganisationContext): Promise<PartyMember | null> {
    const row = await ctx.services.memberReads.get(assignment.committeeMemberId);
    return row ? toPartyMember(row, todayInVietnam(ctx.clock)) : null;
  }
}
