import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import type { SourcingContext } from '../context';
import { PartyMemberStub, partyMemberStub } from '../organisation/organisation.stub';
import { CANDIDATE_READERS, CELL_ACTORS } from '../common/access';
import { AssignMentorInput, ReleaseMentorInput } from './mentor.input';
import { toMentor } from './mentor.mapper';
import { parseAssignMentor, parseReleaseMentor } from './mentor.parse';
import { Mentor } from './mentor.type';

@Resolver(() => Mentor)
export class MentorResolver {
  @Mutation(() => Mentor, {
    description:
      'Assign an official member of the candidate’s cell to mentor them. The member must be active, official, taking part in the cell, and under the ward’s limit of mentees.',
  })
  @Allow(CELL_ACTORS)
  async assignMentor(
    @Arg('input', () => AssignMentorInput, { description: 'The candidate and the member.' }) input: AssignMentorInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<Mentor> {
    return toMentor(await ctx.services.mentors.assign(parseAssignMentor(input)));
  }

  @Mutation(() => Mentor, { description: 'End a member’s mentoring of a candidate (the assignment is kept in the history).' })
  @Allow(CELL_ACTORS)
  async releaseMentor(
    @Arg('input', () => ReleaseMentorInput, { description: 'The candidate, the member and why.' }) input: ReleaseMentorInput,
    @Ctx() ctx: SourcingContext,
  ): Promise<Mentor> {
    return toMentor(await ctx.services.mentors.release(parseReleaseMentor(input)));
  }

  @FieldResolver(() => PartyMemberStub, { description: 'The mentoring member (details from the organisation service).' })
  @Allow(CANDIDATE_READERS)
  member(@Root() mentor: Mentor): PartyMemberStub {
    return partyMemberStub(mentor.memberId);
  }
}
