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
