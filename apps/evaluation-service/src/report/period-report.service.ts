import { requireIdentity } from '@pdv/auth';
import {
  defaultHolidayTable,
  type LocalDate,
  localDateInVietnam,
  minDate,
  type ReportingPeriod,
  reportingPeriodKey,
  reportingPeriodLastDay,
  reportingPeriodOf,
  reportingPeriodRange,
  workingDayCalendar,
  yearOf,
} from '@pdv/calendar';
import {
  assertCanClose,
  buildReport,
  type LateArrival,
  lateArrivals,
  lateNote,
  type OverdueDossier,
  overdueOn,
  parseReportPeriod,
  periodEnded,
  type ReportSnapshot,
  withLateArrivals,
} from '@pdv/evaluation-domain';
import type { EntityManager } from '@pdv/persistence';
import type { ServiceScope } from '../common/service-scope';
import { admittedByQuarter, enteredBySource, unitsById } from '../dashboard/ward-evaluation.queries';
import type { WardEvaluationService } from '../dashboard/ward-evaluation.service';
import { overdueDeadlinesOfWard } from './overdue-deadline.handlers';
import { PeriodReportEntity, type PeriodReportRow } from './period-report.entity';

export type FrozenHow = 'CLOSED_BY_BOARD' | 'FIRST_READ_AFTER_END';

/** A report as the API shows it: the snapshot (frozen or as it stands), how it was frozen, and the note on late facts. */
export interface PeriodReportView {
  snapshot: ReportSnapshot;
  frozenAt: Date | null;
  frozenBy: string | null;
  frozenHow: FrozenHow | null;
  lateNote: { vi: string; en: string } | null;
}

// The system's actor for a report frozen by its first read after the period's end.
const SYSTEM_ACTOR = 'system';

/**
 * The ward's quarterly, six-monthly and annual reports. A period that has not ended gets its
 * report as it stands. Once it has ended its report is frozen: by the board
 * (closeReportingPeriod) or, failing that, by the first read after its last day — so a report
 * asked for at any later time shows the numbers as they were when the period closed, and a
 * report is never left unfrozen because nobody closed it. Facts dated in a frozen period that
 * arrive later count in the open period's report (the one containing today), with a note on both.
 */
