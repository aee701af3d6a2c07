import { checkRequiredText, Problems, TEXT_LIMITS } from '@pdv/errors';
import type { RegisterEvaluationItemInput } from './evaluation-item.input';
import type { RegisterEvaluationItemCommand } from './evaluation-item.service';

/**
 * GraphQL input → command. What the schema cannot check (blank text, the register's own
 * bounds) is checked here and reported all at once; the domain checks the rules.
 */
export function parseRegisterEvaluationItem(input: RegisterEvaluationItemInput): RegisterEvaluationItemCommand {
  const problems = new Problems();
  const code = checkRequiredText(problems, 'input.code', input.code, TEXT_LIMITS.code, { singleLine: true });
  const title = checkRequiredText(problems, 'input.title', input.title, TEXT_LIMITS.name, { singleLine: true });
  problems.throwIfAny();
  return { code, title, effectiveFrom: input.effectiveFrom };
}
