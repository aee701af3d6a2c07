import { z } from 'zod';
import { defineEvent } from '../define-event';
import { localDate, uuid } from '../common';

export const evaluationItemRegistered = defineEvent({
  type: 'evaluation.item.registered',
  version: 1,
  description: 'An item was registered in the evaluation service’s register, effective from a date.',
  // Ids, codes and dates only: a title is free text and stays in the owning service.
  schema: z.object({ itemId: uuid, code: z.string().min(1).max(40), effectiveFrom: localDate }),
});
