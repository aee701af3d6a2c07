import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireIdentity } from '@pdv/auth';
import { Allow, parseYear } from '@pdv/graphql';
import { UNIT_EVALUATION_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { Forecast, toForecast } from '../forecast/forecast.type';
import { OrganisationStub } from '../organisation/organisation.stub';
import { parsePeriod } from '../progress/progress.parse';
import { Progress } from '../progress/progress.type';
import { toTargetAttainment } from './dashboard.mapper';
import { TargetAttainment } from './dashboard.type';

/**
 * The fields this subgraph adds to the organisation service's `Organisation`, batched over an
 * `_entities` page (one evaluation per year for the whole page). Each checks the caller may see
 * the organisation: a cell secretary within their subtree, a committee member the units they supervise.
 */
@Resolver(() => OrganisationStub)
export class OrganisationEvaluationResolver {
  @FieldResolver(() => Progress, { description: 'The funnel of this organisation and everything under it for a period (from the evaluation service).' })
  @Allow(UNIT_EVALUATION_READERS)
  async progress(
    @Root() organisation: OrganisationStub,
    @Arg('period', () => String, { description: 'A month (2026-M07), quarter (2026-Q3), half-year (2026-H2), year (2026) or the term (T2025-2030).' }) period: string,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Progress> {
    const key = parsePeriod(period);
    await ctx.services.evaluation.assertCanRead(requireIdentity(ctx.identity), organisation.id);
    return ctx.loaders.progress.load({ organisationId: organisation.id, periodKey: key });
  }

  @FieldResolver(() => [TargetAttainment], { description: 'The per-unit targets of a year that apply to this organisation, measured against the year so far (from the evaluation service).' })
  @Allow(UNIT_EVALUATION_READERS)
  async targets(
    @Root() organisation: OrganisationStub,
    @Arg('year', () => Int, { description: 'A year of the plan’s term.' }) year: number,
    @Ctx() ctx: EvaluationContext,
  ): Promise<TargetAttainment[]> {
    parseYear(year, 'year');
    await ctx.services.evaluation.assertCanRead(requireIdentity(ctx.identity), organisation.id);
    const unit = await ctx.loaders.unitEvaluation.load({ organisationId: organisation.id, year });
    return unit ? unit.attainment.targets.map(toTargetAttainment) : [];
  }

  @FieldResolver(() => Forecast, { nullable: true, description: 'The admissions this organisation will likely end the year with, explained (from the evaluation service); null for an organisation the service does not know.' })
  @Allow(UNIT_EVALUATION_READERS)
  async forecast(
    @Root() organisation: OrganisationStub,
    @Arg('year', () => Int, { description: 'A year of the plan’s term.' }) year: number,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Forecast | null> {
    parseYear(year, 'year');
    await ctx.services.evaluation.assertCanRead(requireIdentity(ctx.identity), organisation.id);
    const unit = await ctx.loaders.unitEvaluation.load({ organisationId: organisation.id, year });
    return unit ? toForecast(unit.forecast) : null;
  }
}
