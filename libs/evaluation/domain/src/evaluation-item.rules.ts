import { Problems, ruleViolation } from '@pdv/errors';
import { EVALUATION_RULES as R } from './evaluation.rules';

/** Codes are short and typed by people: upper-case letters, digits, dots and hyphens. */
export const ITEM_CODE = /^[A-Z0-9][A-Z0-9.-]*$/;

/** An item of the evaluation register, as the rules see it. */
export interface EvaluationItem {
  itemId: string;
  code: string;
  title: string;
  /** The calendar day (YYYY-MM-DD, already a real date: the API's LocalDate) it takes effect. */
  effectiveFrom: string;
}

export interface EvaluationItemContext {
  /** Today in Hanoi, passed in: the rules never read a clock. */
  today: string;
}

/**
 * A new item, checked: its code is well formed (BAD_USER_INPUT naming `input.code`) and it
 * has taken effect by today (EVALUATION.ITEM_NOT_IN_FUTURE). The code is kept upper-case,
 * so `ab-1` and `AB-1` are one code.
 */
export function planNewEvaluationItem(input: EvaluationItem, ctx: EvaluationItemContext): EvaluationItem {
  const code = input.code.trim().toUpperCase();
  const problems = new Problems();
  if (!ITEM_CODE.test(code)) problems.add('input.code', 'must be letters, digits, dots and hyphens, starting with a letter or digit');
  problems.throwIfAny();
  if (input.effectiveFrom > ctx.today) {
    throw ruleViolation(R['EVALUATION.ITEM_NOT_IN_FUTURE'], `It takes effect on ${input.effectiveFrom}, after today (${ctx.today}).`, {
      effectiveFrom: input.effectiveFrom,
    });
  }
  return { ...input, code, title: input.title.trim() };
}
