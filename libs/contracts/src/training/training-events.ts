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
