import { Field, InputType, Int } from 'type-graphql';
import type { TargetKind } from '@pdv/evaluation-domain';
import { TargetKindEnum } from '../common/graphql-enums.type';

@InputType({ description: 'A target of the plan for a year, as the board sets it; the change is kept with who made it and why.' })
export class SetTargetInput {
  @Field(() => TargetKindEnum, { description: 'Which target (a mass organisation’s quota is set in the sourcing service).' })
  kind!: TargetKind;

  @Field(() => Int, { description: 'A year of the plan’s term (a term total: the term’s first year).' })
  year!: number;

  @Field(() => Int, { description: 'At least this many people (a rate: hundredths of a percent, 300 = 3%).' })
  minimum!: number;

  @Field(() => Int, { nullable: true, description: 'The band’s top, not below the minimum; null without a band.' })
  upper?: number | null;

  @Field(() => [String], { nullable: true, description: 'For a per-unit target, the kinds of organisation it applies to (GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTY_CELL); ignored for the others.' })
  appliesTo?: string[] | null;

  @Field(() => String, { description: 'Why (for example the resolution that decided it), at most 500 characters.' })
  reason!: string;
}
