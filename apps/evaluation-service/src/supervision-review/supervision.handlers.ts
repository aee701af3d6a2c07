import { supervisionAssigned, supervisionEnded } from '@pdv/contracts';
import { type EventHandler, eventHandler } from '@pdv/messaging';

/**
 * The organisation service's supervision assignments: who supervises which unit from when to
 * when. Order-tolerant: a later event wins by occurredAt; an end that arrives before its
 * assignment is kept with the end day, and the late assignment fills in the rest without
 * reopening it.
 */
export function supervisionHandlers(): EventHandler<never>[] {
  return [
    eventHandler(supervisionAssigned, async (envelope, { em }) => {
      const a = envelope.data;
      await em.execute(
        `insert into supervision_assignment (assignment_id, committee_member_id, organisation_id, valid_from, valid_to, last_event_at)
         values (?::uuid, ?::uuid, ?::uuid, ?::date, ?::date, ?::timestamptz)
         on conflict (assignment_id) do update set committee_member_id = excluded.committee_member_id, valid_from = excluded.valid_from,
           valid_to = case when supervision_assignment.last_event_at > excluded.last_event_at then supervision_assignment.valid_to else excluded.valid_to end,
           last_event_at = greatest(supervision_assignment.last_event_at, excluded.last_event_at)`,
        [a.assignmentId, a.committeeMemberId, a.organisationId, a.validFrom, a.validTo, envelope.occurredAt],
      );
    }),
    eventHandler(supervisionEnded, async (envelope, { em }) => {
      const e = envelope.data;
      // Before the assignment itself is known, its committee member is not: the nil id holds
      // the place until supervision.assigned fills it in (the assigned handler overwrites it).
      await em.execute(
        `insert into supervision_assignment (assignment_id, committee_member_id, organisation_id, valid_from, valid_to, last_event_at)
         values (?::uuid, '00000000-0000-0000-0000-000000000000'::uuid, ?::uuid, ?::date, ?::date, ?::timestamptz)
         on conflict (assignment_id) do update set valid_to = excluded.valid_to, last_event_at = excluded.last_event_at
         where supervision_assignment.last_event_at <= excluded.last_event_at`,
        [e.assignmentId, e.organisationId, e.validTo, e.validTo, envelope.occurredAt],
      );
    }),
  ] as EventHandler<never>[];
}
