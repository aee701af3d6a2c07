import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { CandidateStub, candidateStub } from '../candidate/candidate.stub';
import { toCertificate } from '../certificate/certificate.mapper';
import { Certificate } from '../certificate/certificate.type';
import { APPROVERS, COURSE_RUNNERS, ENROLMENT_READERS, NOMINATORS, WITHDRAWERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { toCourse } from '../course/course.mapper';
import { parseReason } from '../course/course.parse';
import { Course } from '../course/course.type';
import { OrganisationStub, organisationStub, PartyMemberStub, partyMemberStub } from '../organisation/organisation.stub';
import { NominateInput, RecordAttendanceInput, RecordResultsInput } from './enrolment.input';
import { toAttendance, toEnrolment } from './enrolment.mapper';
import { parseNominate, parseRecordAttendance, parseRecordResults } from './enrolment.parse';
import { Attendance, Enrolment } from './enrolment.type';

@ObjectType({ description: 'The answer for one result row: the finished enrolment and its certificate, or why the row was refused.' })
class ResultRowAnswer {
  @Field(() => ID, { description: 'The row’s enrolment.' })
  enrolmentId!: string;

  @Field(() => Boolean, { description: 'Whether the row was recorded.' })
  ok!: boolean;

  @Field(() => Enrolment, { nullable: true, description: 'The enrolment after the row, when recorded.' })
  enrolment!: Enrolment | null;

  @Field(() => Certificate, { nullable: true, description: 'The certificate issued, when the participant completed the course.' })
  certificate!: Certificate | null;

  @Field(() => String, { nullable: true, description: 'Why the row was refused: the error code.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'The rule broken, for RULE_VIOLATION.' })
  rule!: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong and what to do, in words.' })
  message!: string | null;
}

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Enrolment)
export class EnrolmentResolver {
  @Query(() => Enrolment, { nullable: true, description: 'One enrolment you may see; null otherwise.' })
  @Allow(ENROLMENT_READERS)
  async enrolment(@Arg('id', () => ID, { description: 'The enrolment.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Enrolment | null> {
    const row = await ctx.loaders.enrolment.load(id);
    return row ? toEnrolment(row) : null;
  }

  @Mutation(() => Enrolment, { description: 'A cell secretary nominates a candidate or probationary member of their part of the ward to an open course.' })
  @Allow(NOMINATORS)
  async nominate(@Arg('input', () => NominateInput, { description: 'The course and the person.' }) input: NominateInput, @Ctx() ctx: TrainingContext): Promise<Enrolment> {
    return toEnrolment(await ctx.services.enrolments.nominate(parseNominate(input)));
  }

  @Mutation(() => Enrolment, { description: 'The party-building board approves a nomination, within the course’s capacity.' })
  @Allow(APPROVERS)
  async approveNomination(@Arg('id', () => ID, { description: 'The enrolment.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Enrolment> {
    return toEnrolment(await ctx.services.enrolments.decide(id, { kind: 'APPROVE' }));
  }

  @Mutation(() => Enrolment, { description: 'The party-building board refuses a nomination, with a reason.' })
  @Allow(APPROVERS)
  async refuseNomination(
    @Arg('id', () => ID, { description: 'The enrolment.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; no personal data).' }) reason: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Enrolment> {
    return toEnrolment(await ctx.services.enrolments.decide(id, { kind: 'REFUSE', reason: parseReason('reason', reason) }));
  }

  @Mutation(() => Enrolment, { description: 'Withdraws a nomination or place before the course starts (the nominating cell, or the board); the place is free again.' })
  @Allow(WITHDRAWERS)
  async withdrawNomination(
    @Arg('id', () => ID, { description: 'The enrolment.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; no personal data).' }) reason: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Enrolment> {
    return toEnrolment(await ctx.services.enrolments.decide(id, { kind: 'WITHDRAW', reason: parseReason('reason', reason) }));
  }

  @Mutation(() => [Enrolment], { description: 'Records attendance at one session for some participants, all or nothing (the training centre).' })
  @Allow(COURSE_RUNNERS)
  async recordAttendance(@Arg('input', () => RecordAttendanceInput, { description: 'The session and the marks.' }) input: RecordAttendanceInput, @Ctx() ctx: TrainingContext): Promise<Enrolment[]> {
    return (await ctx.services.enrolments.recordAttendance(parseRecordAttendance(input))).map(toEnrolment);
  }

  @Mutation(() => [ResultRowAnswer], { description: 'Records final results row by row (the training centre); a participant who completes gets a certificate.' })
  @Allow(COURSE_RUNNERS)
  async recordResults(@Arg('input', () => RecordResultsInput, { description: 'The rows.' }) input: RecordResultsInput, @Ctx() ctx: TrainingContext): Promise<ResultRowAnswer[]> {
    const outcomes = await ctx.services.enrolments.recordResults(parseRecordResults(input));
    return outcomes.map((outcome) =>
      Object.assign(
        new ResultRowAnswer(),
        outcome.ok
          ? { enrolmentId: outcome.enrolmentId, ok: true, enrolment: toEnrolment(outcome.enrolment), certificate: outcome.certificate && toCertificate(outcome.certificate), code: null, rule: null, message: null }
          : { enrolmentId: outcome.enrolmentId, ok: false, enrolment: null, certificate: null, code: outcome.code, rule: outcome.rule, message: outcome.message },
      ),
    );
  }

  @FieldResolver(() => Course, { description: 'The course.' })
  @Allow(ENROLMENT_READERS)
  async course(@Root() enrolment: Enrolment, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse((await ctx.loaders.course.load(enrolment.courseId))!);
  }

  @FieldResolver(() => CandidateStub, { nullable: true, description: 'The candidate (awareness course), resolved by the sourcing service.' })
  @Allow(ENROLMENT_READERS)
  candidate(@Root() enrolment: Enrolment): CandidateStub | null {
    return enrolment.candidateId ? candidateStub(enrolment.candidateId) : null;
  }

  @FieldResolver(() => PartyMemberStub, { nullable: true, description: 'The party member (new-member course), resolved by the organisation service.' })
  @Allow(ENROLMENT_READERS)
  member(@Root() enrolment: Enrolment): PartyMemberStub | null {
    return enrolment.memberId ? partyMemberStub(enrolment.memberId) : null;
  }

  // The cell's name for class lists and attendance sheets comes from the organisation service.
  @FieldResolver(() => OrganisationStub, { description: 'The nominee’s cell when nominated (its name from the organisation service).' })
  @Allow(ENROLMENT_READERS)
  organisation(@Root() enrolment: Enrolment): OrganisationStub {
    return organisationStub(enrolment.organisationId);
  }

  @FieldResolver(() => [Attendance], { description: 'Attendance recorded so far, by session.' })
  @Allow(ENROLMENT_READERS)
  async attendance(@Root() enrolment: Enrolment, @Ctx() ctx: TrainingContext): Promise<Attendance[]> {
    return (await ctx.loaders.attendanceOfEnrolment.load(enrolment.id)).map(toAttendance);
  }

  @FieldResolver(() => Certificate, { nullable: true, description: 'The certificate issued for it, if any.' })
  @Allow(ENROLMENT_READERS)
  async certificate(@Root() enrolment: Enrolment, @Ctx() ctx: TrainingContext): Promise<Certificate | null> {
    const [row] = await ctx.loaders.certificateOfEnrolment.load(enrolment.id);
    return row ? toCertificate(row) : null;
  }
}
