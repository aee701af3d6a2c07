import { z } from 'zod';
import { defineEvent } from '../define-event';
import { organisationKind } from '../common';

export const targetChanged = defineEvent({
  type: 'evaluation.target.changed',
  version: 1,
  description:
    'The party-building board set a target of the plan for a year (the first time, or a change); who is the envelope’s actor, the reason stays in the evaluation service.',
  // The kind is the evaluation domain's TargetKind; kept a string here so a new kind needs no contract version.
  schema: z.object({
    kind: z.string().min(1).max(60),
    year: z.number().int().min(2000).max(2100),
    minimum: z.number().int().min(0),
    upper: z.number().int().min(0).nullable(),
    appliesTo: z.array(organisationKind),
  }),
});
