/** The two kinds of course (the contracts' courseKind carries the same codes). */
export const COURSE_KINDS = ['AWARENESS', 'NEW_MEMBER'] as const;
export type CourseKind = (typeof COURSE_KINDS)[number];

export const COURSE_STATUSES = ['PLANNED', 'OPEN', 'RUNNING', 'FINISHED', 'CANCELLED'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/**
 * NOMINATED by a cell → APPROVED or REFUSED by the board; WITHDRAWN before the start;
 * RELEASED when the course is cancelled; FINISHED once the result is recorded.
 */
export const ENROLMENT_STATUSES = ['NOMINATED', 'APPROVED', 'REFUSED', 'WITHDRAWN', 'RELEASED', 'FINISHED'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Enrolments that hold or claim a place. */
export const ACTIVE_ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['NOMINATED', 'APPROVED'];

export const ATTENDANCE_MARKS = ['PRESENT', 'EXCUSED', 'ABSENT'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export const COURSE_RESULTS = ['PASSED', 'FAILED', 'ABSENT'] as const;
export type CourseResult = (typeof COURSE_RESULTS)[number];

export const CERTIFICATE_STATUSES = ['VALID', 'INVALIDATED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * A candidate's stage as training needs it, kept from the sourcing and admission services'
 * facts. Training's own steps (in training, trained) are this service's to know.
 */
export const CANDIDATE_STAGES = ['REFERRED', 'DECLINED', 'IN_SOURCE_POOL', 'IN_ADMISSION', 'ADMITTED', 'WITHDRAWN'] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

/** Stages from which a candidate may be nominated to an awareness course ("the source pool or later"). */
export const NOMINABLE_CANDIDATE_STAGES: readonly CandidateStage[] = ['IN_SOURCE_POOL', 'IN_ADMISSION'];
