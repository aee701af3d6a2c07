import {
  admissionCeremonyHeld,
  certificateIssued,
  dossierClosed,
  dossierOpened,
  enrolmentFinished,
  enrolmentNominated,
  enrolmentReleased,
  type EventEnvelope,
  nominationRefused,
  nominationWithdrawn,
} from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { eventHandler, type EventHandler, type HandlerContext } from '@pdv/messaging';
import type { CandidateMilestone } from '@pdv/sourcing-domain';
import type { SourcingDeps } from '../common/service-scope';
import { CandidateService } from './candidate.service';

// Training and admission facts that move a candidate along the pipeline. Only awareness
// courses concern candidates (the new-member course is for probationary members).

function apply(deps: SourcingDeps, envelope: EventEnvelope<unknown>, context: HandlerContext, candidateId: string, milestone: CandidateMilestone): Promise<boolean> {
  return new CandidateService({ em: context.em, deps, caller: null }).applyMilestone(context.em, candidateId, milestone, envelope.actor, new Date(envelope.occurredAt));
}

/** Records that a place opened; false when its end is already known (the end arrived first), so the nomination moves nobody. */
async function placeOpened(em: EntityManager, enrolmentId: string, candidateId: string, at: Date): Promise<boolean> {
  const [row] = await em.execute<{ ended: boolean }[]>(
    `insert into candidate_training_place (enrolment_id, candidate_id, nominated_at) values (?::uuid, ?::uuid, ?)
     on conflict (enrolment_id) do update set nominated_at = coalesce(candidate_training_place.nominated_at, excluded.nominated_at)
     returning ended_at is not null as ended`,
    [enrolmentId, candidateId, at],
  );
  return !row.ended;
}

/** Records that a place ended (once: the first end stands); answers whether the candidate holds another open place. */
async function placeEnded(em: EntityManager, enrolmentId: string, candidateId: string, at: Date): Promise<{ otherOpenPlaces: boolean }> {
  await em.execute(
    `insert into candidate_training_place (enrolment_id, candidate_id, ended_at) values (?::uuid, ?::uuid, ?)
     on conflict (enrolment_id) do update set ended_at = coalesce(candidate_training_place.ended_at, excluded.ended_at)`,
    [enrolmentId, candidateId, at],
  );
  const [other] = await em.execute<{ open: boolean }[]>(
    `select exists (select 1 from candidate_training_place where candidate_id = ?::uuid and enrolment_id <> ?::uuid and nominated_at is not null and ended_at is null) as open`,
    [candidateId, enrolmentId],
  );
  return { otherOpenPlaces: other.open };
}

/** Refused, withdrawn, or released with a cancelled course: back to the stage before the nomination, unless another place is open. */
const placeEndedHandler = (deps: SourcingDeps) =>
  async (envelope: EventEnvelope<{ enrolmentId: string; courseKind: string; candidateId: string | null }>, context: HandlerContext): Promise<void> => {
    const { enrolmentId, courseKind, candidateId } = envelope.data;
    if (courseKind !== 'AWARENESS' || !candidateId) return;
    const { otherOpenPlaces } = await placeEnded(context.em, enrolmentId, candidateId, new Date(envelope.occurredAt));
    await apply(deps, envelope, context, candidateId, { kind: 'COURSE_PLACE_ENDED', otherOpenPlaces });
  };

export function trainingMilestoneHandlers(deps: SourcingDeps): EventHandler<never>[] {
  return [
    eventHandler(enrolmentNominated, async (envelope, context) => {
      const { enrolmentId, courseKind, candidateId } = envelope.data;
      if (courseKind !== 'AWARENESS' || !candidateId) return;
      if (!(await placeOpened(context.em, enrolmentId, candidateId, new Date(envelope.occurredAt)))) return;
      await apply(deps, envelope, context, candidateId, { kind: 'NOMINATED_TO_COURSE' });
    }),
    eventHandler(enrolmentFinished, async (envelope, context) => {
      const { enrolmentId, courseKind, candidateId, result } = envelope.data;
      if (courseKind !== 'AWARENESS' || !candidateId) return;
      await placeEnded(context.em, enrolmentId, candidateId, new Date(envelope.occurredAt));
      // A pass is followed by the certificate, which is what moves the candidate on.
      if (result === 'PASSED') return;
      await apply(deps, envelope, context, candidateId, { kind: 'COURSE_FAILED' });
    }),
    eventHandler(nominationRefused, placeEndedHandler(deps)),
    eventHandler(nominationWithdrawn, placeEndedHandler(deps)),
    // Released with a cancelled course, or because the candidate was withdrawn here (then WITHDRAWN ignores it).
    eventHandler(enrolmentReleased, placeEndedHandler(deps)),
    eventHandler(certificateIssued, async (envelope, context) => {
      const { courseKind, candidateId } = envelope.data;
      if (courseKind !== 'AWARENESS' || !candidateId) return;
      await apply(deps, envelope, context, candidateId, { kind: 'CERTIFICATE_ISSUED' });
    }),
  ] as EventHandler<never>[];
}

export function admissionMilestoneHandlers(deps: SourcingDeps): EventHandler<never>[] {
  return [
    eventHandler(dossierOpened, async (envelope, context) => {
      await apply(deps, envelope, context, envelope.data.candidateId, { kind: 'DOSSIER_OPENED' });
    }),
    eventHandler(dossierClosed, async (envelope, context) => {
      await apply(deps, envelope, context, envelope.data.candidateId, { kind: 'DOSSIER_CLOSED', outcome: envelope.data.outcome });
    }),
    eventHandler(admissionCeremonyHeld, async (envelope, context) => {
      await apply(deps, envelope, context, envelope.data.candidateId, { kind: 'CEREMONY_HELD' });
    }),
  ] as EventHandler<never>[];
}
