import type { SOURCE_CATEGORIES } from '@pdv/contracts';
import { daysBetween, type LocalDate } from '@pdv/calendar';
import { periodKeysOf, type PlanTerm } from './period';

export type SourceCategory = (typeof SOURCE_CATEGORIES)[number];

/**
 * The funnel a candidate goes through, in order (issue 10). The admission stages after
 * ADMITTED end a journey: recognised, or the name removed from the probationary list; an
 * admission can also be annulled afterwards.
 */
export const FUNNEL_STAGES = [
  'REFERRED',
  'ACCEPTED',
  'SENT_TO_TRAINING',
  'TRAINED',
  'DOSSIER_OPENED',
  'CELL_RESOLVED',
  'DECIDED',
  'ADMITTED',
  'RECOGNISED',
  'NAME_REMOVED',
  'ANNULLED',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

// RECOGNISED and NAME_REMOVED are the two ends of probation, so they share a rank: one
// excludes the other. ANNULLED can follow either.
const RANK: Readonly<Record<FunnelStage, number>> = {
  REFERRED: 0,
  ACCEPTED: 1,
  SENT_TO_TRAINING: 2,
  TRAINED: 3,
  DOSSIER_OPENED: 4,
  CELL_RESOLVED: 5,
  DECIDED: 6,
  ADMITTED: 7,
  RECOGNISED: 8,
  NAME_REMOVED: 8,
  ANNULLED: 9,
};

/**
 * What the read model counts, per scope, source category and period:
 * - ENTERED: candidates who reached the stage in the period;
 * - ADVANCED / DROPPED: of those who entered the stage in the period (its cohort), how many
 *   went on to a later stage / left the pipeline from it — so conversions are exact per cohort;
 * - DAYS_IN_STAGE: a histogram (one counter per whole number of days) of the time spent in
 *   the stage by those who left it forward in the period, so a median is read, not computed
 *   over raw events;
 * - IN_STAGE: the pipeline as it stands, for the period key NOW.
 */
export type CounterMeasure = 'ENTERED' | 'ADVANCED' | 'DROPPED' | 'DAYS_IN_STAGE' | 'IN_STAGE';

/** Own counts of a unit, counts of its whole subtree (the ward is the root's), or a mass organisation's referrals. */
export type CounterScope = 'UNIT' | 'SUBTREE' | 'MASS_ORGANISATION';

export const CURRENT_PERIOD_KEY = 'NOW';

export interface CounterDelta {
  scope: CounterScope;
  scopeId: string;
  /** A source category, or ALL for every source together. */
  sourceCategory: SourceCategory | 'ALL';
  periodKey: string;
  stage: FunnelStage;
  measure: CounterMeasure;
  /** The whole days of a DAYS_IN_STAGE counter; 0 for the other measures. */
  days: number;
  delta: number;
}

/** The stable key of a counter row: one counter per key, deltas added to it. */
export function counterKey(d: Omit<CounterDelta, 'delta'>): string {
  return [d.scope, d.scopeId, d.sourceCategory, d.periodKey, d.stage, d.measure, d.days].join('|');
}

/** A fact from another service's event, as progress sees it: ids and dates only. */
export type ProgressFact =
  | {
      kind: 'STAGE';
      candidateId: string;
      stage: FunnelStage;
      on: LocalDate;
      /** The unit (cell) nurturing the candidate; the REFERRED fact names it, later ones may repeat it. */
      unitId?: string;
      /** Known from the referral only. */
      massOrganisationId?: string | null;
      sourceCategory?: SourceCategory | null;
    }
  /** The candidate left the pipeline: declined, withdrawn, a dossier closed without admission. */
  | { kind: 'DROPPED'; candidateId: string; on: LocalDate }
  /** The candidate is now nurtured by another unit (a cell merged or reassigned). */
  | { kind: 'MOVED'; candidateId: string; toUnitId: string; on: LocalDate };

/** One candidate's way through the funnel, kept by the read model to place each next fact. */
export interface CandidateJourney {
  candidateId: string;
  unitId: string;
  massOrganisationId: string | null;
  sourceCategory: SourceCategory | null;
  current: FunnelStage;
  /** The day each stage was reached. */
  reached: Partial<Record<FunnelStage, LocalDate>>;
  closed: boolean;
}

export interface ProgressContext {
  /** The unit and its ancestors up to the ward, the unit first (the organisation read model's closure). */
  pathOf(unitId: string): readonly string[];
  planTerm: PlanTerm;
}

class Deltas {
  private readonly byKey = new Map<string, CounterDelta>();
  constructor(private readonly ctx: ProgressContext) {}

  add(journey: Pick<CandidateJourney, 'unitId' | 'massOrganisationId' | 'sourceCategory'>, stage: FunnelStage, measure: CounterMeasure, periodKeys: readonly string[], delta: number, days = 0): void {
    const scopes: [CounterScope, string][] = [['UNIT', journey.unitId], ...this.ctx.pathOf(journey.unitId).map((id): [CounterScope, string] => ['SUBTREE', id])];
    if (journey.massOrganisationId) scopes.push(['MASS_ORGANISATION', journey.massOrganisationId]);
    const categories: (SourceCategory | 'ALL')[] = journey.sourceCategory ? ['ALL', journey.sourceCategory] : ['ALL'];
    for (const [scope, scopeId] of scopes) {
      for (const sourceCategory of categories) {
        for (const periodKey of periodKeys) {
          const row = { scope, scopeId, sourceCategory, periodKey, stage, measure, days };
          const key = counterKey(row);
          const existing = this.byKey.get(key);
          if (existing) existing.delta += delta;
          else this.byKey.set(key, { ...row, delta });
        }
      }
    }
  }

  list(): CounterDelta[] {
    return [...this.byKey.values()].filter((d) => d.delta !== 0);
  }
}

/**
 * The journey after a fact and the counter deltas it makes. Idempotent and tolerant of order:
 * a stage already reached, or a fact for a closed journey, changes nothing; a stage that
 * arrives after a later one (events of two services cross) is counted as ENTERED on its day but
 * moves nothing. A new referral after the candidate left starts a new journey.
 */
export function applyProgressFact(
  journey: CandidateJourney | null,
  fact: ProgressFact,
  ctx: ProgressContext,
): { journey: CandidateJourney | null; deltas: CounterDelta[] } {
  const deltas = new Deltas(ctx);
  const periods = (date: LocalDate) => periodKeysOf(date, ctx.planTerm);

  if (fact.kind === 'MOVED') {
    if (!journey || journey.closed || journey.unitId === fact.toUnitId) return { journey, deltas: [] };
    deltas.add(journey, journey.current, 'IN_STAGE', [CURRENT_PERIOD_KEY], -1);
    const moved = { ...journey, unitId: fact.toUnitId };
    deltas.add(moved, moved.current, 'IN_STAGE', [CURRENT_PERIOD_KEY], 1);
    return { journey: moved, deltas: deltas.list() };
  }

  if (fact.kind === 'DROPPED') {
    if (!journey || journey.closed || RANK[journey.current] >= RANK.ADMITTED) return { journey, deltas: [] };
    deltas.add(journey, journey.current, 'DROPPED', periods(journey.reached[journey.current] as LocalDate), 1);
    deltas.add(journey, journey.current, 'IN_STAGE', [CURRENT_PERIOD_KEY], -1);
    return { journey: { ...journey, closed: true }, deltas: deltas.list() };
  }

  const startsAnew = !journey || (journey.closed && fact.stage === 'REFERRED');
  if (startsAnew) {
    if (!fact.unitId) return { journey, deltas: [] };
    const fresh: CandidateJourney = {
      candidateId: fact.candidateId,
      unitId: fact.unitId,
      massOrganisationId: fact.massOrganisationId ?? null,
      sourceCategory: fact.sourceCategory ?? null,
      current: fact.stage,
      reached: { [fact.stage]: fact.on },
      closed: isTerminal(fact.stage),
    };
    deltas.add(fresh, fact.stage, 'ENTERED', periods(fact.on), 1);
    if (!fresh.closed) deltas.add(fresh, fact.stage, 'IN_STAGE', [CURRENT_PERIOD_KEY], 1);
    return { journey: fresh, deltas: deltas.list() };
  }

  const current = journey as CandidateJourney;
  if (current.reached[fact.stage] !== undefined || (current.closed && fact.stage !== 'ANNULLED')) return { journey: current, deltas: [] };
  const reached = { ...current.reached, [fact.stage]: fact.on };
  if (RANK[fact.stage] <= RANK[current.current]) {
    // The referral, when it arrives after a later stage, still brings the candidate's origin.
    const late =
      fact.stage === 'REFERRED'
        ? { ...current, reached, massOrganisationId: current.massOrganisationId ?? fact.massOrganisationId ?? null, sourceCategory: current.sourceCategory ?? fact.sourceCategory ?? null }
        : { ...current, reached };
    deltas.add(late, fact.stage, 'ENTERED', periods(fact.on), 1);
    return { journey: late, deltas: deltas.list() };
  }
  const left = current.current;
  const leftOn = current.reached[left] as LocalDate;
  deltas.add(current, fact.stage, 'ENTERED', periods(fact.on), 1);
  if (!current.closed) {
    deltas.add(current, left, 'ADVANCED', periods(leftOn), 1);
    deltas.add(current, left, 'DAYS_IN_STAGE', periods(fact.on), 1, Math.max(0, daysBetween(leftOn, fact.on)));
    deltas.add(current, left, 'IN_STAGE', [CURRENT_PERIOD_KEY], -1);
  }
  const closed = isTerminal(fact.stage);
  if (!closed) deltas.add(current, fact.stage, 'IN_STAGE', [CURRENT_PERIOD_KEY], 1);
  return { journey: { ...current, current: fact.stage, reached, closed }, deltas: deltas.list() };
}

function isTerminal(stage: FunnelStage): boolean {
  return stage === 'RECOGNISED' || stage === 'NAME_REMOVED' || stage === 'ANNULLED';
}

/** Counters of one scope and period as read back: stage → measure → value, and the day histograms. */
export interface StageCounters {
  entered: number;
  advanced: number;
  dropped: number;
  inStage: number;
  /** days → how many left the stage forward after that many days. */
  daysInStage: ReadonlyMap<number, number>;
}

export function emptyStageCounters(): StageCounters {
  return { entered: 0, advanced: 0, dropped: 0, inStage: 0, daysInStage: new Map() };
}

/** Of those who entered the stage, the share who went on; null when none entered. */
export function conversion(counters: Pick<StageCounters, 'entered' | 'advanced'>): number | null {
  return counters.entered === 0 ? null : counters.advanced / counters.entered;
}

/** The median of a day histogram (the mean of the two middle values for an even count); null when empty. */
export function medianDays(histogram: ReadonlyMap<number, number>): number | null {
  const entries = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (position: number): number => {
    let seen = 0;
    for (const [days, n] of entries) {
      seen += n;
      if (position < seen) return days;
    }
    return entries[entries.length - 1][0];
  };
  return total % 2 === 1 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** Counter rows of one scope, source and period (the stage's IN_STAGE from the NOW period), as the database holds them. */
export interface CounterRow {
  stage: string;
  measure: string;
  days: number;
  value: number;
}

/** The funnel of one scope and period, every stage present (zeros where nothing happened). */
export function stageCountersOf(rows: readonly CounterRow[]): Record<FunnelStage, StageCounters> {
  const out = Object.fromEntries(FUNNEL_STAGES.map((s) => [s, emptyStageCounters()])) as Record<FunnelStage, StageCounters>;
  for (const row of rows) {
    const counters = out[row.stage as FunnelStage];
    if (!counters) continue;
    if (row.measure === 'ENTERED') counters.entered += row.value;
    else if (row.measure === 'ADVANCED') counters.advanced += row.value;
    else if (row.measure === 'DROPPED') counters.dropped += row.value;
    else if (row.measure === 'IN_STAGE') counters.inStage += row.value;
    else if (row.measure === 'DAYS_IN_STAGE') (counters.daysInStage as Map<number, number>).set(row.days, (counters.daysInStage.get(row.days) ?? 0) + row.value);
  }
  return out;
}
