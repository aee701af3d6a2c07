import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow, pageSize, parseYear, toConnection } from '@pdv/graphql';
import { toCandidate } from '../candidate/candidate.mapper';
import { Candidate } from '../candidate/candidate.type';
import type { SourcingContext } from '../context';
import { toMassOrganisation } from '../mass-organisation/mass-organisation.mapper';
import { MassOrganisation } from '../mass-organisation/mass-organisation.type';
import { OrganisationStub, organisationStub } from '../organisation/organisation.stub';
import { CELL_ACTORS, REFERRAL_READERS, REFERRERS } from '../common/access';
import { AcceptReferralInput, AcceptReferralsInput, DeclineReferralInput, ReferralFilterInput, SubmitReferralInput } from './referral.input';
import { toReferral } from './referral.mapper';
import { parseAcceptReferrals, parseDeclineReferral, parseSubmitReferral } from './referral.parse';
import { Referral, ReferralConnection, ReferralWarning, SubmitReferralPayload } from './referral.type';

@ArgsType()
class ReferralsArgs {
  @Field(() => ReferralFilterInput, { nullable: true, description: 'Filters; omit for every referral you may see.' })
  filter?: ReferralFilterInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  after?: string | null;
}

@ObjectType({ description: 'The result of a cell’s decision on a referral.' })
export class ReferralDecisionPayload {
  @Field(() => Referral, { description: 'The referral, now ACCEPTED or DECLINED.' })
  referral!: Referral;

  @Field(() => Candidate, { description: 'The candidate, with their status after the decision.' })
  candidate!: Candidate;
}

@ObjectType({ description: 'The answer for one referral of an "accept the selected": the referral and candidate after it, or why it was refused.' })
export class ReferralAcceptAnswer {
  @Field(() => ID, { description: 'The referral, as listed in the input.' })
  referralId!: string;

  @Field(() => Boolean, { description: 'Whether this referral was accepted.' })
  ok!: boolean;

  @Field(() => Referral, { nullable: true, description: 'The referral, now ACCEPTED, when it was.' })
  referral!: Referral | null;

  @Field(() => Candidate, { nullable: true, description: 'The candidate, with their status after the decision, when accepted.' })
  candidate!: Candidate | null;

  @Field(() => String, { nullable: true, description: 'Why it was refused: the error code (CONFLICT, RULE_VIOLATION, NOT_FOUND, FORBIDDEN).' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The rule broken, for RULE_VIOLATION.' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong and what to do, in words.' })
  message!: string | null;
}

