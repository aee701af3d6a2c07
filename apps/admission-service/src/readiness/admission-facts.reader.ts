import { randomUUID } from 'node:crypto';
import type { AdmissionFacts, DossierDocumentKind } from '@pdv/admission-domain';
import type { EducationLevel } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { auditActorOf, writePersonalDataAudit } from '@pdv/personal-data';
import { candidateCertificates } from '../candidate-facts/candidate-facts.queries';
import type { ServiceScope } from '../common/service-scope';
import type { DossierRow } from '../dossier/dossier.entity';
import { findDocumentsOf, findIntroductionsOf, findPersonalHistory, findVerificationsOf, memberStandings, toIntroductionFacts, toVerificationFacts } from '../dossier/dossier.queries';
import { officialMembersOfCell } from './readiness.queries';

/**
 * Every fact the admission rules take for a candidate on a meeting date (the cell's roll as it
 * stood that day), the vote left out: the one reader of
 * both the readiness query and the cell's resolution, so the answer and the refusal agree.
 * The age is read from the date of birth and the verification outcome from its results: those
 * reads are recorded in the personal-data audit trail (`em` is the caller's transaction, if any).
 */
export async function readAdmissionFacts(
  scope: Pick<ServiceScope, 'identity' | 'requestId' | 'clock'>,
  em: EntityManager,
  candidate: { id: string; cellId: string },
  dossier: DossierRow | null,
  meetingDate: string,
): Promise<Omit<AdmissionFacts, 'vote'>> {
  const documents = dossier ? await findDocumentsOf(em, dossier.id) : [];
  const introductions = dossier ? await findIntroductionsOf(em, dossier.id) : [];
  const standings = await memberStandings(em, introductions.flatMap((row) => (row.memberId ? [row.memberId] : [])));
  const history = dossier ? await findPersonalHistory(em, dossier.id) : null;
  const verifications = dossier ? await findVerificationsOf(em, dossier.id) : [];
  const reads = [...(history ? ['dateOfBirth'] : []), ...(verifications.some((row) => row.result !== null) ? ['backgroundVerification'] : [])];
  if (reads.length > 0) {
    await writePersonalDataAudit(
      em,
      { actor: auditActorOf(scope), at: scope.clock.now(), newId: randomUUID },
      reads.map((field) => ({ action: 'READ' as const, subjectType: 'Candidate', subjectId: candidate.id, field })),
    );
  }
  return {
    awarenessCertificates: await candidateCertificates(em, candidate.id, 'AWARENESS'),
    cellOfficialMembers: await officialMembersOfCell(em, candidate.cellId, meetingDate),
    documents: documents.map((paper) => ({ kind: paper.kind as DossierDocumentKind, date: paper.documentDate })),
    introductions: toIntroductionFacts(introductions, standings),
    dateOfBirth: history?.dateOfBirth ?? null,
    educationLevel: (history?.educationLevel as EducationLevel | undefined) ?? null,
    educationExceptionCode: history?.educationExceptionCode ?? null,
    formerMembership: history ? (history.wasMember ? { wasMember: true, leftOn: history.leftOn as string, timesReadmitted: history.timesReadmitted } : { wasMember: false }) : null,
    provincialConsent: history?.provincialConsentDate ? { date: history.provincialConsentDate, reference: history.provincialConsentReference } : null,
    verifications: toVerificationFacts(verifications, history !== null),
  };
}
