import type {
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
  EventData,
  officialRecognitionGranted,
  probationaryNameRemoved,
  referralSubmitted,
} from '@pdv/contracts';
import { localDateInVietnam } from '@pdv/calendar';
import type { ProgressFact } from './progress';

/**
 * The other services' facts as progress counts them: ids and dates only. A fact without a
 * date of its own (a nomination, a decline) is dated by when it happened, in Vietnam time.
 * Only awareness courses concern candidates, and a pass counts when the certificate is issued
 * (as the sourcing service moves its candidates). The competent committee's decision is
 * counted from admission.decision.made; a ceremony repeats it (for a decision published before
 * that event existed), and the read model ignores a stage reached already.
 */
export const PROGRESS_FACTS = {
  referralSubmitted: (d: EventData<typeof referralSubmitted>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'REFERRED', on: d.submittedOn, unitId: d.cellId, massOrganisationId: d.massOrganisationId, sourceCategory: d.sourceCategory },
  ],
  candidateAccepted: (d: EventData<typeof candidateAccepted>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'ACCEPTED', on: d.acceptedOn, unitId: d.cellId },
  ],
  candidateDeclined: (d: EventData<typeof candidateDeclined>, occurredAt: Date): ProgressFact[] => [
    { kind: 'DROPPED', candidateId: d.candidateId, on: localDateInVietnam(occurredAt) },
  ],
  candidateWithdrawn: (d: EventData<typeof candidateWithdrawn>): ProgressFact[] => [{ kind: 'DROPPED', candidateId: d.candidateId, on: d.withdrawnOn }],
  candidateCellChanged: (d: EventData<typeof candidateCellChanged>): ProgressFact[] => [
    { kind: 'MOVED', candidateId: d.candidateId, toUnitId: d.toCellId, on: d.changedOn },
  ],
  enrolmentNominated: (d: EventData<typeof enrolmentNominated>, occurredAt: Date): ProgressFact[] =>
    d.courseKind === 'AWARENESS' && d.candidateId ? [{ kind: 'STAGE', candidateId: d.candidateId, stage: 'SENT_TO_TRAINING', on: localDateInVietnam(occurredAt) }] : [],
  certificateIssued: (d: EventData<typeof certificateIssued>): ProgressFact[] =>
    d.courseKind === 'AWARENESS' && d.candidateId ? [{ kind: 'STAGE', candidateId: d.candidateId, stage: 'TRAINED', on: d.issuedOn }] : [],
  dossierOpened: (d: EventData<typeof dossierOpened>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'DOSSIER_OPENED', on: d.openedOn, unitId: d.cellId },
  ],
  dossierClosed: (d: EventData<typeof dossierClosed>): ProgressFact[] => [{ kind: 'DROPPED', candidateId: d.candidateId, on: d.closedOn }],
  cellResolutionPassed: (d: EventData<typeof cellResolutionPassed>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'CELL_RESOLVED', on: d.meetingDate, unitId: d.cellId },
  ],
  admissionDecided: (d: EventData<typeof admissionDecided>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'DECIDED', on: d.decisionDate, unitId: d.cellId },
  ],
  // An annulment ends the journey wherever it stood after admission; the admission still
  // counted in its year (what was done), the annulment counts in its own (what the rating checks).
  admissionAnnulled: (d: EventData<typeof admissionAnnulled>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'ANNULLED', on: d.annulledOn, unitId: d.cellId },
  ],
  // Decided on the decision's date (party age counts from it); admitted on the ceremony's.
  admissionCeremonyHeld: (d: EventData<typeof admissionCeremonyHeld>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'DECIDED', on: d.admissionDecisionDate, unitId: d.cellId },
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'ADMITTED', on: d.ceremonyDate, unitId: d.cellId },
  ],
  officialRecognitionGranted: (d: EventData<typeof officialRecognitionGranted>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'RECOGNISED', on: d.decisionDate },
  ],
  probationaryNameRemoved: (d: EventData<typeof probationaryNameRemoved>): ProgressFact[] => [
    { kind: 'STAGE', candidateId: d.candidateId, stage: 'NAME_REMOVED', on: d.effectiveDate },
  ],
} as const;
