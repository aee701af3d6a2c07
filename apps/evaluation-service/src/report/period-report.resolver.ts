import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '@pdv/graphql';
import { REPORT_CLOSERS, REPORT_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { toPeriodReport } from './period-report.mapper';
import { PeriodReport } from './period-report.type';

const PERIOD = { description: 'A quarter (2026-Q3), half-year (2026-H2) or year (2026).' };

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => PeriodReport)
export class PeriodReportResolver {
  @Query(() => PeriodReport, {
    description: 'The ward’s report for a quarter, half-year or year: as it stands while the period is open, frozen once it has ended (by the board, or by the first read after its last day).',
  })
  @Allow(REPORT_READERS)
  async periodReport(@Arg('period', () => String, PERIOD) period: string, @Ctx() ctx: EvaluationContext): Promise<PeriodReport> {
    const view = await ctx.services.reports.periodReport(period);
    return toPeriodReport(view, await ctx.services.reports.visibleParts(view));
  }

  @Mutation(() => PeriodReport, { description: 'Closes an ended period: its report is frozen now (a report frozen already stays as it was).' })
  @Allow(REPORT_CLOSERS)
  async closeReportingPeriod(@Arg('period', () => String, PERIOD) period: string, @Ctx() ctx: EvaluationContext): Promise<PeriodReport> {
    const view = await ctx.services.reports.closeReportingPeriod(period);
    return toPeriodReport(view, await ctx.services.reports.visibleParts(view));
  }
}
