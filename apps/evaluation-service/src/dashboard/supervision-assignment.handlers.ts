import { supervisionAssigned, supervisionEnded } from '@pdv/contracts';
import { type EventHandler, eventHandler } from '@pdv/messaging';

/**
 * The organisation service's supervision assignments (who on the ward committee follows which
 * unit, and when). Order-tolerant: an end that arrives before its assignment is kept and the
 * late assignment does not reopen it.
 */
export function supervisionAssignmentHandlers(): EventHandler<never>[] {
  return [
    eventHandler(supervisionAssigned, async (envelope, { em }) => {
      const a = envelope.data;
      await em.execute(
        `insert into supervision_assignment (assignment_id, committee_member_id, organisation_id, valid_from, valid_to, last_event_at)
         values (?::uuid, ?::uuid, ?::uuid, ?::date, ?::date, ?::timestamptz)
         on conflict (assignment_id) do update set committee_member_id = excluded.committee_member_id, organisation_id = excluded.organisation_id,
           valid_from = excluded.valid_from, valid_to = coalesce(supervision_assignment.valid_to, excluded.valid_to)`,
        [a.assignmentId, a.committeeMemberId, a.organisationId, a.validFrom, a.validTo, envelope.occurredAt],
      );
    }),
    eventHandler(supervisionEnded, async (envelope, { em }) => {
      const e = envelope.data;
      // An end before its assignment: a placeholder row that the assignment completes.
      await em.execute(
        `insert into supervision_assignment (assignment_id, committee_member_id, organisation_id, valid_from, valid_to, last_event_at)
         values (?::uuid, '00000000-0000-0000-0000-000000000000', ?::uuid, ?::date, ?::date, ?::timestamptz)
         on conflict (assignment_id) do update set valid_to = excluded.valid_to, last_event_at = excluded.last_event_at`,
        [e.assignmentId, e.organisationId, e.validTo, e.validTo, envelope.occurredAt],
      );
    }),
  ] as EventHandler<never>[];
}