export class PeriodReportService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly evaluation: WardEvaluationService,
  ) {}

  private today(): LocalDate {
    return localDateInVietnam(this.scope.clock.now());
  }

  async periodReport(key: string): Promise<PeriodReportView> {
    const period = parseReportPeriod(key);
    const today = this.today();
    if (!periodEnded(period, today)) return this.openReport(period, today);
    const row = (await this.stored(this.scope.em, key)) ?? (await this.freeze(period, 'FIRST_READ_AFTER_END', SYSTEM_ACTOR));
    return this.frozenView(row, today);
  }

  /** The board closes an ended period: its report is frozen now (or stays as it was frozen already). */
  async closeReportingPeriod(key: string): Promise<PeriodReportView> {
    const period = parseReportPeriod(key);
    const today = this.today();
    assertCanClose(period, today);
    const row = (await this.stored(this.scope.em, key)) ?? (await this.freeze(period, 'CLOSED_BY_BOARD', this.scope.actor.id));
    return this.frozenView(row, today);
  }

  private stored(em: EntityManager, key: string): Promise<PeriodReportRow | null> {
    return em.findOne(PeriodReportEntity, { periodKey: key }, { disableIdentityMap: true });
  }

  private async live(period: ReportingPeriod, today: LocalDate): Promise<ReportSnapshot> {
    const key = reportingPeriodKey(period);
    const view = await this.evaluation.evaluate(key, today);
    return buildReport({
      period,
      evaluation: view.evaluation,
      ward: { organisationId: view.ward.id, code: view.ward.code, name: view.ward.name },
      unitNames: view.units,
      supervisors: view.supervisors,
      sources: await enteredBySource(this.scope.em, view.ward.id, key),
      admittedByQuarter: await admittedByQuarter(this.scope.em, view.ward.id, period.year),
      overdueDossiers: await this.overdueDossiers(view.ward.id, minDate(reportingPeriodLastDay(period), today)),
    });
  }

  /**
   * The ward's dossiers overdue on `asOf`. Counted on the national working-day calendar (the
   * default table the admission service starts from): the board's corrections to it do not
   * travel on the bus.
   */
  private async overdueDossiers(wardId: string, asOf: LocalDate): Promise<OverdueDossier[]> {
    const deadlines = await overdueDeadlinesOfWard(this.scope.em, wardId);
    if (deadlines.length === 0) return [];
    const firstYear = Math.min(yearOf(asOf), ...deadlines.map((d) => yearOf(d.dueOn)));
    const calendar = workingDayCalendar(defaultHolidayTable(firstYear, yearOf(asOf)));
    const names = await unitsById(this.scope.em, deadlines.map((d) => d.organisationId));
    return overdueOn(deadlines, asOf, calendar, new Map(names.map((u) => [u.id, u])));
  }

  // Written once: two first reads at the same moment freeze one snapshot, the second reads it back.
  private async freeze(period: ReportingPeriod, how: FrozenHow, by: string): Promise<PeriodReportRow> {
    const key = reportingPeriodKey(period);
    const snapshot = await this.live(period, this.today());
    return this.scope.em.transactional(async (em) => {
      await em.execute("select pg_advisory_xact_lock(hashtext('pdv.evaluation.report'), hashtext(?))", [key]);
      const existing = await this.stored(em, key);
      if (existing) return existing;
      const row: PeriodReportRow = { periodKey: key, snapshot, frozenAt: this.scope.clock.now(), frozenBy: by, frozenHow: how };
      await em.insert(PeriodReportEntity, row);
      this.scope.logger.info({ period: key, how }, 'period report frozen');
      return row;
    });
  }

  private async frozenView(row: PeriodReportRow, today: LocalDate): Promise<PeriodReportView> {
    const period = parseReportPeriod(row.periodKey);
    const live = await this.evaluation.evaluate(row.periodKey, today);
    const open = reportingPeriodKey(reportingPeriodOf(period.kind, today));
    return {
      snapshot: row.snapshot,
      frozenAt: row.frozenAt,
      frozenBy: row.frozenBy,
      frozenHow: row.frozenHow as FrozenHow,
      lateNote: lateNote(lateArrivals(row.snapshot, live.evaluation.headline), 'FROZEN', open),
    };
  }

  private async openReport(period: ReportingPeriod, today: LocalDate): Promise<PeriodReportView> {
    const snapshot = await this.live(period, today);
    // Only the period containing today takes in what arrived late for the frozen ones before it.
    const current = today >= reportingPeriodRange(period).from;
    const arrivals: LateArrival[] = [];
    if (current) {
      const frozen = await this.scope.em.find(PeriodReportEntity, {}, { orderBy: { periodKey: 'asc' } });
      for (const row of frozen.filter((r) => r.snapshot.kind === period.kind && r.snapshot.lastDay < snapshot.firstDay && r.snapshot.year >= period.year - 1)) {
        arrivals.push(...lateArrivals(row.snapshot, (await this.evaluation.evaluate(row.periodKey, today)).evaluation.headline));
      }
    }
    return {
      snapshot: { ...snapshot, headline: withLateArrivals(snapshot.headline, arrivals) },
      frozenAt: null,
      frozenBy: null,
      frozenHow: null,
      lateNote: lateNote(arrivals, 'OPEN', null),
    };
  }

  /** The units and overdue dossiers of a report the caller may see (a committee member: those of the units they supervise). */
  async visibleParts(view: PeriodReportView): Promise<{ units: ReportSnapshot['units']; overdueDossiers: OverdueDossier[] }> {
    // Reports frozen before the overdue section existed hold none.
    const overdue = view.snapshot.overdueDossiers ?? [];
    const ids = [...view.snapshot.units.map((u) => u.organisationId), ...overdue.map((d) => d.organisationId)];
    const visible = await this.evaluation.visibleUnits(requireIdentity(this.scope.identity), ids);
    if (visible === null) return { units: view.snapshot.units, overdueDossiers: overdue };
    return { units: view.snapshot.units.filter((u) => visible.has(u.organisationId)), overdueDossiers: overdue.filter((d) => visible.has(d.organisationId)) };
  }
}
