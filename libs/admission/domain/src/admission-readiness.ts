import type { EducationLevel } from '@pdv/contracts';
import type { LocalDate } from '@pdv/calendar';
import type { AdmissionPolicy } from './admission.policy';
import { backgroundVerificationOutcome, dossierCompleteOutcome, type DossierDocumentFact, type VerificationFact } from './dossier.rules';
import { ageOutcome, type CertificateFact, certificateOutcome, educationOutcome, type FormerMembership, readmissionOutcome, type RecordedConsent } from './eligibility.rules';
import { type Introduction, introductionOutcomes } from './introducer.rules';
import { allows, notYetKnown, type RuleOutcome } from './rule-outcome';
import { afterProbationOutcome, newMemberCourseOutcome, recognitionDocumentsOutcome } from './probation.rules';
import { cellMinimumOutcome, cellVoteOutcome, type VoteCount } from './vote.rules';

/** Every fact the vote depends on, as the service reads them for one candidate and one meeting date. */
export interface AdmissionFacts {
  /** Awareness certificates from the training service's events. */
  awarenessCertificates: readonly CertificateFact[];
  documents: readonly DossierDocumentFact[];
  /** Null until the personal history is recorded. */
  verifications: readonly VerificationFact[] | null;
  introductions: readonly Introduction[];
  /** From the personal history; null until it is recorded. */
  dateOfBirth: LocalDate | null;
  educationLevel: EducationLevel | null;
  educationExceptionCode: string | null;
  formerMembership: FormerMembership | null;
  /** The provincial standing committee's consent (above 60, or re-admission). */
  provincialConsent: RecordedConsent | null;
  /** Official members of the cell on the meeting date (the read model's snapshot). */
  cellOfficialMembers: number;
  /** The count of the vote once it is recorded; null before. */
  vote: VoteCount | null;
}

/**
 * The outcome of every rule of steps 3–7 for a candidate on a meeting date, in the Charter's
 * order. The `admissionReadiness` query returns this list; recording the cell's resolution
 * requires every prerequisite (all but the vote itself) to allow it, from the same list.
 */
export function admissionReadiness(facts: AdmissionFacts, meetingDate: LocalDate, policy: AdmissionPolicy): RuleOutcome[] {
  return [...votePrerequisites(facts, meetingDate, policy), voteOutcome(facts.vote, meetingDate)];
}

/** The rules that must allow the vote before it is held (every one but the count of the vote). */
export function votePrerequisites(facts: AdmissionFacts, meetingDate: LocalDate, policy: AdmissionPolicy): RuleOutcome[] {
  return [
    certificateOutcome({ certificates: facts.awarenessCertificates, meetingDate }),
    dossierCompleteOutcome({ recorded: facts.documents, meetingDate }),
    backgroundVerificationOutcome({ verifications: facts.verifications }),
    ...introductionOutcomes({ introductions: facts.introductions, meetingDate, dateOfBirth: facts.dateOfBirth, policy }),
    ageOutcome({ dateOfBirth: facts.dateOfBirth, meetingDate, provincialConsent: facts.provincialConsent }),
    educationOutcome({ educationLevel: facts.educationLevel, exceptionCode: facts.educationExceptionCode, policy }),
    readmissionOutcome({ formerMembership: facts.formerMembership, provincialConsent: facts.provincialConsent, meetingDate }),
    cellMinimumOutcome(facts.cellOfficialMembers, meetingDate),
  ];
}

function voteOutcome(vote: VoteCount | null, meetingDate: LocalDate, rule: 'ADMISSION.VOTE_TWO_THIRDS' | 'RECOGNITION.VOTE_TWO_THIRDS' = 'ADMISSION.VOTE_TWO_THIRDS'): RuleOutcome {
  if (vote !== null) return cellVoteOutcome(vote, rule);
  return notYetKnown(
    rule,
    { en: `The cell has not voted for the meeting of ${meetingDate}.`, vi: `Chi bộ chưa biểu quyết cho cuộc họp ngày ${meetingDate}.` },
    { en: 'Hold the vote once every rule above is met, and record its count.', vi: 'Tổ chức biểu quyết khi mọi điều kiện trên đã đạt, và ghi nhận kết quả.' },
    { meetingDate },
  );
}

/** Whether the person may be voted on at that meeting: every prerequisite (all but the count) allows it. */
export function readyForVote(outcomes: readonly RuleOutcome[]): boolean {
  return outcomes.filter((result) => result.rule !== 'ADMISSION.VOTE_TWO_THIRDS' && result.rule !== 'RECOGNITION.VOTE_TWO_THIRDS').every(allows);
}

/** Every fact the recognition vote (step 11) depends on. */
export interface RecognitionFacts {
  ceremonyDate: LocalDate;
  newMemberCertificates: readonly CertificateFact[];
  selfReviewOn: LocalDate | null;
  mentorCommentsOn: LocalDate | null;
  organisationCommentsOn: LocalDate | null;
  cellOfficialMembers: number;
  vote: VoteCount | null;
}

/** The outcome of every rule of steps 10–11 for a probationary member on a meeting date, the vote last. */
export function recognitionReadiness(facts: RecognitionFacts, meetingDate: LocalDate): RuleOutcome[] {
  return [
    afterProbationOutcome({ ceremonyDate: facts.ceremonyDate, meetingDate }),
    newMemberCourseOutcome({ certificates: facts.newMemberCertificates, meetingDate }),
    recognitionDocumentsOutcome({ ...facts, meetingDate }),
    cellMinimumOutcome(facts.cellOfficialMembers, meetingDate),
    voteOutcome(facts.vote, meetingDate, 'RECOGNITION.VOTE_TWO_THIRDS'),
  ];
}
