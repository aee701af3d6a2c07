import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../common/enum.util';
import { LOCALES } from './label-catalogue';

export const LocaleEnum = enumOf(LOCALES);
registerEnumType(LocaleEnum, {
  name: 'Locale',
  description: 'The language of a text the API serves.',
  valuesConfig: { EN: { description: 'English (tiếng Anh).' }, VI: { description: 'Vietnamese (tiếng Việt).' } },
});

@ObjectType({ description: 'How to show one enum value to a person.' })
export class EnumValueLabel {
  @Field(() => String, { description: 'The enum type, e.g. `CandidateStatus`.' })
  enum!: string;

  @Field(() => String, { description: 'The value as the API sends it, e.g. `IN_SOURCE_POOL`.' })
  value!: string;

  @Field(() => String, { description: 'A short label, e.g. for a column, a badge or a drop-down.' })
  label!: string;

  @Field(() => String, { description: 'A sentence saying what the value means (a tooltip); the label itself where the source has no more to say.' })
  description!: string;
}

@ObjectType({ description: 'The text of one rule, for a RULE_VIOLATION’s `extensions.rule` or a readiness check.' })
export class RuleLabel {
  @Field(() => String, { description: 'The rule id, e.g. `ADMISSION.CERTIFICATE_VALID`.' })
  id!: string;

  @Field(() => String, { description: 'What the rule says.' })
  statement!: string;

  @Field(() => String, { description: 'What the user can do to comply.' })
  remedy!: string;
}

@ObjectType({ description: 'Every label in one language: enum values and rules of every service.' })
export class Labels {
  @Field(() => LocaleEnum, { description: 'The language of these labels.' })
  locale!: string;

  @Field(() => [EnumValueLabel], { description: 'Every value of every enum in the API (or of the enums asked for), by enum then value.' })
  enumValues!: EnumValueLabel[];

  @Field(() => [RuleLabel], { description: 'Every rule id of every service (or the rules asked for), by id.' })
  rules!: RuleLabel[];
}
