import { type AppError, ruleViolation } from '@pdv/errors';
import { ADMISSION_RULES, type AdmissionRuleId } from './admission.rules';

/** A text in both languages the secretary may read it in. */
export interface Bilingual {
  en: string;
  vi: string;
}

/**
 * What a rule says about a case on a date: MET; NOT_MET (it blocks); NOT_YET_KNOWN (a fact
 * it needs is not recorded yet: it blocks too, and says which); WAIVED_WITH_CONSENT (broken,
 * but a recorded consent allows it, e.g. the provincial consent above 60).
 */
export const RULE_STATUSES = ['MET', 'NOT_MET', 'NOT_YET_KNOWN', 'WAIVED_WITH_CONSENT'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Facts a rule used: ids, dates, counts and codes — never a name or a date of birth. */
export type RuleFacts = Record<string, string | number | boolean | null>;

/**
 * The outcome of one rule for one case. The readiness query lists these, and a write refuses
 * with `refusal(outcome)` of the very same value, so the two never disagree.
 */
export interface RuleOutcome {
  rule: AdmissionRuleId;
  status: RuleStatus;
  /** What the rule found in this case. */
  finding: Bilingual;
  facts: RuleFacts;
  /** What to do next; null when nothing is left to do. */
  nextStep: Bilingual | null;
}

function outcome(rule: AdmissionRuleId, status: RuleStatus, finding: Bilingual, facts: RuleFacts, nextStep: Bilingual | null): RuleOutcome {
  return { rule, status, finding, facts, nextStep };
}

export function met(rule: AdmissionRuleId, finding: Bilingual, facts: RuleFacts = {}): RuleOutcome {
  return outcome(rule, 'MET', finding, facts, null);
}

/** Not met; the next step is the rule's remedy unless the case calls for a more precise one. */
export function notMet(rule: AdmissionRuleId, finding: Bilingual, facts: RuleFacts = {}, nextStep?: Bilingual): RuleOutcome {
  return outcome(rule, 'NOT_MET', finding, facts, nextStep ?? remedyOf(rule));
}

/** A fact is missing; `nextStep` says which to record. */
export function notYetKnown(rule: AdmissionRuleId, finding: Bilingual, nextStep: Bilingual, facts: RuleFacts = {}): RuleOutcome {
  return outcome(rule, 'NOT_YET_KNOWN', finding, facts, nextStep);
}

export function waivedWithConsent(rule: AdmissionRuleId, finding: Bilingual, facts: RuleFacts = {}): RuleOutcome {
  return outcome(rule, 'WAIVED_WITH_CONSENT', finding, facts, null);
}

function remedyOf(rule: AdmissionRuleId): Bilingual {
  const definition = ADMISSION_RULES[rule];
  return { en: definition.remedy, vi: definition.vi.remedy };
}

/** Whether the outcome lets the step go ahead. */
export function allows(result: RuleOutcome): boolean {
  return result.status === 'MET' || result.status === 'WAIVED_WITH_CONSENT';
}

/**
 * The RULE_VIOLATION for an outcome that blocks: the English message of every service
 * (statement, this case, what to do) and the same in Vietnamese in `details.messageVi`, with
 * the facts the rule used.
 */
export function refusal(result: RuleOutcome): AppError {
  const definition = ADMISSION_RULES[result.rule];
  const next = result.nextStep ?? remedyOf(result.rule);
  const specifics = next.en === definition.remedy ? result.finding.en : `${result.finding.en} ${next.en}`;
  const messageVi = [definition.vi.statement, result.finding.vi, next.vi].join(' ');
  return ruleViolation(definition, specifics, { ...result.facts, messageVi });
}

/** The refusal of a rule broken at a write that has no readiness entry of its own (an extension, the order of papers). */
export function violation(rule: AdmissionRuleId, finding: Bilingual, facts: RuleFacts = {}): AppError {
  return refusal(notMet(rule, finding, facts));
}

/** Throws the refusal of the first outcome that blocks (outcomes are listed in the Charter's order). */
export function requireAllowed(outcomes: readonly RuleOutcome[]): void {
  const blocking = outcomes.find((result) => !allows(result));
  if (blocking) throw refusal(blocking);
}
