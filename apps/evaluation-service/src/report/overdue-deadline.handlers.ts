import { admissionDeadlineOverdue } from '@pdv/contracts';
import type { DeadlineKind, DeadlineResolution, OverdueDeadline } from '@pdv/evaluation-domain';
import { type EventHandler, eventHandler } from '@pdv/messaging';
import { type EntityManager, pgArray } from '@pdv/persistence';

/**
 * Deadlines met or made moot: each overdue one of the dossier gets the earliest day it was
 * resolved (a repeat, or a ceremony repeating the decision, changes nothing). Both kinds of
 * event come from the admission stream in the order the admission service published them, and
 * it announces only a deadline still open, so a resolution never precedes its overdue event.
 */
export async function resolveDeadlines(em: EntityManager, resolutions: readonly DeadlineResolution[]): Promise<void> {
  for (const r of resolutions) {
    await em.execute(
      `update overdue_deadline set resolved_on = least(coalesce(resolved_on, ?::date), ?::date)
        where dossier_id = ?::uuid and deadline = any(?::text[])`,
      [r.on, r.on, r.dossierId, pgArray([...r.deadlines])],
    );
  }
}

/** admission.deadline.overdue into the read model: announced once per dossier and deadline, so a repeat changes nothing. */
export function overdueDeadlineHandlers(): EventHandler<never>[] {
  return [
    eventHandler(admissionDeadlineOverdue, async (envelope, { em }) => {
      const { dossierId, cellId, deadline, dueOn, foundOn } = envelope.data;
      await em.execute(
        `insert into overdue_deadline (dossier_id, deadline, organisation_id, due_on, found_on, resolved_on) values (?, ?, ?, ?, ?, null)
         on conflict (dossier_id, deadline) do nothing`,
        [dossierId, deadline, cellId, dueOn, foundOn],
      );
    }),
  ] as EventHandler<never>[];
}

/** The overdue deadlines of the dossiers in the ward's tree (the organisation read model's closure). */
export async function overdueDeadlinesOfWard(em: EntityManager, wardId: string): Promise<OverdueDeadline[]> {
  const rows = await em.execute<{ dossierId: string; organisationId: string; deadline: string; dueOn: string; resolvedOn: string | null }[]>(
    `select d.dossier_id as "dossierId", d.organisation_id as "organisationId", d.deadline,
            to_char(d.due_on, 'YYYY-MM-DD') as "dueOn", to_char(d.resolved_on, 'YYYY-MM-DD') as "resolvedOn"
       from overdue_deadline d join org_read_model_closure c on c.descendant_id = d.organisation_id and c.ancestor_id = ?::uuid`,
    [wardId],
  );
  return rows.map((r) => ({ ...r, deadline: r.deadline as DeadlineKind }));
}
