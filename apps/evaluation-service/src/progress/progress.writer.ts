import { currentPlanTerm } from '@pdv/organisation-read-model';
import { type EntityManager, pgArray } from '@pdv/persistence';
import {
  type CandidateJourney,
  type CandidateProgress,
  type CounterDelta,
  DEFAULT_EVALUATION_POLICY,
  type FunnelStage,
  type ProgressFact,
  recordProgressFact,
  type SourceCategory,
} from '@pdv/evaluation-domain';
import { CandidateJourneyEntity, type CandidateJourneyRow, ProgressFactLogEntity } from './progress.entity';

function toJourney(row: CandidateJourneyRow): CandidateJourney {
  return {
    candidateId: row.candidateId,
    unitId: row.unitId,
    massOrganisationId: row.massOrganisationId,
    sourceCategory: row.sourceCategory as SourceCategory | null,
    current: row.currentStage as FunnelStage,
    reached: row.reached as CandidateJourney['reached'],
    closed: row.closed,
  };
}

/** Each unit's path up to the ward (the unit first), from the organisation read model's closure, in one read. */
async function pathsOf(em: EntityManager, unitIds: readonly string[]): Promise<Map<string, string[]>> {
  const paths = new Map<string, string[]>();
  if (unitIds.length === 0) return paths;
  const rows = await em.execute<{ descendant_id: string; ancestor_id: string }[]>(
    'select descendant_id, ancestor_id from org_read_model_closure where descendant_id = any(?::uuid[]) order by descendant_id, depth',
    [pgArray([...new Set(unitIds)])],
  );
  for (const row of rows) paths.set(row.descendant_id, [...(paths.get(row.descendant_id) ?? []), row.ancestor_id]);
  return paths;
}

// Adds the deltas to their counters in one statement; the domain merges a fact's deltas per key,
// so no key appears twice in it (which ON CONFLICT DO UPDATE would refuse).
async function addToCounters(em: EntityManager, deltas: readonly CounterDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await em.execute(
    `insert into progress_counter (scope, scope_id, source_category, period_key, stage, measure, days, value)
     select * from unnest(?::text[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[])
     on conflict (scope, scope_id, period_key, source_category, stage, measure, days)
     do update set value = progress_counter.value + excluded.value`,
    [
      pgArray(deltas.map((d) => d.scope)),
      pgArray(deltas.map((d) => d.scopeId)),
      pgArray(deltas.map((d) => d.sourceCategory)),
      pgArray(deltas.map((d) => d.periodKey)),
      pgArray(deltas.map((d) => d.stage)),
      pgArray(deltas.map((d) => d.measure)),
      pgArray(deltas.map((d) => d.days)),
      pgArray(deltas.map((d) => d.delta)),
    ],
  );
}

async function saveJourney(em: EntityManager, journey: CandidateJourney, at: Date): Promise<void> {
  await em.execute(
    `insert into candidate_journey (candidate_id, unit_id, mass_organisation_id, source_category, current_stage, reached, closed, updated_at)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)
     on conflict (candidate_id) do update set unit_id = excluded.unit_id, mass_organisation_id = excluded.mass_organisation_id,
       source_category = excluded.source_category, current_stage = excluded.current_stage, reached = excluded.reached,
       closed = excluded.closed, updated_at = excluded.updated_at`,
    [journey.candidateId, journey.unitId, journey.massOrganisationId, journey.sourceCategory, journey.current, JSON.stringify(journey.reached), journey.closed, at],
  );
}

async function loadProgress(em: EntityManager, candidateId: string): Promise<CandidateProgress> {
  const log = await em.findOne(ProgressFactLogEntity, { candidateId }, { disableIdentityMap: true });
  const row = await em.findOne(CandidateJourneyEntity, { candidateId }, { disableIdentityMap: true });
  return { facts: log?.facts ?? [], journey: row ? toJourney(row) : null };
}

async function saveFacts(em: EntityManager, candidateId: string, facts: readonly ProgressFact[]): Promise<void> {
  await em.execute(
    `insert into progress_fact_log (candidate_id, facts) values (?, ?::jsonb)
     on conflict (candidate_id) do update set facts = excluded.facts`,
    [candidateId, JSON.stringify(facts)],
  );
}

function unitsOf(fact: ProgressFact): string[] {
  return fact.kind === 'STAGE' ? (fact.unitId ? [fact.unitId] : []) : fact.kind === 'MOVED' ? [fact.toUnitId] : [];
}

/**
 * Applies facts of one event to the progress read model, in the consumer's transaction: the
 * candidate's facts, the journey they make and the counters it moves, together. The domain
 * (recordProgressFact) ignores repeats and puts a fact that comes early or late in its place,
 * so whatever order the streams are consumed in, the counters are those of the facts in the
 * order they happened.
 */
export async function applyProgressFacts(em: EntityManager, facts: readonly ProgressFact[], at: Date): Promise<void> {
  if (facts.length === 0) return;
  // The sourcing, training and admission consumers run side by side and meet on the same
  // journeys and the same ward counters: one transaction lock serialises them, so a journey is
  // never created twice and counter upserts cannot deadlock each other.
  await em.execute("select pg_advisory_xact_lock(hashtext('pdv.evaluation.progress'))");
  const planTerm = await currentPlanTerm(em, DEFAULT_EVALUATION_POLICY.planTerm);
  for (const fact of facts) {
    const progress = await loadProgress(em, fact.candidateId);
    // A fact placed before others replays them: every unit the candidate's facts name is needed.
    const unitIds = [...new Set([...(progress.journey ? [progress.journey.unitId] : []), ...progress.facts.flatMap(unitsOf), ...unitsOf(fact)])];
    const paths = await pathsOf(em, unitIds);
    // Streams are consumed side by side: a referral can arrive before the organisation service's
    // announcement of its cell. Counted then, it would miss the ward's totals for good; refused, it
    // is redelivered after the tree has caught up, and dead-lettered for an operator only if the
    // cell never comes.
    const unknown = unitIds.find((id) => !paths.has(id));
    if (unknown) throw new Error(`organisation ${unknown} is not in the organisation read model yet`);
    const result = recordProgressFact(progress, fact, { pathOf: (id) => paths.get(id) as string[], planTerm });
    if (!result.changed) continue;
    await saveFacts(em, fact.candidateId, result.progress.facts);
    const journey = result.progress.journey;
    if (journey && JSON.stringify(journey) !== JSON.stringify(progress.journey)) await saveJourney(em, journey, at);
    await addToCounters(em, result.deltas);
  }
}
