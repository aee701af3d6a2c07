import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, uuid } from '../common';

// Published by the admission service; consumed by the organisation service (member
// records) and the sourcing service (candidate status). Personal data never travels on the
// bus: the organisation service creates the member from ids and dates, and the cell
// completes the member's personal record through the API.

export const dossierOpened = defineEvent({
  type: 'admission.dossier.opened',
  version: 1,
  description: 'A cell opened an admission dossier for a candidate.',
  schema: z.object({ dossierId: uuid, candidateId: uuid, cellId: uuid, openedOn: localDate }),
});

export const dossierClosed = defineEvent({
  type: 'admission.dossier.closed',
  version: 1,
  description: 'A dossier ended without admission (rejected by the vote or committee, or withdrawn).',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    cellId: uuid,
    outcome: z.enum(['REJECTED', 'WITHDRAWN']),
    closedOn: localDate,
  }),
});

export const admissionCeremonyHeld = defineEvent({
  type: 'admission.ceremony.held',
  version: 1,
  description:
    'The admission ceremony was held: the candidate is a probationary member from ceremonyDate; party age counts from admissionDecisionDate.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    cellId: uuid,
    admissionDecisionDate: localDate,
    ceremonyDate: localDate,
  }),
});

export const officialRecognitionGranted = defineEvent({
  type: 'admission.recognition.granted',
  version: 1,
  description: 'The competent committee recognised a probationary member as official from the end of the 12 months.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    memberId: uuid.nullable(),
    officialDate: localDate,
    decisionDate: localDate,
  }),
});

export const probationaryNameRemoved = defineEvent({
  type: 'admission.probation.name-removed',
  version: 1,
  description: 'A probationary member was not recognised: the name is removed from the probationary list.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    memberId: uuid.nullable(),
    effectiveDate: localDate,
  }),
});

export const admissionDecided = defineEvent({
  type: 'admission.decision.made',
  version: 1,
  description:
    'The competent committee decided to admit the candidate (step 8); the 30 working days to the ceremony run from receivedOn.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    cellId: uuid,
    decisionDate: localDate,
    receivedOn: localDate,
  }),
});

export const admissionAnnulled = defineEvent({
  type: 'admission.decision.annulled',
  version: 1,
  description:
    'A wrongful admission was annulled (hủy bỏ quyết định kết nạp). The reason stays in the admission service: it may be personal.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    cellId: uuid,
    memberId: uuid.nullable(),
    annulledOn: localDate,
  }),
});

export const admissionDeadlineOverdue = defineEvent({
  type: 'admission.deadline.overdue',
  version: 1,
  description:
    'A deadline of a dossier in progress was found past its due date, counted in working days on the board’s calendar; announced once per dossier and deadline.',
  schema: z.object({
    dossierId: uuid,
    candidateId: uuid,
    cellId: uuid,
    deadline: z.enum(['DECISION', 'CEREMONY', 'MEMBER_HISTORY', 'RECOGNITION_MEETING', 'RECOGNITION_DECISION']),
    dueOn: localDate,
    foundOn: localDate,
  }),
});
