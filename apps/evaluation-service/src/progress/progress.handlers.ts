import {
  admissionAnnulled,
  admissionCeremonyHeld,
  admissionDecided,
  candidateAccepted,
  candidateCellChanged,
  candidateDeclined,
  candidateWithdrawn,
  cellResolutionPassed,
  certificateIssued,
  dossierClosed,
  dossierOpened,
  enrolmentNominated,
  type EventContract,
  type EventEnvelope,
  officialRecognitionGranted,
  probationaryNameRemoved,
  referralSubmitted,
} from '@pdv/contracts';
import { DEADLINE_RESOLUTIONS, type DeadlineResolution, PROGRESS_FACTS, type ProgressFact } from '@pdv/evaluation-domain';
import { eventHandler, type EventHandler } from '@pdv/messaging';
import { resolveDeadlines } from '../report/overdue-deadline.handlers';
import { applyProgressFacts } from './progress.writer';

// One handler per fact that moves a candidate through the funnel; the domain says which
// progress facts each event is (PROGRESS_FACTS), the writer counts them. An event handled
// once per subject also resolves the overdue deadlines it ends (DEADLINE_RESOLUTIONS).
function progressHandler<T>(
  contract: EventContract<T>,
  toFacts: (data: T, occurredAt: Date) => ProgressFact[],
  resolutions?: (data: T) => DeadlineResolution[],
): EventHandler<never> {
  return eventHandler(contract, async (envelope: EventEnvelope<T>, { em }) => {
    await applyProgressFacts(em, toFacts(envelope.data, new Date(envelope.occurredAt)), new Date(envelope.occurredAt));
    if (resolutions) await resolveDeadlines(em, resolutions(envelope.data));
  }) as EventHandler<never>;
}

export function sourcingProgressHandlers(): EventHandler<never>[] {
  return [
    progressHandler(referralSubmitted, PROGRESS_FACTS.referralSubmitted),
    progressHandler(candidateAccepted, PROGRESS_FACTS.candidateAccepted),
    progressHandler(candidateDeclined, PROGRESS_FACTS.candidateDeclined),
    progressHandler(candidateWithdrawn, PROGRESS_FACTS.candidateWithdrawn),
    progressHandler(candidateCellChanged, PROGRESS_FACTS.candidateCellChanged),
  ];
}

export function trainingProgressHandlers(): EventHandler<never>[] {
  return [progressHandler(enrolmentNominated, PROGRESS_FACTS.enrolmentNominated), progressHandler(certificateIssued, PROGRESS_FACTS.certificateIssued)];
}

export function admissionProgressHandlers(): EventHandler<never>[] {
  return [
    progressHandler(dossierOpened, PROGRESS_FACTS.dossierOpened),
    progressHandler(dossierClosed, PROGRESS_FACTS.dossierClosed, DEADLINE_RESOLUTIONS.dossierClosed),
    progressHandler(cellResolutionPassed, PROGRESS_FACTS.cellResolutionPassed),
    progressHandler(admissionDecided, PROGRESS_FACTS.admissionDecided, DEADLINE_RESOLUTIONS.admissionDecided),
    progressHandler(admissionAnnulled, PROGRESS_FACTS.admissionAnnulled, DEADLINE_RESOLUTIONS.admissionAnnulled),
    progressHandler(admissionCeremonyHeld, PROGRESS_FACTS.admissionCeremonyHeld, DEADLINE_RESOLUTIONS.admissionCeremonyHeld),
    progressHandler(officialRecognitionGranted, PROGRESS_FACTS.officialRecognitionGranted, DEADLINE_RESOLUTIONS.officialRecognitionGranted),
    progressHandler(probationaryNameRemoved, PROGRESS_FACTS.probationaryNameRemoved, DEADLINE_RESOLUTIONS.probationaryNameRemoved),
  ];
}
