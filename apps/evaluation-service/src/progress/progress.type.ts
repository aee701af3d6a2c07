import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { FunnelStage } from '@pdv/evaluation-domain';
import { FunnelStageEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'One stage of the funnel in a period.' })
export class StageProgress {
  @Field(() => FunnelStageEnum, { description: 'The stage.' })
  stage!: FunnelStage;

  @Field(() => Int, { description: 'Candidates who reached the stage in the period.' })
  entered!: number;

  @Field(() => Int, { description: 'Of those, how many have gone on to a later stage.' })
  advanced!: number;

  @Field(() => Int, { description: 'Of those, how many left the pipeline from it (declined, withdrawn, dossier closed).' })
  dropped!: number;

  @Field(() => Int, { description: 'Candidates in the stage now, whatever the period.' })
  inStage!: number;

  @Field(() => Float, { nullable: true, description: 'advanced ÷ entered; null when none entered.' })
  conversion!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median whole days spent in the stage by those who left it forward in the period; null when none did.' })
  medianDaysInStage!: number | null;
}

@ObjectType({ description: 'The funnel of an organisation and everything under it, for a period, from precomputed counters.' })
export class Progress {
  @Field(() => ID, { description: 'The organisation (its whole subtree is counted).' })
  organisationId!: string;

  @Field(() => String, { description: 'The period: 2026-M07, 2026-Q3, 2026-H2, 2026 or T2025-2030.' })
  period!: string;

  @Field(() => [StageProgress], { description: 'Every stage, in funnel order.' })
  stages!: StageProgress[];
}
