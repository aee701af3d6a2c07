import { Field, Int, ObjectType } from 'type-graphql';
import type { AttainmentStatus, TargetKind } from '@pdv/evaluation-domain';
import { ConnectionType, LocalDateScalar } from '@pdv/graphql';
import { TargetKindEnum } from '../common/graphql-enums.type';
import { AttainmentStatusEnum, TargetStatusEnum } from '../forecast/forecast-enums.type';
import { Forecast } from '../forecast/forecast.type';
import { OrganisationStub, PartyMemberStub } from '../organisation/organisation.stub';

@ObjectType({ description: 'One target measured: what it asks, what was done, and whether it is met.' })
export class TargetAttainment {
  @Field(() => TargetKindEnum, { description: 'What the target counts, and for whom.' })
  kind!: TargetKind;

  @Field(() => String, { description: 'The rule id the target measures.' })
  rule!: string;

  @Field(() => Int, { description: 'Whole people the target asks for (a rate already turned into people: 3% of 97 members is 3).' })
  required!: number;

  @Field(() => Int, { nullable: true, description: 'The band’s top (3–5 admitted: 5); null without a band.' })
  upper!: number | null;

  @Field(() => Int, { description: 'Done so far: the year (or term) up to the end of the period.' })
  actual!: number;

  @Field(() => Int, { description: 'How many more are needed; 0 once met.' })
  shortfall!: number;

  @Field(() => TargetStatusEnum, { description: 'Met or not yet.' })
  status!: 'MET' | 'BEHIND';

  @Field(() => Boolean, { description: 'Reached the band’s top or, without a band, went beyond the minimum.' })
  exceeded!: boolean;
}

@ObjectType({ description: 'A ward target on the dashboard: against the year (or term) so far, with what the period itself added.' })
export class HeadlineFigure extends TargetAttainment {
  @Field(() => String, { description: 'YEAR for a yearly target, TERM for a term total.' })
  span!: 'YEAR' | 'TERM';

  @Field(() => Int, { description: 'Entered the target’s stage within the period shown.' })
  inPeriod!: number;
}

@ObjectType({ description: 'One unit of the per-unit table: its targets of the year so far, its supervising committee member and its forecast.' })
export class UnitStanding {
  @Field(() => OrganisationStub, { description: 'The unit (its name and code from the organisation service).' })
  organisation!: OrganisationStub;

  @Field(() => String, { description: 'The unit’s code as the organisation service announced it (the table’s order).' })
  code!: string;

  @Field(() => AttainmentStatusEnum, { description: 'Met, behind or exempt.' })
  status!: AttainmentStatus;

  @Field(() => String, { nullable: true, description: 'The exemption’s reason when exempt (EVALUATION.EXEMPT_UNITS_EXCLUDED).' })
  exemptionReason!: string | null;

  @Field(() => Int, { description: 'Members at the start of the year, its whole subtree counted (what the 3% rule counts).' })
  membersAtStartOfYear!: number;

  @Field(() => [TargetAttainment], { description: 'Every per-unit target that applies to it, measured (an exempt unit’s too, for information).' })
  targets!: TargetAttainment[];

  @Field(() => PartyMemberStub, { nullable: true, description: 'The ward committee member supervising it at the end of the period (or today); null when nobody is assigned.' })
  supervisor!: PartyMemberStub | null;

  @Field(() => Forecast, { description: 'The year’s likely admissions, as of today.' })
  forecast!: Forecast;
}

export const UnitStandingConnection = ConnectionType(UnitStanding, 'UnitStanding');
export type UnitStandingConnection = InstanceType<typeof UnitStandingConnection>;

@ObjectType({ description: 'How many units stand where.' })
export class UnitStatusSummary {
  @Field(() => Int, { description: 'Units that met every target that applies.' })
  met!: number;

  @Field(() => Int, { description: 'Units behind a target.' })
  behind!: number;

  @Field(() => Int, { description: 'Exempt units.' })
  exempt!: number;

  @Field(() => Int, { description: 'Every unit in the table.' })
  total!: number;
}

@ObjectType({ description: 'The ward dashboard for a period, in one round trip: the headline numbers against the targets, the per-unit table, the forecast and the units at risk.' })
export class WardDashboard {
  @Field(() => OrganisationStub, { description: 'The ward (select the admission service’s overdue dossiers here, in the same round trip).' })
  ward!: OrganisationStub;

  @Field(() => String, { description: 'The period shown.' })
  period!: string;

  @Field(() => Int, { description: 'The year the yearly targets are measured in.' })
  year!: number;

  @Field(() => LocalDateScalar, { description: 'Today, the day the forecast is made on.' })
  asOf!: string;

  @Field(() => [HeadlineFigure], { description: 'The ward’s targets: yearly ones against the year so far, the term totals against the term so far.' })
  headline!: HeadlineFigure[];

  @Field(() => UnitStatusSummary, { description: 'How many units met, are behind or are exempt (those the caller may see).' })
  summary!: UnitStatusSummary;

  @Field(() => Forecast, { description: 'The ward’s likely admissions this year, explained.' })
  forecast!: Forecast;

  @Field(() => [UnitStanding], { description: 'Units whose forecast falls short of their admission target, to be named by the end of the third quarter.' })
  unitsAtRisk!: UnitStanding[];

  /** Every unit the caller may see, by code: `units` pages over them. */
  standings!: UnitStanding[];
}
