import {
  type Actor,
  type EventData,
  organisationClosed,
  organisationMoved,
  organisationRegistered,
  organisationRevised,
} from '@pdv/contracts';
import type { EventRecorder } from '@pdv/messaging';
import type { OrganisationPlan, OrganisationVersion } from '@pdv/organisation-domain';
import type { EntityManager } from '@pdv/persistence';

export type OrganisationEvent =
  | { kind: 'registered'; data: EventData<typeof organisationRegistered> }
  | { kind: 'revised'; data: EventData<typeof organisationRevised> }
  | { kind: 'moved'; data: EventData<typeof organisationMoved> }
  | { kind: 'closed'; data: EventData<typeof organisationClosed> };

/**
 * The facts a plan states, in the order a read model can apply them: new organisations
 * first (a merge target must exist before children move under it), then revisions and
 * moves, closures last (after members and children have left).
 */
export function organisationPlanEvents(previous: readonly OrganisationVersion[], plan: OrganisationPlan): OrganisationEvent[] {
  const opened: OrganisationEvent[] = [];
  const changed: OrganisationEvent[] = [];
  for (const row of plan.open) {
    const closure = plan.close.find((c) => c.organisationId === row.organisationId);
    const before = closure
      ? previous.find((v) => v.organisationId === closure.organisationId && v.validFrom === closure.validFrom)
      : undefined;
    if (!before) {
      opened.push({
        kind: 'registered',
        data: {
          organisationId: row.organisationId,
          parentId: row.parentId,
          kind: row.kind,
          sector: row.sector,
          code: row.code,
          name: row.name,
          validFrom: row.validFrom,
        },
      });
      continue;
    }
    if (before.parentId !== row.parentId && row.parentId !== null) {
      changed.push({
        kind: 'moved',
        data: { organisationId: row.organisationId, fromParentId: before.parentId, toParentId: row.parentId, effectiveDate: row.validFrom },
      });
    }
    if (before.name !== row.name || before.code !== row.code || before.kind !== row.kind || before.sector !== row.sector) {
      changed.push({
        kind: 'revised',
        data: { organisationId: row.organisationId, kind: row.kind, sector: row.sector, code: row.code, name: row.name, effectiveDate: row.validFrom },
      });
    }
  }
  const closed: OrganisationEvent[] = plan.closed.map((c) => ({
    kind: 'closed',
    data: { organisationId: c.organisationId, effectiveDate: c.effectiveDate, reason: c.reason, successorIds: c.successorIds },
  }));
  return [...opened, ...changed, ...closed];
}

/** Writes the events into the transaction's outbox. */
export function recordOrganisationEvents(events: EventRecorder, em: EntityManager, actor: Actor, list: readonly OrganisationEvent[]): void {
  for (const event of list) {
    const aggregateId = event.data.organisationId;
    switch (event.kind) {
      case 'registered':
        events.recordEvent(em, organisationRegistered, { aggregateId, actor, data: event.data });
        break;
      case 'revised':
        events.recordEvent(em, organisationRevised, { aggregateId, actor, data: event.data });
        break;
      case 'moved':
        events.recordEvent(em, organisationMoved, { aggregateId, actor, data: event.data });
        break;
      case 'closed':
        events.recordEvent(em, organisationClosed, { aggregateId, actor, data: event.data });
        break;
    }
  }
}
