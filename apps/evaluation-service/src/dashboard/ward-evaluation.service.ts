import { isOrganisationScoped, assertOrganisationInScope, type Identity } from '@pdv/auth';
import { type LocalDate, localDateInVietnam, minDate } from '@pdv/calendar';
import { AppError } from '@pdv/errors';
import {
  DEFAULT_EVALUATION_POLICY,
  type EvaluatedUnit,
  evaluateWard,
  type EvaluationPeriod,
  parsePeriodKey,
  periodKey,
  periodRange,
  unitKindsWithTargets,
  type WardEvaluation,
  yearToDate,
} from '@pdv/evaluation-domain';
import { isUuid } from '@pdv/graphql';
import { currentPlanTerm, OrganisationReadModelScopes, organisationsWithin } from '@pdv/organisation-read-model';
import { addDays } from '@pdv/calendar';
import type { ServiceScope } from '../common/service-scope';
import { membersAtStartOfYear } from '../progress/member-count.queries';
import { EvaluationCache, readModelVersion } from './read-model-version';
import type { TargetService } from '../target/target.service';
import { supervisedBy, supervisorsOn } from './supervision-assignment.queries';
import { exemptionsOf, scopeCounters, type UnitRow, unitsById, unitsOfWard, wardRoot } from './ward-evaluation.queries';

/** The ward's evaluation for a period with what the dashboard and the reports print beside it. */
export interface WardView {
  ward: UnitRow;
  evaluation: WardEvaluation;
  units: ReadonlyMap<string, UnitRow>;
  /** Unit → the committee member supervising it at the end of the period (or today). */
  supervisors: ReadonlyMap<string, string>;
}

/**
 * The ward dashboard's and the reports' numbers: the domain's evaluateWard over counters read
 * in a handful of indexed statements (the units, their counters for five period keys, the
 * targets, exemptions, member counts and supervisors), whatever the number of events.
 */
export class WardEvaluationService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly targets: TargetService,
    private readonly cache: EvaluationCache<WardView> = new EvaluationCache(),
  ) {}

  private today(): LocalDate {
    return localDateInVietnam(this.scope.clock.now());
  }

  private async requireWard(): Promise<UnitRow> {
    const ward = await wardRoot(this.scope.em);
    if (!ward) throw new AppError('NOT_FOUND', 'The ward is not known to the evaluation service yet: the organisation service has not announced its tree.');
    return ward;
  }

  /**
   * The whole ward's evaluation for a period (a valid period key), as of `today`: made once per
   * change of the read model (the cache is keyed by its version), read many times.
   */
  async evaluate(key: string, today: LocalDate = this.today()): Promise<WardView> {
    const version = await readModelVersion(this.scope.em);
    return this.cache.get(`${key}|${today}|${version}`, () => this.evaluateNow(key, today));
  }

  private async evaluateNow(key: string, today: LocalDate): Promise<WardView> {
    const period = parsePeriodKey(key) as EvaluationPeriod;
    const { year } = yearToDate(period, today);
    const [ward, targets] = await Promise.all([this.requireWard(), this.targets.targets(year)]);
    const units = await unitsOfWard(this.scope.em, ward.id, unitKindsWithTargets(targets, year));
    return this.evaluateUnits(ward, units, period, today, targets);
  }

  /** The evaluation of some organisations for a year (the federation fields), batched: the same reads for one or a page. */
  async evaluateOrganisations(organisationIds: readonly string[], year: number): Promise<Map<string, EvaluatedUnit>> {
    const [ward, targets, units] = await Promise.all([this.requireWard(), this.targets.targets(year), unitsById(this.scope.em, organisationIds)]);
    const view = await this.evaluateUnits(ward, units, { kind: 'YEAR', year, index: 1 }, this.today(), targets);
    return new Map(view.evaluation.units.map((u) => [u.organisationId, u]));
  }

  private async evaluateUnits(ward: UnitRow, units: readonly UnitRow[], period: EvaluationPeriod, today: LocalDate, targets: Awaited<ReturnType<TargetService['targets']>>): Promise<WardView> {
    const { em } = this.scope;
    const planTerm = await currentPlanTerm(em, DEFAULT_EVALUATION_POLICY.planTerm);
    const { year, keys } = yearToDate(period, today);
    const termKey = periodKey({ kind: 'TERM', ...planTerm });
    const unitIds = units.map((u) => u.id);
    const lastDay = addDays(periodRange(period).to, -1);
    // Independent reads, side by side on the pool (none writes).
    const [counters, exemptions, members, supervisors, termTargets] = await Promise.all([
      scopeCounters(em, [ward.id, ...unitIds], { yearToDate: keys, period: periodKey(period), year: String(year), term: termKey }),
      exemptionsOf(em, year),
      membersAtStartOfYear(em, unitIds, year),
      supervisorsOn(em, unitIds, minDate(lastDay, today)),
      year === planTerm.firstYear ? targets : this.targets.targets(planTerm.firstYear),
    ]);
    const evaluation = evaluateWard({
      period,
      today,
      planTerm,
      wardId: ward.id,
      units: units.map((u) => ({ organisationId: u.id, kind: u.kind })),
      targets,
      termTargets: termTargets.filter((t) => t.year === planTerm.firstYear),
      exemptions,
      membersAtStartOfYear: members,
      counters,
    });
    return { ward, evaluation, units: new Map(units.map((u) => [u.id, u])), supervisors };
  }

  /**
   * The units the caller may see in the per-unit table: every unit for the ward's readers; for
   * a committee member, the units they supervise today and everything under them; for a cell
   * secretary, their subtree. null: no restriction.
   */
  async visibleUnits(identity: Identity, unitIds: readonly string[]): Promise<Set<string> | null> {
    if (isOrganisationScoped(identity)) return organisationsWithin(this.scope.em, unitIds, identity.scopeId as string);
    if (identity.role !== 'COMMITTEE_MEMBER') return null;
    const visible = new Set<string>();
    for (const root of await this.supervisedUnits(identity)) for (const id of await organisationsWithin(this.scope.em, unitIds, root)) visible.add(id);
    return visible;
  }

  /** Refuses (FORBIDDEN) an organisation outside the caller's part of the ward: a secretary's subtree, a committee member's supervised units. */
  async assertCanRead(identity: Identity, organisationId: string): Promise<void> {
    if (identity.role === 'COMMITTEE_MEMBER') {
      const visible = await this.visibleUnits(identity, [organisationId]);
      if (!visible?.has(organisationId)) throw AppError.forbidden('That organisation is not one you supervise.');
      return;
    }
    await assertOrganisationInScope(identity, organisationId, new OrganisationReadModelScopes(this.scope.em));
  }

  // A committee member's user id is their party member id (the supervision assignments' committeeMemberId).
  private async supervisedUnits(identity: Identity): Promise<string[]> {
    return isUuid(identity.userId) ? supervisedBy(this.scope.em, identity.userId, this.today()) : [];
  }
}
