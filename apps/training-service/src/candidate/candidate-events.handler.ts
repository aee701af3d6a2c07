import {
  admissionCeremonyHeld,
  candidateAccepted,
  candidateCellChanged,
  candidateDeclined,
  candidateWithdrawn,
  dossierClosed,
  dossierOpened,
  referralSubmitted,
} from '@pdv/contracts';
import { type EventRecorder, eventHandler, type EventHandler } from '@pdv/messaging';
import { type EntityManager, pgArray } from '@pdv/persistence';
import type { CandidateStage } from '@pdv/training-domain';
import { releaseOpenEnrolments } from '../enrolment/enrolment-release';

// The candidate read model, kept from the sourcing and admission services' facts: id, cell
// and stage, nothing personal. Deliveries may repeat or arrive out of order: every write is
// guarded by the event's occurredAt, so a late, older event changes nothing.

interface CandidateFact {
  candidateId: string;
  /** The cell the fact names; null when it names none (a withdrawal). */
  cellId: string | null;
  /** The stage the fact leads to; null when it only moves the candidate (a cell change). */
  stage: CandidateStage | null;
  /** Apply the stage only from these stages (a repeat referral changes nothing unless the person had left). */
  onlyFrom?: readonly CandidateStage[];
  at: Date;
}

async function applyFact(em: EntityManager, fact: CandidateFact): Promise<void> {
  const stageSql = fact.onlyFrom
    ? `case when candidate_read_model.stage = any(?::text[]) then ?::text else candidate_read_model.stage end`
    : `coalesce(?::text, candidate_read_model.stage)`;
  const stageParams = fact.onlyFrom ? [pgArray(fact.onlyFrom), fact.stage] : [fact.stage];
  const update = `update set cell_id = coalesce(?::uuid, candidate_read_model.cell_id), stage = ${stageSql},
                        last_event_at = ?, updated_at = now()
                  where candidate_read_model.last_event_at <= ?`;
  if (fact.cellId && fact.stage) {
    await em.execute(
      `insert into candidate_read_model (id, cell_id, stage, last_event_at, updated_at) values (?::uuid, ?::uuid, ?, ?, now())
       on conflict (id) do ${update}`,
      [fact.candidateId, fact.cellId, fact.stage, fact.at, fact.cellId, ...stageParams, fact.at, fact.at],
    );
    return;
  }
  // A fact that cannot create the row (no cell or no stage) only updates a known candidate.
  await em.execute(
    `update candidate_read_model set cell_id = coalesce(?::uuid, cell_id), stage = coalesce(?::text, stage), last_event_at = ?, updated_at = now()
      where id = ?::uuid and last_event_at <= ?`,
    [fact.cellId, fact.stage, fact.at, fact.candidateId, fact.at],
  );
}

/** `events` records the releases a withdrawal causes, in the handler's transaction. */
export function candidateReadModelHandlers(events: EventRecorder): { sourcing: EventHandler<never>[]; admission: EventHandler<never>[] } {
  const at = (envelope: { occurredAt: string }) => new Date(envelope.occurredAt);
  return {
    sourcing: [
      eventHandler(referralSubmitted, async (envelope, { em }) => {
        const { candidateId, cellId } = envelope.data;
        await applyFact(em, { candidateId, cellId, stage: 'REFERRED', onlyFrom: ['DECLINED', 'WITHDRAWN'], at: at(envelope) });
      }),
      eventHandler(candidateAccepted, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.cellId, stage: 'IN_SOURCE_POOL', at: at(envelope) });
      }),
      eventHandler(candidateDeclined, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.cellId, stage: 'DECLINED', at: at(envelope) });
      }),
      eventHandler(candidateWithdrawn, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: null, stage: 'WITHDRAWN', at: at(envelope) });
        // "Open training should close": their nominations and places are freed for others.
        await releaseOpenEnrolments(
          em,
          events,
          { candidateId: envelope.data.candidateId },
          { cause: 'CANDIDATE_WITHDRAWN', reason: 'The candidate left the pipeline (sourcing).', actor: envelope.actor, at: at(envelope) },
        );
      }),
      eventHandler(candidateCellChanged, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.toCellId, stage: null, at: at(envelope) });
      }),
    ] as EventHandler<never>[],
    admission: [
      eventHandler(dossierOpened, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.cellId, stage: 'IN_ADMISSION', at: at(envelope) });
      }),
      eventHandler(dossierClosed, async (envelope, { em }) => {
        // Back to nurturing: the cell may send them to renew an expired certificate before another vote.
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.cellId, stage: 'IN_SOURCE_POOL', at: at(envelope) });
      }),
      eventHandler(admissionCeremonyHeld, async (envelope, { em }) => {
        await applyFact(em, { candidateId: envelope.data.candidateId, cellId: envelope.data.cellId, stage: 'ADMITTED', at: at(envelope) });
      }),
    ] as EventHandler<never>[],
  };
}
