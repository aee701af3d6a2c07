import { ROLE_GROUPS, type Role } from '@pdv/auth';

/**
 * Who may do what, in one place (resolvers name these, never roles one by one). The centre
 * runs courses and records results; cell secretaries nominate and read within their part of
 * the ward (rows filtered in the services); the board approves and reads everything; the
 * standing committee, committee members and auditors read.
 */
const WARD_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;

/** Courses, sessions and institutions are not personal data: everyone who works with training sees them. */
export const COURSE_READERS: readonly Role[] = [...WARD_READERS, 'TRAINING_CENTRE', 'CELL_SECRETARY'];
/** Schedule, open, start, finish and cancel courses; record attendance and results; issue, invalidate and correct certificates. */
export const COURSE_RUNNERS: readonly Role[] = ['TRAINING_CENTRE'];
/** Register institutions: the centre, and the board that organises training with it. */
export const INSTITUTION_EDITORS: readonly Role[] = ['TRAINING_CENTRE', 'PARTY_BUILDING_BOARD'];
export const INSTITUTION_READERS: readonly Role[] = COURSE_READERS;
/** Nominate candidates and probationary members of their part of the ward. */
export const NOMINATORS: readonly Role[] = ['CELL_SECRETARY'];
/** Approve or refuse nominations (the class list). */
export const APPROVERS: readonly Role[] = ['PARTY_BUILDING_BOARD'];
/** Withdraw a nomination or place before the course starts: the nominating cell, or the board. */
export const WITHDRAWERS: readonly Role[] = ['CELL_SECRETARY', 'PARTY_BUILDING_BOARD'];
/** Enrolments, attendance, results and certificates (a cell secretary sees their subtree's rows only). */
export const ENROLMENT_READERS: readonly Role[] = [...WARD_READERS, 'TRAINING_CENTRE', 'CELL_SECRETARY'];
/** The training policy (validity, renewal window, completion rule). */
export const POLICY_EDITORS: readonly Role[] = ['PARTY_BUILDING_BOARD'];
export const POLICY_READERS: readonly Role[] = [...WARD_READERS, 'TRAINING_CENTRE', 'CELL_SECRETARY'];
