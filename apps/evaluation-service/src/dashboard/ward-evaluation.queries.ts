import type { OrganisationKind } from '@pdv/contracts';
import { CURRENT_PERIOD_KEY, type CounterRow, NO_COUNTERS, type ScopeCounters } from '@pdv/evaluation-domain';
import { type EntityManager, pgArray } from '@pdv/persistence';

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrganisationKind;
}

/** The ward: the root of the organisation tree as the organisation service announced it (null before it did). */
export async function wardRoot(em: EntityManager): Promise<UnitRow | null> {
  const [row] = await em.execute<UnitRow[]>(
    "select id, code, name, kind from org_read_model where parent_id is null and kind = 'WARD_COMMITTEE' and active order by valid_from, id limit 1",
  );
  return row ?? null;
}

/** The ward's active units of the given kinds, by code: the rows of the per-unit table. */
export async function unitsOfWard(em: EntityManager, wardId: string, kinds: readonly OrganisationKind[]): Promise<UnitRow[]> {
  if (kinds.length === 0) return [];
  return em.execute<UnitRow[]>(
    `select o.id, o.code, o.name, o.kind from org_read_model_closure c join org_read_model o on o.id = c.descendant_id
      where c.ancestor_id = ?::uuid and o.active and o.kind = any(?::text[]) order by o.code, o.id`,
    [wardId, pgArray([...kinds])],
  );
}

/** Organisations by id, as the read model holds them (unknown ids are left out). */
export async function unitsById(em: EntityManager, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return em.execute<UnitRow[]>('select id, code, name, kind from org_read_model where id = any(?::uuid[])', [pgArray([...new Set(ids)])]);
}

export interface CounterKeys {
  yearToDate: readonly string[];
  period: string;
  year: string;
  /** The term's key for the ward's term targets; null to skip. */
  term: string | null;
}

/**
 * Every SUBTREE counter of `scopeIds` the evaluation reads, in one indexed statement: the
 * year-to-date keys, the period, the year, the term and the pipeline now — a handful of rows per
 * stage and scope, whatever the number of events behind them.
 */
export async function scopeCounters(em: EntityManager, scopeIds: readonly string[], keys: CounterKeys): Promise<Map<string, ScopeCounters>> {
  const out = new Map<string, { yearToDate: CounterRow[]; inPeriod: CounterRow[]; year: CounterRow[]; now: CounterRow[]; term: CounterRow[] }>();
  if (scopeIds.length === 0) return out;
  // Only what is read: ENTERED of the keys targets are measured on, the year's cohorts and stage
  // times (the forecast's conversions), the pipeline now.
  const enteredKeys = [...new Set([...keys.yearToDate, keys.period, ...(keys.term ? [keys.term] : [])])];
  const rows = await em.execute<(CounterRow & { scope_id: string; period_key: string })[]>(
    `select scope_id, period_key, stage, measure, days, value from progress_counter
      where scope = 'SUBTREE' and scope_id = any(?::uuid[]) and source_category = 'ALL'
        and ((period_key = any(?::text[]) and measure = 'ENTERED')
          or (period_key = ? and measure in ('ENTERED', 'ADVANCED', 'DAYS_IN_STAGE'))
          or (period_key = ? and measure = 'IN_STAGE'))`,
    [pgArray([...new Set(scopeIds)]), pgArray(enteredKeys), keys.year, CURRENT_PERIOD_KEY],
  );
  for (const { scope_id, period_key, ...row } of rows) {
    let scope = out.get(scope_id);
    if (!scope) out.set(scope_id, (scope = { yearToDate: [], inPeriod: [], year: [], now: [], term: [] }));
    if (period_key === CURRENT_PERIOD_KEY) scope.now.push(row);
    if (keys.yearToDate.includes(period_key)) scope.yearToDate.push(row);
    if (period_key === keys.period) scope.inPeriod.push(row);
    if (period_key === keys.year) scope.year.push(row);
    if (period_key === keys.term) scope.term.push(row);
  }
  return new Map(scopeIds.map((id) => [id, out.get(id) ?? NO_COUNTERS]));
}

/** The exemptions in force for a year (a revoked one is not), organisation → reason. */
export async function exemptionsOf(em: EntityManager, year: number): Promise<Map<string, string>> {
  const rows = await em.execute<{ organisation_id: string; reason: string }[]>(
    'select organisation_id, reason from target_exemption where year = ? and not revoked order by updated_at',
    [year],
  );
  return new Map(rows.map((r) => [r.organisation_id, r.reason]));
}

/** Entered counts by source category of the ward's subtree for a period (the reports' source table). */
export async function enteredBySource(em: EntityManager, wardId: string, periodKey: string): Promise<{ sourceCategory: string; stage: string; value: number }[]> {
  return em.execute(
    `select source_category as "sourceCategory", stage, value from progress_counter
      where scope = 'SUBTREE' and scope_id = ?::uuid and period_key = ? and measure = 'ENTERED' and source_category <> 'ALL'
      order by source_category, stage`,
    [wardId, periodKey],
  );
}

/** The ward's admissions in each quarter of a year (quarter → count), from its four quarter counters. */
export async function admittedByQuarter(em: EntityManager, wardId: string, year: number): Promise<Map<number, number>> {
  const rows = await em.execute<{ period_key: string; value: number }[]>(
    `select period_key, value from progress_counter
      where scope = 'SUBTREE' and scope_id = ?::uuid and source_category = 'ALL' and period_key = any(?::text[]) and stage = 'ADMITTED' and measure = 'ENTERED'`,
    [wardId, pgArray([1, 2, 3, 4].map((q) => `${year}-Q${q}`))],
  );
  return new Map(rows.map((r) => [Number(r.period_key.slice(-1)), r.value]));
}
