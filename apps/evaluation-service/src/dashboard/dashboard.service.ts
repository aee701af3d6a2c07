import { requireIdentity } from '@pdv/auth';
import type { ServiceScope } from '../common/service-scope';
import { toForecast } from '../forecast/forecast.type';
import { organisationStub } from '../organisation/organisation.stub';
import { toHeadlineFigure, toUnitStanding } from './dashboard.mapper';
import type { WardDashboard } from './dashboard.type';
import type { WardEvaluationService } from './ward-evaluation.service';

/** The ward dashboard: the ward's evaluation shaped for a front end, the table limited to what the caller may see. */
export class DashboardService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly evaluation: WardEvaluationService,
  ) {}

  async wardDashboard(periodKey: string): Promise<WardDashboard> {
    const identity = requireIdentity(this.scope.identity);
    const view = await this.evaluation.evaluate(periodKey);
    const { evaluation } = view;
    const visible = await this.evaluation.visibleUnits(identity, evaluation.units.map((u) => u.organisationId));
    const shown = evaluation.units.filter((u) => visible === null || visible.has(u.organisationId));
    const standings = shown.map((u) => toUnitStanding(u, view));
    const count = (status: string) => shown.filter((u) => u.attainment.status === status).length;
    return {
      ward: organisationStub(view.ward.id),
      period: evaluation.period,
      year: evaluation.year,
      asOf: evaluation.asOf,
      headline: evaluation.headline.map(toHeadlineFigure),
      summary: { met: count('MET'), behind: count('BEHIND'), exempt: count('EXEMPT'), total: shown.length },
      forecast: toForecast(evaluation.forecast),
      unitsAtRisk: standings.filter((s) => s.forecast.status === 'AT_RISK'),
      standings,
    };
  }
}
