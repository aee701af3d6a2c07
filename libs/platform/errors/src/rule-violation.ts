import { AppError } from './app-error';

/**
 * A rule the Party Charter, its implementing regulations or the ward's plan imposes.
 * Rule ids are stable (clients may switch on them) and namespaced by area, e.g.
 * `ORG.CELL_PARENT_KIND` or `SOURCING.MENTOR_MUST_BE_OFFICIAL`.
 */
export interface RuleDefinition {
  id: string;
  /** What the rule says, in one sentence. */
  statement: string;
  /** What the user can do to comply. */
  remedy: string;
  /**
   * The same two sentences in Vietnamese, the language the ward works in: the API serves both
   * (`Query.labels`) and docs/api/errors.md lists both, so no front end translates a rule.
   */
  vi: { statement: string; remedy: string };
}

export function defineRules<const T extends Record<string, RuleDefinition>>(rules: T): T {
  for (const [key, rule] of Object.entries(rules)) {
    if (key !== rule.id) throw new Error(`rule key ${key} does not match its id ${rule.id}`);
    if (!rule.vi?.statement.trim() || !rule.vi.remedy.trim()) throw new Error(`rule ${key} has no Vietnamese statement and remedy`);
  }
  return rules;
}

/**
 * The error for a broken rule: names the rule (extensions.rule), says what is wrong in this
 * case and what to do. `specifics` describes the case without personal data.
 */
export function ruleViolation(
  rule: RuleDefinition,
  specifics?: string,
  details?: Record<string, string | number | boolean | null>,
): AppError {
  const message = [rule.statement, specifics, rule.remedy].filter(Boolean).join(' ');
  return new AppError('RULE_VIOLATION', message, { rule: rule.id, details });
}
