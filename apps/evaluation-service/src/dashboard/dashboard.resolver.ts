import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { AttainmentStatus } from '@pdv/evaluation-domain';
import { AppError } from '@pdv/errors';
import { Allow, decodeCursor, pageSize, toConnection } from '@pdv/graphql';
import { DASHBOARD_READERS } from '../common/permissions';
import type { EvaluationContext } from '../context';
import { AttainmentStatusEnum } from '../forecast/forecast-enums.type';
import { parsePeriod } from '../progress/progress.parse';
import { type UnitStanding, UnitStandingConnection, WardDashboard } from './dashboard.type';

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => WardDashboard)
export class WardDashboardResolver {
  @Query(() => WardDashboard, {
    description:
      'The ward dashboard for a period, shaped for a front end: headline numbers against the targets, the per-unit table, the forecast and the units at risk. A committee member’s table holds the units they supervise.',
  })
  @Allow(DASHBOARD_READERS)
  async wardDashboard(
    @Arg('period', () => String, { description: 'A month (2026-M07), quarter (2026-Q3), half-year (2026-H2), year (2026) or the term (T2025-2030).' }) period: string,
    @Ctx() ctx: EvaluationContext,
  ): Promise<WardDashboard> {
    return ctx.services.dashboard.wardDashboard(parsePeriod(period));
  }

  @FieldResolver(() => UnitStandingConnection, { description: 'The per-unit table, by code, a page at a time.' })
  @Allow(DASHBOARD_READERS)
  units(
    @Root() dashboard: WardDashboard,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (20 by default).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('status', () => AttainmentStatusEnum, { nullable: true, description: 'Only units met, behind or exempt.' }) status: AttainmentStatus | null,
  ): UnitStandingConnection {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2);
    const rows = dashboard.standings.filter((s) => (status ?? null) === null || s.status === status);
    // The table is in memory already (the summary needs every unit): a cursor names the last row seen.
    const seen = cursor ? rows.findIndex((s) => s.code === cursor[0] && s.organisation.id === cursor[1]) : -1;
    if (cursor && seen < 0) throw AppError.badInput('after is not a cursor from this table; start again without it.', [{ field: 'after', message: 'is not a valid cursor' }]);
    const page = rows.slice(seen + 1, seen + 1 + size + 1);
    return toConnection(page, size, rows.length, (s: UnitStanding) => [s.code, s.organisation.id], (s) => s);
  }
}
