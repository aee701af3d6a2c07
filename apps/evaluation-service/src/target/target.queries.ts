import type { EntityManager } from '@pdv/persistence';
import type { Target, TargetKind } from '@pdv/evaluation-domain';

/** The targets stored for a year: the board's values and the quotas from sourcing. */
export async function storedTargets(em: EntityManager, year: number): Promise<Target[]> {
  const rows = await em.execute<{ kind: string; year: number; subject: string; minimum: number; upper: number | null; applies_to: string[] }[]>(
    'select kind, year, subject, minimum, upper, applies_to from evaluation_target where year = ? order by kind, subject',
    [year],
  );
  return rows.map((r) => ({
    kind: r.kind as TargetKind,
    year: r.year,
    subjectId: r.subject === '' ? null : r.subject,
    minimum: r.minimum,
    upper: r.upper,
    appliesTo: r.applies_to as Target['appliesTo'],
  }));
}

/** Serialises changes to one year's targets (the row may not exist yet, so a row lock would not do). */
export async function lockTargets(em: EntityManager, year: number): Promise<void> {
  await em.execute("select pg_advisory_xact_lock(hashtext('pdv.evaluation.targets'), ?)", [year]);
}