@Resolver(() => Referral)
export class ReferralResolver {
  @Query(() => ReferralConnection, {
    description: 'Referrals you may see, newest first: staff see their own organisation’s, cell secretaries those to their cells, ward roles all.',
  })
  @Allow(REFERRAL_READERS)
  async referrals(@Args(() => ReferralsArgs) args: ReferralsArgs, @Ctx() ctx: SourcingContext): Promise<InstanceType<typeof ReferralConnection>> {
    const first = pageSize(args.first);
    parseYear(args.filter?.year, 'filter.year');
    const page = await ctx.services.referrals.list(args.filter ?? {}, first, args.after);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.submittedAt.toISOString(), row.id], toReferral);
  }

  @Query(() => Referral, { description: 'One referral, if you may see it (otherwise NOT_FOUND).' })
  @Allow(REFERRAL_READERS)
  async referral(@Arg('id', () => ID, { description: 'The referral’s id.' }) id: string, @Ctx() ctx: SourcingContext): Promise<Referral> {
    return toReferral(await ctx.services.referrals.get(id));
  }

  @Mutation(() => SubmitReferralPayload, {
    description:
      'Refer one person to a cell, for your own mass organisation. If the person (same national ID number) is already a candidate and the full name (ignoring accents, case and spaces), date of birth and gender agree with the record held, the referral is attached to that record and the answer says so (CONFLICT instead when your organisation’s own referral of the person is still open). If they do not agree, nothing is recorded and the answer is RULE_VIOLATION `SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH`, which names nothing held (no name, date, id, nor which detail differs): check the ID number, name and date of birth.',
  })
  @Allow(REFERRERS, { arg: 'input.massOrganisationId', kind: 'massOrganisation' })
  async submitReferral(
    @Arg('input', () => SubmitReferralInput, { description: 'The person, the cell and the consent.' }) input: SubmitReferralInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<SubmitReferralPayload> {
    const result = await ctx.services.referrals.submit(parseSubmitReferral(input));
    return Object.assign(new SubmitReferralPayload(), {
      referral: toReferral(result.referral),
      candidate: toCandidate(result.candidate),
      isRepeatReferral: result.isRepeatReferral,
      message: result.message,
      warnings: result.warnings.map((w) => Object.assign(new ReferralWarning(), { field: w.field, message: w.message, rule: w.rule ?? null })),
      possibleDuplicateCount: result.possibleDuplicateCount,
    });
  }

  @Mutation(() => ReferralDecisionPayload, {
    description: 'Accept a referral to one of your cells: the person enters the cell’s source pool (nguồn).',
  })
  @Allow(CELL_ACTORS)
  async acceptReferral(
    @Arg('input', () => AcceptReferralInput, { description: 'The referral.' }) input: AcceptReferralInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralDecisionPayload> {
    const result = await ctx.services.referrals.accept(input.referralId);
    return Object.assign(new ReferralDecisionPayload(), { referral: toReferral(result.referral), candidate: toCandidate(result.candidate) });
  }

  @Mutation(() => [ReferralAcceptAnswer], {
    description:
      'Accept several referrals to your cells at once ("accept the selected"): each is accepted on its own, in the order listed, so one already decided by someone else, or another cell’s, is answered with its refusal while the others are accepted. One answer per referral, in the same order. Bad input (none, more than 100, one listed twice) changes nothing.',
  })
  @Allow(CELL_ACTORS)
  async acceptReferrals(
    @Arg('input', () => AcceptReferralsInput, { description: 'The referrals.' }) input: AcceptReferralsInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralAcceptAnswer[]> {
    const outcomes = await ctx.services.referrals.acceptEach(parseAcceptReferrals(input));
    return outcomes.map((outcome) =>
      Object.assign(
        new ReferralAcceptAnswer(),
        outcome.ok
          ? { referralId: outcome.key, ok: true, referral: toReferral(outcome.value.referral), candidate: toCandidate(outcome.value.candidate), code: null, rule: null, message: null }
          : { referralId: outcome.key, ok: false, referral: null, candidate: null, code: outcome.code, rule: outcome.rule, message: outcome.message },
      ),
    );
  }

  @Mutation(() => ReferralDecisionPayload, {
    description:
      'Decline a referral to one of your cells, with a reason. The person is declined too when no other referral of theirs is open (never for DUPLICATE).',
  })
  @Allow(CELL_ACTORS)
  async declineReferral(
    @Arg('input', () => DeclineReferralInput, { description: 'The referral, the reason and a note.' }) input: DeclineReferralInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<ReferralDecisionPayload> {
    const result = await ctx.services.referrals.decline(parseDeclineReferral(input, await ctx.services.policy.current()));
    return Object.assign(new ReferralDecisionPayload(), { referral: toReferral(result.referral), candidate: toCandidate(result.candidate) });
  }

  @FieldResolver(() => Candidate, { nullable: true, description: 'The person referred (null if you may no longer see them).' })
  @Allow(REFERRAL_READERS)
  async candidate(@Root() referral: Referral, @Ctx() ctx: SourcingContext): Promise<Candidate | null> {
    const row = await ctx.loaders.candidate.load(referral.candidateId);
    return row ? toCandidate(row) : null;
  }

  @FieldResolver(() => MassOrganisation, { nullable: true, description: 'The referring mass organisation.' })
  @Allow(REFERRAL_READERS)
  async massOrganisation(@Root() referral: Referral, @Ctx() ctx: SourcingContext): Promise<MassOrganisation | null> {
    const row = await ctx.loaders.massOrganisation.load(referral.massOrganisationId);
    return row ? toMassOrganisation(row) : null;
  }

  @FieldResolver(() => OrganisationStub, { description: 'The cell the person was referred to (details from the organisation service).' })
  @Allow(REFERRAL_READERS)
  cell(@Root() referral: Referral): OrganisationStub {
    return organisationStub(referral.cellId);
  }
}
