import { randomUUID } from 'node:crypto';
import { assertRecordInScope, requireIdentity } from '@pdv/auth';
import { type AdmissionFacts, admissionReadiness, DEFAULT_ADMISSION_POLICY, type DossierDocumentKind, type RuleOutcome } from '@pdv/admission-domain';
import type { EducationLevel } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import { auditActorOf, writePersonalDataAudit } from '@pdv/personal-data';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import { candidateCertificates, findCandidateFacts } from '../candidate-facts/candidate-facts.queries';
import type { ServiceScope } from '../common/service-scope';
import { findDocumentsOf, findDossierInProgress, findIntroductionsOf, findPersonalHistory, findVerificationsOf, memberStandings, toIntroductionFacts, toVerificationFacts } from '../dossier/dossier.queries';
import { officialMembersOfCell } from './readiness.queries';

/**
 * Reads the facts the admission rules need for a candidate and lets the domain evaluate them
 * for a meeting date. The cell's resolution will check the same `admissionReadiness` list, so
 * the answer and a refusal never disagree.
 */
export class AdmissionReadinessService {
  constructor(private readonly scope: ServiceScope) {}

  async evaluate(candidateId: string, meetingDate: string): Promise<RuleOutcome[]> {
    const { em } = this.scope;
    const notFound = () => AppError.notFound('Candidate', candidateId);
    const candidate = await findCandidateFacts(em, candidateId);
    if (!candidate) throw notFound();
    // Outside a cell secretary's part of the ward, a candidate answers as an unknown id would.
    await assertRecordInScope(requireIdentity(this.scope.identity), candidate.cellId, new OrganisationReadModelScopes(em), notFound);
    const dossier = await findDossierInProgress(em, candidateId);
    const documents = dossier ? await findDocumentsOf(em, dossier.id) : [];
    const introductions = dossier ? await findIntroductionsOf(em, dossier.id) : [];
    const standings = await memberStandings(em, introductions.flatMap((row) => (row.memberId ? [row.memberId] : [])));
    const history = dossier ? await findPersonalHistory(em, dossier.id) : null;
    const verifications = dossier ? await findVerificationsOf(em, dossier.id) : [];
    // The age shown is read from the date of birth, the verification outcome from its results: the reads are in the audit trail.
    const reads = dossier
      ? [...(history ? ['dateOfBirth'] : []), ...(verifications.some((row) => row.result !== null) ? ['backgroundVerification'] : [])]
      : [];
    if (dossier && reads.length > 0) {
      await writePersonalDataAudit(
        em,
        { actor: auditActorOf(this.scope), at: this.scope.clock.now(), newId: randomUUID },
        reads.map((field) => ({ action: 'READ' as const, subjectType: 'Candidate', subjectId: dossier.candidateId, field })),
      );
    }
    const facts: AdmissionFacts = {
      awarenessCertificates: await candidateCertificates(em, candidateId, 'AWARENESS'),
      cellOfficialMembers: await officialMembersOfCell(em, candidate.cellId),
      documents: documents.map((paper) => ({ kind: paper.kind as DossierDocumentKind, date: paper.documentDate })),
      introductions: toIntroductionFacts(introductions, standings),
      dateOfBirth: history?.dateOfBirth ?? null,
      educationLevel: (history?.educationLevel as EducationLevel | undefined) ?? null,
      educationExceptionCode: history?.educationExceptionCode ?? null,
      formerMembership: history ? (history.wasMember ? { wasMember: true, leftOn: history.leftOn as string, timesReadmitted: history.timesReadmitted } : { wasMember: false }) : null,
      provincialConsent: history?.provincialConsentDate ? { date: history.provincialConsentDate, reference: history.provincialConsentReference } : null,
      verifications: toVerificationFacts(verifications, history !== null),
      // The vote is recorded by the cell resolution, still to come: until then it is not yet known.
      vote: null,
    };
    return admissionReadiness(facts, meetingDate, DEFAULT_ADMISSION_POLICY);
  }
}
