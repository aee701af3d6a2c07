import { defineRules } from '@pdv/errors';

/**
 * Every rule the evaluation service enforces, by stable id (clients may switch on it).
 * Statements are generic; the numbers and dates of a case go into the violation's
 * specifics, and no message ever names a person.
 */
export const EVALUATION_RULES = defineRules({
  'EVALUATION.ITEM_NOT_IN_FUTURE': {
    id: 'EVALUATION.ITEM_NOT_IN_FUTURE',
    statement: 'An item is registered once it has taken effect: its effective date is not later than today.',
    remedy: 'Register the item on or after the day it takes effect.',
  },
});

export type EvaluationRuleId = keyof typeof EVALUATION_RULES;
