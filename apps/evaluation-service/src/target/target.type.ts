import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { TargetKind } from '@pdv/evaluation-domain';
import { TargetKindEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'A target of the plan in force for a year: the plan’s default or the board’s value, or a mass organisation’s quota.' })
export class Target {
  @Field(() => TargetKindEnum, { description: 'What it counts, and for whom.' })
  kind!: TargetKind;

  @Field(() => Int, { description: 'The calendar year (for a term total, the term’s first year).' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'The mass organisation of a referral quota; null for the other targets.' })
  massOrganisationId!: string | null;

  @Field(() => Int, { description: 'At least this many people (a rate: hundredths of a percent, 300 = 3%).' })
  minimum!: number;

  @Field(() => Int, { nullable: true, description: 'The band’s top (3–5 admitted: 5); null without a band.' })
  upper!: number | null;

  @Field(() => [String], { description: 'The kinds of organisation a per-unit target applies to; empty for ward targets and quotas.' })
  appliesTo!: string[];

  @Field(() => String, { description: 'The rule id the target measures (extensions.rule of its violations).' })
  rule!: string;

  @Field(() => String, { description: 'PEOPLE or BASIS_POINTS: how minimum and upper are counted.' })
  unit!: string;
}
