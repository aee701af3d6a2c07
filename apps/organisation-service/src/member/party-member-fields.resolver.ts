import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { MEMBER_READERS, ORGANISATION_READERS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toOrganisation } from '../organisation/organisation.mapper';
import { Organisation } from '../organisation/organisation.type';
import { toMemberCorrection, toMemberMovement } from './party-member.mapper';
import { MemberCorrection, MemberMovement, PartyMember } from './party-member.type';

/** Nested fields of PartyMember, batched per request. */
@Resolver(() => PartyMember)
export class PartyMemberFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'National ID number. Shown in full only to the standing committee, the party-building board and the secretary of a cell holding the member (each such read is audit-logged); masked (*********123) for everyone else.',
  })
  @Allow(MEMBER_READERS)
  nationalId(@Root() member: PartyMember, @Ctx() ctx: OrganisationContext): Promise<string | null> {
    return ctx.personalData.nationalId({ type: 'PartyMember', id: member.id, organisationId: member.homeCellId }, member.storedNationalId, 'PartyMember.nationalId');
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The cell (organisationId) as it was on asOf.' })
  @Allow(ORGANISATION_READERS)
  async organisation(@Root() member: PartyMember, @Ctx() ctx: OrganisationContext): Promise<Organisation | null> {
    const view = await ctx.loaders.organisationAsOf(member.asOf).load(member.organisationId);
    return view ? toOrganisation(view, member.asOf) : null;
  }

  @FieldResolver(() => [MemberMovement], { description: 'Every movement of the member, in recorded order.' })
  @Allow(MEMBER_READERS)
  async movements(@Root() member: PartyMember, @Ctx() ctx: OrganisationContext): Promise<MemberMovement[]> {
    return (await ctx.loaders.movements.load(member.id)).map(toMemberMovement);
  }

  @FieldResolver(() => [MemberCorrection], { description: 'Completions and corrections of the record, oldest first, with the values they replaced.' })
  @Allow(MEMBER_READERS)
  async corrections(@Root() member: PartyMember, @Ctx() ctx: OrganisationContext): Promise<MemberCorrection[]> {
    return (await ctx.loaders.corrections.load(member.id)).map((row) => toMemberCorrection(row, member.homeCellId));
  }
}

/** Old and new values of a correction: a national ID is masked or audit-logged like PartyMember.nationalId. */
@Resolver(() => MemberCorrection)
export class MemberCorrectionFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The value before the change (null if it was pending).' })
  @Allow(MEMBER_READERS)
  oldValue(@Root() correction: MemberCorrection, @Ctx() ctx: OrganisationContext): Promise<string | null> {
    return this.shown(correction, correction.storedOldValue, 'MemberCorrection.oldValue', ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The value after the change.' })
  @Allow(MEMBER_READERS)
  newValue(@Root() correction: MemberCorrection, @Ctx() ctx: OrganisationContext): Promise<string | null> {
    return this.shown(correction, correction.storedNewValue, 'MemberCorrection.newValue', ctx);
  }

  private async shown(correction: MemberCorrection, value: string | null, field: string, ctx: OrganisationContext): Promise<string | null> {
    if (correction.field !== 'NATIONAL_ID') return value;
    return ctx.personalData.nationalId({ type: 'PartyMember', id: correction.memberId, organisationId: correction.homeCellId }, value, field);
  }
}
