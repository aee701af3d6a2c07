import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { AttainmentStatus, ForecastStatus } from '@pdv/evaluation-domain';
import { DateTimeScalar, LocalDateScalar } from '@pdv/graphql';
import { HeadlineFigure, TargetAttainment, UnitStatusSummary } from '../dashboard/dashboard.type';
import { AttainmentStatusEnum, ForecastStatusEnum } from '../forecast/forecast-enums.type';
import { OrganisationStub, PartyMemberStub } from '../organisation/organisation.stub';

@ObjectType({ description: 'One unit’s row of a report: met, not met or exempt, with its targets and admissions.' })
export class ReportUnit {
  @Field(() => OrganisationStub, { description: 'The unit.' })
  organisation!: OrganisationStub;

  @Field(() => String, { description: 'The unit’s code when the report was made.' })
  code!: string;

  @Field(() => String, { description: 'The unit’s name when the report was made (organisations’ names are not personal data).' })
  name!: string;

  @Field(() => AttainmentStatusEnum, { description: 'Met, behind (not met) or exempt.' })
  status!: AttainmentStatus;

  @Field(() => String, { nullable: true, description: 'The exemption’s reason when exempt.' })
  exemptionReason!: string | null;

  @Field(() => Int, { description: 'Members at the start of the year (its subtree’s).' })
  membersAtStartOfYear!: number;

  @Field(() => [TargetAttainment], { description: 'Each per-unit target, measured against the year to the period’s end.' })
  targets!: TargetAttainment[];

  @Field(() => Int, { description: 'Admitted in the year to the period’s end.' })
  admitted!: number;

  @Field(() => Int, { description: 'The admissions its targets require this year (0 when none applies).' })
  admissionsRequired!: number;

  @Field(() => PartyMemberStub, { nullable: true, description: 'The supervising committee member at the period’s end.' })
  supervisor!: PartyMemberStub | null;

  @Field(() => ForecastStatusEnum, { description: 'The year’s forecast when the report was made.' })
  forecastStatus!: ForecastStatus;
}

@ObjectType({ description: 'What one source category brought in the period.' })
export class SourceFigure {
  @Field(() => String, { description: 'The source category (sourcing’s SourceCategory).' })
  sourceCategory!: string;

  @Field(() => Int, { description: 'Referred in the period.' })
  referred!: number;

  @Field(() => Int, { description: 'Accepted into the source pool in the period.' })
  accepted!: number;

  @Field(() => Int, { description: 'Admitted in the period.' })
  admitted!: number;
}

@ObjectType({ description: 'The ward’s admissions in one quarter of the year, and where it stands against the year’s target spread evenly.' })
export class QuarterFigure {
  @Field(() => Int, { description: '1–4.' })
  quarter!: number;

  @Field(() => Int, { description: 'Admitted in the quarter.' })
  admitted!: number;

  @Field(() => Int, { description: 'The year’s target × quarter ÷ 4, rounded up.' })
  targetByQuarterEnd!: number;

  @Field(() => Int, { description: 'Admitted from 1 January to the quarter’s end.' })
  admittedByQuarterEnd!: number;
}

@ObjectType({ description: 'A dossier whose deadline was past on the report’s day: ids, the unit and the deadline only (no person’s name).' })
export class ReportOverdueDossier {
  @Field(() => ID, { description: 'The admission service’s dossier.' })
  dossierId!: string;

  @Field(() => OrganisationStub, { description: 'The cell nurturing the candidate.' })
  organisation!: OrganisationStub;

  @Field(() => String, { description: 'The cell’s code when the report was made.' })
  code!: string;

  @Field(() => String, { description: 'The cell’s name when the report was made.' })
  name!: string;

  @Field(() => String, { description: 'Which deadline, as the admission service’s AdmissionDeadlineKind names it: DECISION, CEREMONY, MEMBER_HISTORY, RECOGNITION_MEETING or RECOGNITION_DECISION.' })
  deadline!: string;

  @Field(() => LocalDateScalar, { description: 'The last day allowed.' })
  dueOn!: string;

  @Field(() => Int, { description: 'Working days past the due date on the report’s day, on the national working-day calendar.' })
  workingDaysLate!: number;
}

@ObjectType({ description: 'A note in Vietnamese and English.' })
export class ReportNote {
  @Field(() => String, { description: 'In Vietnamese.' })
  vi!: string;

  @Field(() => String, { description: 'In English.' })
  en!: string;
}

@ObjectType({ description: 'The ward’s quarterly, six-monthly or annual report: frozen once the period has ended, so it always shows the same numbers.' })
export class PeriodReport {
  @Field(() => String, { description: 'The period: 2026-Q3, 2026-H2 or 2026.' })
  period!: string;

  @Field(() => LocalDateScalar, { description: 'The period’s first day.' })
  firstDay!: string;

  @Field(() => LocalDateScalar, { description: 'The period’s last day.' })
  lastDay!: string;

  @Field(() => OrganisationStub, { description: 'The ward.' })
  ward!: OrganisationStub;

  @Field(() => String, { description: 'The ward’s name when the report was made.' })
  wardName!: string;

  @Field(() => Boolean, { description: 'true once frozen: the numbers never change again.' })
  frozen!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was frozen; null while the period is open (the numbers as they stand).' })
  frozenAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'CLOSED_BY_BOARD (closeReportingPeriod) or FIRST_READ_AFTER_END; null while open.' })
  frozenHow!: string | null;

  @Field(() => [HeadlineFigure], { description: 'The ward’s targets against the year (term) to the period’s end, with what the period added.' })
  headline!: HeadlineFigure[];

  @Field(() => UnitStatusSummary, { description: 'Units met, not met, exempt.' })
  summary!: UnitStatusSummary;

  @Field(() => [ReportUnit], { description: 'Every unit with per-unit targets, by code (a committee member: the units they supervise).' })
  units!: ReportUnit[];

  @Field(() => [ReportUnit], { description: 'The units behind a target.' })
  unitsBehind!: ReportUnit[];

  @Field(() => [SourceFigure], { description: 'Referred, accepted and admitted in the period by source category.' })
  sources!: SourceFigure[];

  @Field(() => [QuarterFigure], { description: 'The ward’s admissions by quarter of the year, to the period’s end (the chart’s bars).' })
  quarters!: QuarterFigure[];

  @Field(() => [ReportOverdueDossier], {
    description: 'The dossiers overdue on the period’s last day (while it is open: today), the latest first, from the admission service’s overdue events: frozen with the report (a committee member: those of the units they supervise).',
  })
  overdueDossiers!: ReportOverdueDossier[];

  @Field(() => ReportNote, { description: 'The ward’s forecast for the year when the report was made.' })
  forecast!: ReportNote;

  @Field(() => ReportNote, { nullable: true, description: 'Facts that arrived after a period was frozen: on the frozen report, what came late; on the open one, what it counts for earlier periods.' })
  lateNote!: ReportNote | null;
}
