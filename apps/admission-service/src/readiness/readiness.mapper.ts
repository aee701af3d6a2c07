import { ADMISSION_RULES, type RuleOutcome as DomainOutcome, readyForVote } from '@pdv/admission-domain';
import { AdmissionReadiness, BilingualText, RuleFact, RuleOutcome } from './readiness.type';

const text = (value: { en: string; vi: string }): BilingualText => Object.assign(new BilingualText(), { en: value.en, vi: value.vi });

export function toRuleOutcome(outcome: DomainOutcome): RuleOutcome {
  const rule = ADMISSION_RULES[outcome.rule];
  return Object.assign(new RuleOutcome(), {
    rule: outcome.rule,
    status: outcome.status,
    statement: text({ en: rule.statement, vi: rule.vi.statement }),
    finding: text(outcome.finding),
    nextStep: outcome.nextStep ? text(outcome.nextStep) : null,
    facts: Object.entries(outcome.facts).map(([name, value]) => Object.assign(new RuleFact(), { name, value: value === null ? null : String(value) })),
  });
}

export function toAdmissionReadiness(candidateId: string, meetingDate: string, outcomes: readonly DomainOutcome[]): AdmissionReadiness {
  return Object.assign(new AdmissionReadiness(), { candidateId, meetingDate, readyForVote: readyForVote(outcomes), outcomes: outcomes.map(toRuleOutcome) });
}
