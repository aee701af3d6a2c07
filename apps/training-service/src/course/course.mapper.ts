import type { CourseRow, CourseSessionRow } from './course.entity';
import { Course, CourseSession } from './course.type';

/** The stored rows as the API shows them (the API never exposes the tables themselves). */
export function toCourse(row: CourseRow): Course {
  return Object.assign(new Course(), {
    id: row.id,
    kind: row.kind,
    institutionId: row.institutionId,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    capacity: row.capacity,
    location: row.location,
    status: row.status,
    cancelReason: row.cancelReason,
  });
}

export function toCourseSession(row: CourseSessionRow): CourseSession {
  return Object.assign(new CourseSession(), { id: row.id, position: row.position, date: row.date, startsAt: row.startsAt, endsAt: row.endsAt, topic: row.topic });
}
