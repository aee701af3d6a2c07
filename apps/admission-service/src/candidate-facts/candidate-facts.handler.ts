import { candidateAccepted, candidateCellChanged, candidateWithdrawn, certificateInvalidated, certificateIssued, certificateReissued, dossierClosed, type EventEnvelope } from '@pdv/contracts';
import { eventHandler, type EventHandler, type EventRecorder } from '@pdv/messaging';
import type { EntityManager } from '@pdv/persistence';

// Sourcing's facts about a candidate and training's certificates, kept for the admission
// rules (the cell that may open the dossier, ADMISSION.CERTIFICATE_VALID). Each write is
// guarded by the event's occurredAt, so a late, older event changes nothing, and a repeat
// is a no-op.

export function sourcingFactsHandlers(events: EventRecorder): EventHandler<never>[] {
  return [
    eventHandler(candidateAccepted, async (envelope, { em }) => {
      const { candidateId, cellId, acceptedOn } = envelope.data;
      // A re-acceptance after a withdrawal (a new referral) starts the candidate afresh.
      await em.execute(
        `insert into candidate_facts (id, cell_id, accepted_on, withdrawn_on, last_event_at, updated_at)
         values (?::uuid, ?::uuid, ?::date, null, ?::timestamptz, now())
         on conflict (id) do update set cell_id = excluded.cell_id, accepted_on = excluded.accepted_on, withdrawn_on = null,
           last_event_at = excluded.last_event_at, updated_at = now()
         where candidate_facts.last_event_at <= excluded.last_event_at`,
        [candidateId, cellId, acceptedOn, envelope.occurredAt],
      );
    }),
    eventHandler(candidateCellChanged, async (envelope, { em }) => {
      await updateCandidate(em, envelope, envelope.data.candidateId, 'cell_id = ?::uuid', [envelope.data.toCellId]);
    }),
    eventHandler(candidateWithdrawn, async (envelope, { em }) => {
      await updateCandidate(em, envelope, envelope.data.candidateId, 'withdrawn_on = ?::date', [envelope.data.withdrawnOn]);
      await closeWithdrawnCandidatesDossier(em, events, envelope);
    }),
  ] as EventHandler<never>[];
}

export function trainingFactsHandlers(): EventHandler<never>[] {
  return [
    eventHandler(certificateIssued, async (envelope, { em }) => {
      const { certificateId, courseKind, candidateId, memberId, issuedOn, validUntil } = envelope.data;
      await em.execute(
        `insert into certificate_facts (id, course_kind, candidate_id, member_id, issued_on, valid_until, recorded_at)
         values (?::uuid, ?, ?::uuid, ?::uuid, ?::date, ?::date, now()) on conflict (id) do nothing`,
        [certificateId, courseKind, candidateId, memberId, issuedOn, validUntil],
      );
    }),
    // Training's stream is ordered, so the issue is here before its invalidation or correction.
    // The update waits for a vote holding the certificate (lockAwarenessCertificates): either
    // the vote then reads it invalid and is refused, or it passed first and, if the
    // invalidation reaches back to its meeting, that is kept against the dossier.
    eventHandler(certificateInvalidated, async (envelope, { em }) => {
      await em.execute('update certificate_facts set invalidated_on = ?::date where id = ?::uuid', [envelope.data.invalidatedOn, envelope.data.certificateId]);
      await em.execute(
        `insert into certificate_invalidated_after_vote (dossier_id, certificate_id, resolution_id, meeting_date, invalidated_on, recorded_at)
         select r.dossier_id, c.id, r.id, r.meeting_date, c.invalidated_on, now()
           from certificate_facts c
           join admission_dossier d on d.candidate_id = c.candidate_id
           join cell_resolution r on r.dossier_id = d.id and r.purpose = 'ADMISSION' and r.passed and r.meeting_date >= c.invalidated_on
          where c.id = ?::uuid and c.course_kind = 'AWARENESS'
         on conflict do nothing`,
        [envelope.data.certificateId],
      );
    }),
    eventHandler(certificateReissued, async (envelope, { em }) => {
      const { certificateId, issuedOn, validUntil } = envelope.data;
      await em.execute('update certificate_facts set issued_on = ?::date, valid_until = ?::date where id = ?::uuid', [issuedOn, validUntil, certificateId]);
    }),
  ] as EventHandler<never>[];
}

/**
 * A guarded update of a known candidate. When it changes nothing: fine if the candidate is
 * known (the event is older than what is kept); a candidate never accepted here is for an
 * operator to repair (replay the stream), so the event is dead-lettered.
 */
async function updateCandidate(em: EntityManager, envelope: EventEnvelope<unknown>, candidateId: string, set: string, params: unknown[]): Promise<void> {
  const updated = await em.execute<{ id: string }[]>(
    `update candidate_facts set ${set}, last_event_at = ?::timestamptz, updated_at = now()
      where id = ?::uuid and last_event_at <= ?::timestamptz returning id`,
    [...params, envelope.occurredAt, candidateId, envelope.occurredAt],
  );
  if (updated.length > 0) return;
  const known = await em.execute<{ id: string }[]>('select id from candidate_facts where id = ?::uuid', [candidateId]);
  if (known.length === 0) throw new Error(`${envelope.type} for candidate ${candidateId}, whose acceptance this service never received`);
}

/**
 * A candidate sourcing withdrew takes their dossier in progress with them, as a withdrawal
 * through the API would (before the ceremony; after it the candidate is a member and the
 * organisation service's records govern): WITHDRAWN on the day sourcing gives, the reason code
 * kept, admission.dossier.closed published in the same transaction. A redelivery finds no
 * dossier in progress and changes nothing.
 */
async function closeWithdrawnCandidatesDossier(em: EntityManager, events: EventRecorder, envelope: EventEnvelope<{ candidateId: string; reason: string; withdrawnOn: string }>): Promise<void> {
  const { candidateId, reason, withdrawnOn } = envelope.data;
  const closed = await em.execute<{ id: string; cellId: string }[]>(
    `update admission_dossier set status = 'WITHDRAWN', closed_on = ?::date, close_reason = ?
      where candidate_id = ?::uuid and status in ('OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED')
      returning id, cell_id as "cellId"`,
    [withdrawnOn, `Withdrawn from the pipeline by the sourcing service (${reason}).`, candidateId],
  );
  for (const dossier of closed) {
    events.recordEvent(em, dossierClosed, {
      aggregateId: dossier.id,
      actor: envelope.actor,
      data: { dossierId: dossier.id, candidateId, cellId: dossier.cellId, outcome: 'WITHDRAWN', closedOn: withdrawnOn },
    });
  }
}
