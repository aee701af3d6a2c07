import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError } from '@pdv/errors';
import { Allow, decodeCursor, isUuid, pageSize, parseYear, toConnection } from '@pdv/graphql';
import type { CourseKind, CourseStatus, EnrolmentStatus } from '@pdv/training-domain';
import { CourseKindEnum, CourseStatusEnum, EnrolmentStatusEnum } from '../common/graphql-enums.type';
import { COURSE_READERS, COURSE_RUNNERS, ENROLMENT_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { toEnrolment } from '../enrolment/enrolment.mapper';
import { Enrolment } from '../enrolment/enrolment.type';
import { toInstitution } from '../institution/institution.mapper';
import { Institution } from '../institution/institution.type';
import { ScheduleCourseInput } from './course.input';
import { toCourse, toCourseSession } from './course.mapper';
import { parseReason, parseScheduleCourse } from './course.parse';
import { Course, CourseConnection, CourseSession } from './course.type';

@ArgsType()
class CoursesArgs {
  @Field(() => CourseKindEnum, { nullable: true, description: 'Only courses of this kind.' })
  kind?: CourseKind | null;

  @Field(() => CourseStatusEnum, { nullable: true, description: 'Only courses in this status.' })
  status?: CourseStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only courses whose term touches this year.' })
  year?: number | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

/** The keyset [startsOn, id] of a cursor from this list; anything else is BAD_USER_INPUT, never a database error. */
function afterOf(cursor: string | null | undefined): [string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (values === null) return null;
  const [startsOn, id] = values;
  if (typeof startsOn !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(startsOn) || typeof id !== 'string' || !isUuid(id)) {
    throw AppError.badInput('after is not a cursor from this list; start again without it.', [{ field: 'after', message: 'is not a valid cursor' }]);
  }
  return [startsOn, id];
}

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Course)
export class CourseResolver {
  @Query(() => Course, { nullable: true, description: 'One course; null if there is none.' })
  @Allow(COURSE_READERS)
  async course(@Arg('id', () => ID, { description: 'The course.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Course | null> {
    const row = await ctx.services.courses.get(id);
    return row ? toCourse(row) : null;
  }

  @Query(() => CourseConnection, { description: 'Courses in term order.' })
  @Allow(COURSE_READERS)
  async courses(@Args(() => CoursesArgs) args: CoursesArgs, @Ctx() ctx: TrainingContext): Promise<InstanceType<typeof CourseConnection>> {
    const first = pageSize(args.first);
    const filter = { kind: args.kind ?? null, status: args.status ?? null, year: parseYear(args.year ?? null, 'year') };
    const page = await ctx.services.courses.list(filter, afterOf(args.after), first + 1);
    return toConnection(page.rows, first, page.totalCount, (row) => [row.startsOn, row.id], toCourse);
  }

  @Mutation(() => Course, { description: 'Schedules a course (PLANNED) with its sessions; the training centre.' })
  @Allow(COURSE_RUNNERS)
  async scheduleCourse(@Arg('input', () => ScheduleCourseInput, { description: 'Kind, institution, term, capacity, location and sessions.' }) input: ScheduleCourseInput, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse(await ctx.services.courses.schedule(parseScheduleCourse(input)));
  }

  @Mutation(() => Course, { description: 'Opens a planned course for nominations.' })
  @Allow(COURSE_RUNNERS)
  async openCourse(@Arg('id', () => ID, { description: 'The course.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse(await ctx.services.courses.transition(id, { kind: 'OPEN' }));
  }

  @Mutation(() => Course, { description: 'Starts an open course on or after its first day (nominations close).' })
  @Allow(COURSE_RUNNERS)
  async startCourse(@Arg('id', () => ID, { description: 'The course.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse(await ctx.services.courses.transition(id, { kind: 'START' }));
  }

  @Mutation(() => Course, { description: 'Finishes a running course on or after its last day.' })
  @Allow(COURSE_RUNNERS)
  async finishCourse(@Arg('id', () => ID, { description: 'The course.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse(await ctx.services.courses.transition(id, { kind: 'FINISH' }));
  }

  @Mutation(() => Course, { description: 'Cancels a course with a reason; its nominations and places are released, each with an event.' })
  @Allow(COURSE_RUNNERS)
  async cancelCourse(
    @Arg('id', () => ID, { description: 'The course.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; no personal data).' }) reason: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Course> {
    return toCourse(await ctx.services.courses.transition(id, { kind: 'CANCEL', reason: parseReason('reason', reason) }));
  }

  @FieldResolver(() => Institution, { description: 'The institution that runs it.' })
  @Allow(COURSE_READERS)
  async institution(@Root() course: Course, @Ctx() ctx: TrainingContext): Promise<Institution> {
    return toInstitution((await ctx.loaders.institution.load(course.institutionId))!);
  }

  @FieldResolver(() => [CourseSession], { description: 'Its sessions in time order.' })
  @Allow(COURSE_READERS)
  async sessions(@Root() course: Course, @Ctx() ctx: TrainingContext): Promise<CourseSession[]> {
    return (await ctx.loaders.sessionsOfCourse.load(course.id)).map(toCourseSession);
  }

  @FieldResolver(() => [Enrolment], { description: 'Its enrolments you may see (a cell secretary: those of their part of the ward), in nomination order: the class list.' })
  @Allow(ENROLMENT_READERS)
  async enrolments(
    @Root() course: Course,
    @Arg('status', () => EnrolmentStatusEnum, { nullable: true, description: 'Only enrolments in this status.' }) status: EnrolmentStatus | null,
    @Ctx() ctx: TrainingContext,
  ): Promise<Enrolment[]> {
    const rows = await ctx.loaders.enrolmentsOfCourse.load(course.id);
    return rows.filter((row) => !status || row.status === status).map(toEnrolment);
  }
}
