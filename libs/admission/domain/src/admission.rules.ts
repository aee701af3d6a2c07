import { defineRules } from '@pdv/errors';

/**
 * Every rule the admission service enforces, by stable id (clients may switch on it).
 * Statements are generic; the numbers and dates of a case go into the violation's
 * specifics, and no message ever names a person.
 */
export const ADMISSION_RULES = defineRules({
  'ADMISSION.ITEM_NOT_IN_FUTURE': {
    id: 'ADMISSION.ITEM_NOT_IN_FUTURE',
    statement: 'An item is registered once it has taken effect: its effective date is not later than today.',
    remedy: 'Register the item on or after the day it takes effect.',
  },
});

export type AdmissionRuleId = keyof typeof ADMISSION_RULES;
