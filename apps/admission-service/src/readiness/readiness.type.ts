import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RULE_STATUSES } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';

export const RuleStatusEnum = Object.fromEntries(RULE_STATUSES.map((status) => [status, status])) as Record<(typeof RULE_STATUSES)[number], (typeof RULE_STATUSES)[number]>;
registerEnumType(RuleStatusEnum, {
  name: 'RuleStatus',
  description: 'What a rule says about a case on a date.',
  valuesConfig: {
    MET: { description: 'The rule is met (đạt).' },
    NOT_MET: { description: 'The rule is not met: it blocks the step (chưa đạt).' },
    NOT_YET_KNOWN: { description: 'A fact the rule needs is not recorded yet: it blocks the step until it is (chưa có thông tin).' },
    WAIVED_WITH_CONSENT: { description: 'Not met, but a recorded consent allows the step (được phép theo văn bản đồng ý).' },
  },
});

@ObjectType({ description: 'A text in English and in Vietnamese.' })
export class BilingualText {
  @Field(() => String, { description: 'In English.' })
  en!: string;

  @Field(() => String, { description: 'In Vietnamese.' })
  vi!: string;
}

@ObjectType({ description: 'One fact a rule used: a date, a count, an id or a code — never a name or a date of birth.' })
export class RuleFact {
  @Field(() => String, { description: 'What the fact is, e.g. `ageYears` or `validUntil`.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its value as text; null when the fact is absent.' })
  value!: string | null;
}

@ObjectType({ description: 'The outcome of one Charter rule for a candidate on a meeting date, with what to do next.' })
export class RuleOutcome {
  @Field(() => String, { description: 'The rule id, e.g. `ADMISSION.AGE` (the same id a refusal names in `extensions.rule`).' })
  rule!: string;

  @Field(() => RuleStatusEnum, { description: 'Met, not met, not yet known, or waived with a recorded consent.' })
  status!: (typeof RULE_STATUSES)[number];

  @Field(() => BilingualText, { description: 'What the rule says.' })
  statement!: BilingualText;

  @Field(() => BilingualText, { description: 'What it found in this case.' })
  finding!: BilingualText;

  @Field(() => BilingualText, { nullable: true, description: 'What to do next; null when nothing is left to do.' })
  nextStep!: BilingualText | null;

  @Field(() => [RuleFact], { description: 'The facts it used.' })
  facts!: RuleFact[];
}

@ObjectType({ description: 'Every rule the cell’s admission vote depends on, evaluated for one candidate and one meeting date.' })
export class AdmissionReadiness {
  @Field(() => ID, { description: 'The candidate.' })
  candidateId!: string;

  @Field(() => LocalDateScalar, { description: 'The date of the cell’s meeting the rules were evaluated for.' })
  meetingDate!: string;

  @Field(() => Boolean, { description: 'Whether every rule before the vote allows it (met, or waived with consent).' })
  readyForVote!: boolean;

  @Field(() => [RuleOutcome], { description: 'Each rule’s outcome in the Charter’s order, the vote itself last.' })
  outcomes!: RuleOutcome[];
}
