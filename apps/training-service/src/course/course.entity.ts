import type { CourseKind, CourseStatus } from '@pdv/training-domain';
import { EntitySchema } from '@pdv/persistence';

/** A course: awareness (for candidates) or new-member (for probationary members), run by an institution. */
export interface CourseRow {
  id: string;
  kind: CourseKind;
  institutionId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  location: string;
  status: CourseStatus;
  cancelReason: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
}

export const CourseEntity = new EntitySchema<CourseRow>({
  name: 'CourseRow',
  tableName: 'course',
  properties: {
    id: { type: 'uuid', primary: true },
    kind: { type: 'string', columnType: 'text' },
    institutionId: { type: 'uuid', index: 'course_institution_idx' },
    title: { type: 'string', columnType: 'text' },
    startsOn: { type: 'string', columnType: 'date' },
    endsOn: { type: 'string', columnType: 'date' },
    capacity: { type: 'integer' },
    location: { type: 'string', columnType: 'text' },
    status: { type: 'string', columnType: 'text' },
    cancelReason: { type: 'string', columnType: 'text', nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string', columnType: 'text' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
  indexes: [{ name: 'course_starts_on_idx', properties: ['startsOn', 'id'] }],
});

/** One session of a course: a day, a time span (Vietnam time, HH:MM) and a topic. */
export interface CourseSessionRow {
  id: string;
  courseId: string;
  /** 1 for the first session in time order. */
  position: number;
  date: string;
  startsAt: string;
  endsAt: string;
  topic: string;
}

export const CourseSessionEntity = new EntitySchema<CourseSessionRow>({
  name: 'CourseSessionRow',
  tableName: 'course_session',
  properties: {
    id: { type: 'uuid', primary: true },
    courseId: { type: 'uuid' },
    position: { type: 'integer' },
    date: { type: 'string', columnType: 'date' },
    startsAt: { type: 'string', columnType: 'text' },
    endsAt: { type: 'string', columnType: 'text' },
    topic: { type: 'string', columnType: 'text' },
  },
  uniques: [{ name: 'course_session_position_key', properties: ['courseId', 'position'] }],
});
