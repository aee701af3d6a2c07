import {
  admissionCeremonyHeld,
  certificateIssued,
  dossierClosed,
  dossierOpened,
  enrolmentFinished,
  enrolmentNominated,
  type EventEnvelope,
} from '@pdv/contracts';
import { eventHandler, type EventHandler, type HandlerContext } from '@pdv/messaging';
import type { CandidateMilestone } from '@pdv/sourcing-domain';
import type { SourcingDeps } from '../common/service-scope';
import { CandidateService } from './candidate.service';

// Training and admission facts that move a candidate along the pipeline. Only awareness
// courses concern candidates (the new-member course is for probationary members).

function apply(deps: SourcingDeps, envelope: EventEnvelope<unknown>, context: HandlerContext, candidateId: string, milestone: CandidateMilestone): Promise<boolean> {
  return new CandidateService({ em: context.em, deps, caller: null }).applyMilestone(context.em, candidateId, milestone, envelope.actor, new Date(envelope.occurredAt));
}

export function trainingMilestoneHandlers(deps: SourcingDeps): EventHandler<never>[] {
  return [
    eventHandler(enrolmentNominated, async (envelope, context) => {
      const { courseKind, candidateId } = envelope.data;
      if (courseKind !== 'AWARENESS' || !candidateId) return;
      await apply(deps, envelope, context, candidateId, { kind: 'NOMINATED_TO_COURSE' });
    }),
    eventHandler(enrolmentFinished, async (envelope, context) => {
      const { courseKind, candidateId, result } = envelope.data;
      // A pass is followed by the certificate, which is what moves the candidate on.
      if (courseKind !== 'AWARENESS' || !candidateId || result === 'PASSED') return;
      await apply(deps, envelope, context, candidateId, { kind: 'COURSE_FAILED' });
    }),
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
