import DataLoader from 'dataloader';
import type { Identity } from '@pdv/auth';
import { createByIdLoader, createGroupLoader } from '@pdv/graphql';
import type { EntityManager } from '@pdv/persistence';
import type { CertificateRow } from './certificate/certificate.entity';
import { findVisibleCertificates } from './certificate/certificate.queries';
import type { CourseRow, CourseSessionRow } from './course/course.entity';
import { findCoursesByIds, findSessionsOfCourses } from './course/course.queries';
import type { AttendanceRow, EnrolmentRow } from './enrolment/enrolment.entity';
import { findAttendanceOf, findVisibleEnrolments, findVisibleEnrolmentsFor } from './enrolment/enrolment.queries';
import { type NominationsKey, nominationIdsOf, nominationsKeyOf, type TrainingStatsRow, trainingStatsOf } from './organisation/organisation.queries';
import type { InstitutionRow } from './institution/institution.entity';
import { findInstitutionsByIds } from './institution/institution.queries';

/** Per-request batch loaders: one query for many ids (references, nested fields of a list). */
export interface TrainingLoaders {
  course: DataLoader<string, CourseRow | null>;
  institution: DataLoader<string, InstitutionRow | null>;
  sessionsOfCourse: DataLoader<string, CourseSessionRow[], string>;
  /** Enrolments the caller may see, by id, by course, by candidate, by member. */
  enrolment: DataLoader<string, EnrolmentRow | null>;
  enrolmentsOfCourse: DataLoader<string, EnrolmentRow[], string>;
  enrolmentsOfCandidate: DataLoader<string, EnrolmentRow[], string>;
  enrolmentsOfMember: DataLoader<string, EnrolmentRow[], string>;
  attendanceOfEnrolment: DataLoader<string, AttendanceRow[], string>;
  /** Certificates the caller may see, by id, by candidate, by member (newest first). */
  certificate: DataLoader<string, CertificateRow | null>;
  certificatesOfCandidate: DataLoader<string, CertificateRow[], string>;
  certificatesOfMember: DataLoader<string, CertificateRow[], string>;
  certificateOfEnrolment: DataLoader<string, CertificateRow[], string>;
  /** Organisation.nominations: the enrolments of each organisation's subtree the caller may see. */
  nominationsOfOrganisation: DataLoader<NominationsKey, EnrolmentRow[], string>;
  trainingStats: DataLoader<{ organisationId: string; year: number }, TrainingStatsRow[], string>;
}

export function createLoaders(em: EntityManager, identity: Identity | null): TrainingLoaders {
  // Without a caller nothing personal is visible; @Allow refuses such requests before any loader runs.
  const asCaller = <T>(run: (who: Identity) => Promise<T[]>) => (identity ? run(identity) : Promise.resolve([]));
  const enrolment = createByIdLoader<EnrolmentRow>((ids) => asCaller((who) => findVisibleEnrolments(em, who, ids)));
  return {
    course: createByIdLoader((ids) => findCoursesByIds(em, ids)),
    institution: createByIdLoader((ids) => findInstitutionsByIds(em, ids)),
    sessionsOfCourse: createGroupLoader((ids) => findSessionsOfCourses(em, ids), (row) => row.courseId),
    enrolment,
    enrolmentsOfCourse: createGroupLoader((ids) => asCaller((who) => findVisibleEnrolmentsFor(em, who, 'course_id', ids)), (row) => row.courseId),
    enrolmentsOfCandidate: createGroupLoader((ids) => asCaller((who) => findVisibleEnrolmentsFor(em, who, 'candidate_id', ids)), (row) => row.candidateId ?? ''),
    enrolmentsOfMember: createGroupLoader((ids) => asCaller((who) => findVisibleEnrolmentsFor(em, who, 'member_id', ids)), (row) => row.memberId ?? ''),
    attendanceOfEnrolment: createGroupLoader((ids) => findAttendanceOf(em, ids), (row) => row.enrolmentId),
    certificate: createByIdLoader((ids) => asCaller((who) => findVisibleCertificates(em, who, 'id', ids))),
    certificatesOfCandidate: createGroupLoader((ids) => asCaller((who) => findVisibleCertificates(em, who, 'candidate_id', ids)), (row) => row.candidateId ?? ''),
    certificatesOfMember: createGroupLoader((ids) => asCaller((who) => findVisibleCertificates(em, who, 'member_id', ids)), (row) => row.memberId ?? ''),
    // Two statements for a whole page: the ids per key through the closure table, then the visible rows.
    nominationsOfOrganisation: new DataLoader<NominationsKey, EnrolmentRow[], string>(
      async (keys) => {
        const found = await nominationIdsOf(em, keys);
        const rows = new Map((await asCaller((who) => findVisibleEnrolments(em, who, [...new Set(found.map((row) => row.enrolmentId))]))).map((row) => [row.id, row]));
        return keys.map((key) => found.filter((row) => row.key === nominationsKeyOf(key) && rows.has(row.enrolmentId)).map((row) => rows.get(row.enrolmentId)!));
      },
      { cacheKeyFn: nominationsKeyOf },
    ),
    trainingStats: createGroupLoader(
      (keys) => trainingStatsOf(em, keys),
      (row) => ({ organisationId: row.organisationId, year: row.year }),
      (key) => `${key.organisationId}|${key.year}`,
    ),
    certificateOfEnrolment: createGroupLoader((ids) => asCaller((who) => findVisibleCertificates(em, who, 'enrolment_id', ids)), (row) => row.enrolmentId),
  };
}
