import { randomUUID } from 'node:crypto';
import { todayInVietnam } from '@pdv/calendar';
import { courseCancelled, courseScheduled } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { type CourseAction, type CourseKind, planSchedule, type SessionPlan, transitionCourse } from '@pdv/training-domain';
import type { ServiceScope } from '../common/service-scope';
import { releaseOpenEnrolments } from '../enrolment/enrolment-release';
import { findInstitutionById } from '../institution/institution.queries';
import { CourseEntity, type CourseRow, type CourseSessionRow, CourseSessionEntity } from './course.entity';
import { countCourses, type CourseFilter, findCoursesByIds, findCoursesPage, lockCourse } from './course.queries';

export interface ScheduleCourseCommand {
  kind: CourseKind;
  institutionId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  location: string;
  sessions: (SessionPlan & { topic: string })[];
}

export interface CoursePage {
  rows: CourseRow[];
  totalCount: number;
}

/** Courses and their sessions: scheduled by the centre, moved through their lifecycle with their events. */
export class CourseService {
  constructor(private readonly scope: ServiceScope) {}

  async get(id: string): Promise<CourseRow | null> {
    return (await findCoursesByIds(this.scope.em, [id]))[0] ?? null;
  }

  /** NOT_FOUND for an unknown course (ids are not secret: courses are not personal data). */
  async require(id: string): Promise<CourseRow> {
    const row = await this.get(id);
    if (!row) throw AppError.notFound('Course', id);
    return row;
  }

  async list(filter: CourseFilter, after: readonly [string, string] | null, limit: number): Promise<CoursePage> {
    const rows = await findCoursesPage(this.scope.em, filter, after, limit);
    return { rows, totalCount: await countCourses(this.scope.em, filter) };
  }

  async schedule(command: ScheduleCourseCommand): Promise<CourseRow> {
    const { clock, actor, events } = this.scope;
    if (!(await findInstitutionById(this.scope.em, command.institutionId))) {
      throw AppError.badInput('No institution has that id; register it first.', [{ field: 'input.institutionId', message: 'is not a registered institution' }]);
    }
    const ordered = planSchedule(command) as ScheduleCourseCommand['sessions'];
    const now = clock.now();
    const course: CourseRow = {
      id: randomUUID(),
      kind: command.kind,
      institutionId: command.institutionId,
      title: command.title,
      startsOn: command.startsOn,
      endsOn: command.endsOn,
      capacity: command.capacity,
      location: command.location,
      status: 'PLANNED',
      cancelReason: null,
      createdAt: now,
      createdBy: actor.id,
      updatedAt: now,
    };
    const sessions: CourseSessionRow[] = ordered.map((session, index) => ({
      id: randomUUID(),
      courseId: course.id,
      position: index + 1,
      date: session.date,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      topic: session.topic,
    }));
    await this.scope.em.transactional(async (tx) => {
      await tx.insertMany(CourseEntity, [course]);
      await tx.insertMany(CourseSessionEntity, sessions);
      events.recordEvent(tx, courseScheduled, {
        aggregateId: course.id,
        actor,
        data: { courseId: course.id, courseKind: course.kind, institutionId: course.institutionId, startsOn: course.startsOn, endsOn: course.endsOn, capacity: course.capacity },
      });
    });
    return course;
  }

  /**
   * Opens, starts, finishes or cancels a course. A cancellation releases every open
   * nomination and place, each with its event, in the same transaction.
   */
  async transition(id: string, action: CourseAction): Promise<CourseRow> {
    const { clock, actor, events } = this.scope;
    const today = todayInVietnam(clock);
    return this.scope.em.transactional(async (tx) => {
      const course = await lockCourse(tx, id);
      if (!course) throw AppError.notFound('Course', id);
      course.status = transitionCourse(course.status, action, { today, startsOn: course.startsOn, endsOn: course.endsOn });
      course.updatedAt = clock.now();
      if (action.kind === 'CANCEL') {
        course.cancelReason = action.reason;
        await releaseOpenEnrolments(tx, events, { courseId: course.id }, { cause: 'COURSE_CANCELLED', reason: action.reason, actor, at: clock.now() });
        events.recordEvent(tx, courseCancelled, { aggregateId: course.id, actor, data: { courseId: course.id, courseKind: course.kind, cancelledOn: today } });
      }
      await tx.flush();
      return course;
    });
  }
}
