import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Forecast as DomainForecast, ForecastBasis, ForecastStatus, FunnelStage } from '@pdv/evaluation-domain';
import { LocalDateScalar } from '@pdv/graphql';
import { FunnelStageEnum } from '../common/graphql-enums.type';
import { ForecastBasisEnum, ForecastStatusEnum } from './forecast-enums.type';

@ObjectType({ description: 'The candidates in one stage of the pipeline now, and what they likely bring this year.' })
export class PipelineProjection {
  @Field(() => FunnelStageEnum, { description: 'The stage.' })
  stage!: FunnelStage;

  @Field(() => Int, { description: 'Candidates in the stage now.' })
  count!: number;

  @Field(() => Float, { description: 'The chance one of them is admitted: the conversions from here to admission multiplied.' })
  probability!: number;

  @Field(() => Int, { description: 'Days from now to admission: half this stage’s median time, then the later stages’.' })
  daysToAdmission!: number;

  @Field(() => Boolean, { description: 'Whether they are likely admitted by 31 December; those who are not do not count this year.' })
  inTime!: boolean;

  @Field(() => ForecastBasisEnum, { description: 'Where the stage’s conversion and time come from.' })
  basis!: ForecastBasis;
}

@ObjectType({ description: 'What would close the gap to the target.' })
export class ForecastNeeds {
  @Field(() => Int, {
    nullable: true,
    description: 'More referrals to accept into the source pool; null when no conversion from the pool to admission has been observed yet, so the number cannot be estimated (the explanation says what to do).',
  })
  acceptedReferrals!: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Accepted by this day at the latest for them to be admitted this year; null when it is too late for this year.' })
  by!: string | null;
}

@ObjectType({ description: 'The admissions a unit (or the ward) will likely end the year with, from the pipeline as it stands and the conversions and stage times observed so far, explained in words.' })
export class Forecast {
  @Field(() => Int, { description: 'The year forecast.' })
  year!: number;

  @Field(() => LocalDateScalar, { description: 'The day the forecast is made on (today).' })
  asOf!: string;

  @Field(() => Int, { description: 'Admitted so far this year.' })
  admittedSoFar!: number;

  @Field(() => Int, { description: 'Admissions the targets require this year (for a unit, the most any of its admission targets asks).' })
  required!: number;

  @Field(() => Float, { description: 'Admissions still expected this year (not rounded).' })
  expectedMore!: number;

  @Field(() => Int, { description: 'admittedSoFar + expectedMore, to the nearest person: what the year will likely end with.' })
  likelyAdmissions!: number;

  @Field(() => ForecastStatusEnum, { description: 'Met, on track, at risk or exempt.' })
  status!: ForecastStatus;

  @Field(() => String, { description: 'The rule the forecast serves (EVALUATION.AT_RISK_NAMED_BY_Q3).' })
  rule!: string;

  @Field(() => LocalDateScalar, { description: 'The latest day the plan allows to name a unit at risk: the end of the third quarter.' })
  atRiskNamedBy!: string;

  @Field(() => [PipelineProjection], { description: 'Each stage of the pipeline, from referral to decision.' })
  pipeline!: PipelineProjection[];

  @Field(() => ForecastNeeds, { nullable: true, description: 'What would close the gap; null unless at risk.' })
  needs!: ForecastNeeds | null;

  @Field(() => String, { description: 'The forecast explained in Vietnamese (numbers only, never a name).' })
  explanationVi!: string;

  @Field(() => String, { description: 'The forecast explained in English (numbers only, never a name).' })
  explanationEn!: string;
}

export function toForecast(f: DomainForecast): Forecast {
  return {
    year: f.year,
    asOf: f.asOf,
    admittedSoFar: f.admittedSoFar,
    required: f.required,
    expectedMore: f.expectedMore,
    likelyAdmissions: f.likelyAdmissions,
    status: f.status,
    rule: f.rule,
    atRiskNamedBy: f.atRiskNamedBy,
    pipeline: f.pipeline.map((p) => ({ ...p })),
    needs: f.needs ? { ...f.needs } : null,
    explanationVi: f.explanation.vi,
    explanationEn: f.explanation.en,
  };
}
