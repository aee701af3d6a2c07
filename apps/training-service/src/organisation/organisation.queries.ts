import { type EntityManager, pgArray } from '@pdv/persistence';
import type { CourseKind, EnrolmentStatus } from '@pdv/training-domain';

// Every query here answers a whole batch of organisations (the gateway's `_entities` page)
// in one statement: the keys are unnested once and joined to the read model's closure table
// (ancestor → every descendant, itself included), so the cost is one statement whatever the
// page size or the depth of the tree. The closure is also restricted by
// `ancestor_id = any(<the key ids>)`, so the planner reads the keys' paths from its primary
// key instead of hashing the whole closure table.

/** One `Organisation.nominations` list asked for. */
export interface NominationsKey {
  organisationId: string;
  year: number;
  status: EnrolmentStatus | null;
}

export const nominationsKeyOf = (key: NominationsKey): string => `${key.organisationId}|${key.year}|${key.status ?? ''}`;

/** The enrolment ids of each key's subtree, in courses whose term starts in the year, in nomination order. */
export async function nominationIdsOf(em: EntityManager, keys: readonly NominationsKey[]): Promise<{ key: string; enrolmentId: string }[]> {
  if (keys.length === 0) return [];
  const rows = await em.execute<{ organisation_id: string; year: number; status: string; enrolment_id: string }[]>(
    `with k as (select distinct organisation_id, year, status from unnest(?::uuid[], ?::int[], ?::text[]) as k(organisation_id, year, status))
     select k.organisation_id, k.year, coalesce(k.status, '') as status, e.id as enrolment_id
       from k
       join org_read_model_closure t on t.ancestor_id = k.organisation_id
       join enrolment e on e.organisation_id = t.descendant_id and (k.status is null or e.status = k.status)
       join course c on c.id = e.course_id and c.starts_on >= make_date(k.year, 1, 1) and c.starts_on < make_date(k.year + 1, 1, 1)
      where t.ancestor_id = any(?::uuid[])
      order by e.nominated_at, e.id`,
    [pgArray(keys.map((key) => key.organisationId)), pgArray(keys.map((key) => key.year)), pgArray(keys.map((key) => key.status)), pgArray(keys.map((key) => key.organisationId))],
  );
  return rows.map((row) => ({ key: `${row.organisation_id}|${row.year}|${row.status}`, enrolmentId: row.enrolment_id }));
}

/** Training figures of an organisation's subtree for a year, per kind of course. */
export interface TrainingStatsRow {
  organisationId: string;
  year: number;
  kind: CourseKind;
  nominated: number;
  approved: number;
  trained: number;
}

/**
 * Per (organisation, year) and kind: people nominated to courses starting in the year (every
 * nomination, whatever became of it), approved (given a place, finished or not), and trained
 * (certificates issued in the year and not invalidated) — the plan's "≥ 100 trained a year,
 * ≥ 5 per cell" counts the last.
 */
export async function trainingStatsOf(em: EntityManager, keys: readonly { organisationId: string; year: number }[]): Promise<TrainingStatsRow[]> {
  if (keys.length === 0) return [];
  const organisationIds = keys.map((key) => key.organisationId);
  const rows = await em.execute<{ organisation_id: string; year: number; kind: CourseKind; nominated: string; approved: string; trained: string }[]>(
    `with k as (select distinct organisation_id, year from unnest(?::uuid[], ?::int[]) as k(organisation_id, year)),
     kinds as (select unnest(array['AWARENESS', 'NEW_MEMBER']) as kind),
     e as (
       select k.organisation_id, k.year, e.course_kind as kind,
              count(*) as nominated,
              count(*) filter (where e.status in ('APPROVED', 'FINISHED')) as approved
         from k
         join org_read_model_closure t on t.ancestor_id = k.organisation_id
         join enrolment e on e.organisation_id = t.descendant_id
         join course c on c.id = e.course_id and c.starts_on >= make_date(k.year, 1, 1) and c.starts_on < make_date(k.year + 1, 1, 1)
        where t.ancestor_id = any(?::uuid[])
        group by k.organisation_id, k.year, e.course_kind
     ), c as (
       select k.organisation_id, k.year, ce.course_kind as kind, count(*) as trained
         from k
         join org_read_model_closure t on t.ancestor_id = k.organisation_id
         join enrolment e on e.organisation_id = t.descendant_id
         join certificate ce on ce.enrolment_id = e.id and ce.status = 'VALID'
                            and ce.issued_on >= make_date(k.year, 1, 1) and ce.issued_on < make_date(k.year + 1, 1, 1)
        where t.ancestor_id = any(?::uuid[])
        group by k.organisation_id, k.year, ce.course_kind
     )
     select k.organisation_id, k.year, kinds.kind, coalesce(e.nominated, 0) as nominated, coalesce(e.approved, 0) as approved, coalesce(c.trained, 0) as trained
       from k cross join kinds
       left join e on e.organisation_id = k.organisation_id and e.year = k.year and e.kind = kinds.kind
       left join c on c.organisation_id = k.organisation_id and c.year = k.year and c.kind = kinds.kind
      order by kinds.kind`,
    [pgArray(organisationIds), pgArray(keys.map((key) => key.year)), pgArray(organisationIds), pgArray(organisationIds)],
  );
  return rows.map((row) => ({
    organisationId: row.organisation_id,
    year: Number(row.year),
    kind: row.kind,
    nominated: Number(row.nominated),
    approved: Number(row.approved),
    trained: Number(row.trained),
  }));
}
