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
 * One fact applied to the journey in the order facts happened (compareProgressFacts): the
 * journey after it and the counter deltas it makes. A stage already reached, or a fact for a
 * closed journey, changes nothing; a stage dated after a later one (the dates disagree with the
 * funnel) is counted as ENTERED on its day but moves nothing; so is a referral dated within a
 * journey that started without one, which also brings the candidate's origin. A referral dated
 * after the journey closed (a re-referral after leaving) starts a new journey. Facts arrive
 * from three streams in no particular order: recordProgressFact puts each in its place first.
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

/** A fact's identity: the same fact delivered twice is kept once. */
export function progressFactKey(fact: ProgressFact): string {
  switch (fact.kind) {
    case 'STAGE':
      return ['STAGE', fact.candidateId, fact.on, fact.stage, fact.unitId ?? '', fact.massOrganisationId ?? '', fact.sourceCategory ?? ''].join('|');
    case 'MOVED':
      return ['MOVED', fact.candidateId, fact.on, fact.toUnitId].join('|');
    case 'DROPPED':
      return ['DROPPED', fact.candidateId, fact.on].join('|');
  }
}

// On one day: the stages in the funnel's order, then a move (the standing pipeline follows the
// candidate to the new cell), then a drop (leaving ends the day's journey: a referral the same
// day belongs to the journey it ends, only a later one starts anew).
function orderWithinDay(fact: ProgressFact): number {
  return fact.kind === 'STAGE' ? RANK[fact.stage] : fact.kind === 'MOVED' ? 100 : 101;
}

/** The order facts happened in: by date, then within the day (orderWithinDay), then by key so any two facts have one order. */
export function compareProgressFacts(a: ProgressFact, b: ProgressFact): number {
  if (a.on !== b.on) return a.on < b.on ? -1 : 1;
  const within = orderWithinDay(a) - orderWithinDay(b);
  if (within !== 0) return within;
  const [ka, kb] = [progressFactKey(a), progressFactKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** What the read model keeps of one candidate: every fact received, once, in the order they happened; and the journey they make. */
export interface CandidateProgress {
  facts: ProgressFact[];
  journey: CandidateJourney | null;
}

function replay(facts: readonly ProgressFact[], ctx: ProgressContext): { journey: CandidateJourney | null; counters: Map<string, CounterDelta> } {
  let journey: CandidateJourney | null = null;
  const counters = new Map<string, CounterDelta>();
  for (const fact of facts) {
    const result = applyProgressFact(journey, fact, ctx);
    journey = result.journey;
    for (const d of result.deltas) {
      const key = counterKey(d);
      const existing = counters.get(key);
      if (existing) existing.delta += d.delta;
      else counters.set(key, { ...d });
    }
  }
  return { journey, counters };
}

/**
 * Records one fact of a candidate, whatever order the streams deliver them in: the progress
 * after it and the counter deltas to add, such that the journey and the counters always equal
 * those of the candidate's facts applied in the order they happened. A fact that comes in
 * order (the latest so far) is one step from the journey as it stands. One that comes early
 * (a training fact before the referral that names the cell) waits among the facts, counted in
 * nothing until its journey starts; one that comes late (a referral after the admission
 * service's facts) is put in its place: the deltas are the difference between the candidate's
 * counters replayed without it and with it. A repeat changes nothing (changed: false).
 */
export function recordProgressFact(
  progress: CandidateProgress | null,
  fact: ProgressFact,
  ctx: ProgressContext,
): { progress: CandidateProgress; deltas: CounterDelta[]; changed: boolean } {
  const facts = progress?.facts ?? [];
  const journey = progress?.journey ?? null;
  const key = progressFactKey(fact);
  if (facts.some((f) => progressFactKey(f) === key)) return { progress: { facts, journey }, deltas: [], changed: false };
  const next = [...facts, fact].sort(compareProgressFacts);
  if (next[next.length - 1] === fact) {
    const step = applyProgressFact(journey, fact, ctx);
    return { progress: { facts: next, journey: step.journey }, deltas: step.deltas, changed: true };
  }
  const before = replay(facts, ctx).counters;
  const after = replay(next, ctx);
  const deltas = new Map<string, CounterDelta>();
  for (const [k, d] of after.counters) deltas.set(k, { ...d });
  for (const [k, d] of before) {
    const existing = deltas.get(k);
    if (existing) existing.delta -= d.delta;
    else deltas.set(k, { ...d, delta: -d.delta });
  }
  return { progress: { facts: next, journey: after.journey }, deltas: [...deltas.values()].filter((d) => d.delta !== 0), changed: true };
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
