import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { MEMBER_EDITORS, WARD_EDITORS } from '../common/permissions';
import { todayOf } from '../common/today';
import type { OrganisationContext } from '../context';
import {
  CompleteMemberRecordInput,
  CorrectMemberRecordInput,
  RecogniseOfficialMemberInput,
  RecordMemberMovementInput,
  RegisterMemberInput,
} from './party-member.input';
import { toMemberMovement, toPartyMember } from './party-member.mapper';
import {
  parseCompleteMemberRecord,
  parseCorrectMemberRecord,
  parseRecogniseOfficialMember,
  parseRecordMemberMovement,
  parseRegisterMember,
} from './party-member.parse';
import { PartyMember, RecordMemberMovementResult } from './party-member.type';

/** Changes to members: the ward's editors, and cell secretaries inside their subtree. */
@Resolver(() => PartyMember)
export class PartyMemberMutationResolver {
  @Mutation(() => PartyMember, { description: 'Enters a member who already is one: an existing member of the ward, or an arrival by transfer.' })
  @Allow(MEMBER_EDITORS, { arg: 'input.organisationId', kind: 'organisation' })
  async registerMember(
    @Arg('input', () => RegisterMemberInput, { description: 'The member’s record and cell.' }) input: RegisterMemberInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<PartyMember> {
    return toPartyMember(await ctx.services.members.register(parseRegisterMember(input)), todayOf(ctx.clock));
  }

  @Mutation(() => PartyMember, { description: 'Fills in the personal data of a member created from an admission ceremony (a pending record).' })
  @Allow(MEMBER_EDITORS)
  async completeMemberRecord(
    @Arg('input', () => CompleteMemberRecordInput, { description: 'The member and their personal data.' }) input: CompleteMemberRecordInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<PartyMember> {
    const { memberId, values } = parseCompleteMemberRecord(input);
    return toPartyMember(await ctx.services.members.complete(memberId, values), todayOf(ctx.clock));
  }

  @Mutation(() => PartyMember, { description: 'Corrects a member record with a reason; the old values are kept in the record’s history.' })
  @Allow(MEMBER_EDITORS)
  async correctMemberRecord(
    @Arg('input', () => CorrectMemberRecordInput, { description: 'The member, the corrected values and why.' }) input: CorrectMemberRecordInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<PartyMember> {
    const { memberId, values, reason } = parseCorrectMemberRecord(input);
    return toPartyMember(await ctx.services.members.correct(memberId, values, reason), todayOf(ctx.clock));
  }

  @Mutation(() => RecordMemberMovementResult, { description: 'Records a movement of a member (transfer, temporary transfer, exemption, name removal, death).' })
  @Allow(MEMBER_EDITORS)
  async recordMemberMovement(
    @Arg('input', () => RecordMemberMovementInput, { description: 'The member, the movement and its date.' }) input: RecordMemberMovementInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<RecordMemberMovementResult> {
    const applied = await ctx.services.movements.record(parseRecordMemberMovement(input));
    return Object.assign(new RecordMemberMovementResult(), {
      member: toPartyMember(applied.member, todayOf(ctx.clock)),
      movement: toMemberMovement(applied.movement),
    });
  }

  @Mutation(() => PartyMember, {
    description: 'Recognises a probationary member as official (for data predating the system; normally the admission service does it). Official from the end of the 12 months.',
  })
  @Allow(WARD_EDITORS)
  async recogniseOfficialMember(
    @Arg('input', () => RecogniseOfficialMemberInput, { description: 'The member and the decision date.' }) input: RecogniseOfficialMemberInput,
    @Ctx() ctx: OrganisationContext,
  ): Promise<PartyMember> {
    const { memberId, decisionDate } = parseRecogniseOfficialMember(input);
    return toPartyMember(await ctx.services.members.recognise(memberId, decisionDate), todayOf(ctx.clock));
  }
}
