import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, uuid } from '../common';

export const COURSE_KINDS = ['AWARENESS', 'NEW_MEMBER'] as const;
export const courseKind = z.enum(COURSE_KINDS);

export const enrolmentNominated = defineEvent({
  type: 'training.enrolment.nominated',
  version: 1,
  description: 'A cell nominated a candidate (awareness course) or a probationary member (new-member course) to a course.',
  schema: z.object({
    enrolmentId: uuid,
    courseId: uuid,
    courseKind,
    candidateId: uuid.nullable(),
    memberId: uuid.nullable(),
    nominatedBy: uuid,
  }),
});

export const enrolmentFinished = defineEvent({
  type: 'training.enrolment.finished',
  version: 1,
  description: 'A course ended for a participant: passed (a certificate follows) or not.',
  schema: z.object({
    enrolmentId: uuid,
    courseId: uuid,
    courseKind,
    candidateId: uuid.nullable(),
    memberId: uuid.nullable(),
    result: z.enum(['PASSED', 'FAILED', 'ABSENT']),
  }),
});

export const certificateIssued = defineEvent({
  type: 'training.certificate.issued',
  version: 1,
  description: 'The centre issued a certificate; it is valid until validUntil (60 months for awareness courses).',
  schema: z.object({
    certificateId: uuid,
    courseKind,
    candidateId: uuid.nullable(),
    memberId: uuid.nullable(),
    issuedOn: localDate,
    validUntil: localDate,
  }),
});

// Added with the training service: ids, codes and dates only (no names, no scores).

/** Who an enrolment is for: a candidate (awareness course) or a member (new-member course). */
const enrolmentParty = {
  enrolmentId: uuid,
  courseId: uuid,
  courseKind,
  candidateId: uuid.nullable(),
  memberId: uuid.nullable(),
};

export const courseScheduled = defineEvent({
  type: 'training.course.scheduled',
  version: 1,
  description: 'The training centre scheduled a course: its kind, institution, term and capacity.',
  schema: z.object({
    courseId: uuid,
    courseKind,
    institutionId: uuid,
    startsOn: localDate,
    endsOn: localDate,
    capacity: z.number().int().min(1),
  }),
});

export const courseCancelled = defineEvent({
  type: 'training.course.cancelled',
  version: 1,
  description: 'A course was cancelled; each of its open enrolments is released (training.enrolment.released follows for each).',
  schema: z.object({ courseId: uuid, courseKind, cancelledOn: localDate }),
});

export const enrolmentReleased = defineEvent({
  type: 'training.enrolment.released',
  version: 1,
  description: 'A nomination or place ended because its course was cancelled, or the candidate left the pipeline (sourcing.candidate.withdrawn); the place is free.',
  schema: z.object({ ...enrolmentParty, cause: z.enum(['COURSE_CANCELLED', 'CANDIDATE_WITHDRAWN']) }),
});

export const nominationApproved = defineEvent({
  type: 'training.nomination.approved',
  version: 1,
  description: 'The party-building board approved a nomination: the person has a place in the course.',
  schema: z.object(enrolmentParty),
});

export const nominationRefused = defineEvent({
  type: 'training.nomination.refused',
  version: 1,
  description: 'The party-building board refused a nomination (the reason stays in the training service).',
  schema: z.object(enrolmentParty),
});

export const nominationWithdrawn = defineEvent({
  type: 'training.nomination.withdrawn',
  version: 1,
  description: 'A nomination or place was withdrawn before the course started; the place is free again.',
  schema: z.object(enrolmentParty),
});

export const certificateInvalidated = defineEvent({
  type: 'training.certificate.invalidated',
  version: 1,
  description: 'A certificate was invalidated (the reason stays in the training service); it no longer counts from invalidatedOn.',
  schema: z.object({
    certificateId: uuid,
    courseKind,
    candidateId: uuid.nullable(),
    memberId: uuid.nullable(),
    invalidatedOn: localDate,
  }),
});

export const certificateReissued = defineEvent({
  type: 'training.certificate.reissued',
  version: 1,
  description: 'A certificate’s issue date was corrected: it is valid from issuedOn until validUntil (the old date is kept in the training service).',
  schema: z.object({
    certificateId: uuid,
    courseKind,
    candidateId: uuid.nullable(),
    memberId: uuid.nullable(),
    previousIssuedOn: localDate,
    issuedOn: localDate,
    validUntil: localDate,
  }),
});
