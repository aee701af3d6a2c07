import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, uuid } from '../common';

// Published by the admission service when a cell records its vote on a candidate (step 7):
// ids, dates and counts only.

const cellResolution = {
  resolutionId: uuid,
  dossierId: uuid,
  candidateId: uuid,
  cellId: uuid,
  meetingDate: localDate,
  /** The official members the two thirds are counted from. */
  base: z.number().int().min(0),
  inFavour: z.number().int().min(0),
};

export const cellResolutionPassed = defineEvent({
  type: 'admission.cell-resolution.passed',
  version: 1,
  description: 'A cell resolved to admit a candidate, with at least two thirds of its official members in favour; the competent committee’s 60 working days run from meetingDate.',
  schema: z.object(cellResolution),
});

export const cellResolutionFailed = defineEvent({
  type: 'admission.cell-resolution.failed',
  version: 1,
  description: 'A cell voted on a candidate without two thirds of its official members in favour; the dossier stays open (a later meeting, or a rejection).',
  schema: z.object(cellResolution),
});
