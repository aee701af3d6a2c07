import { assertRecordInScope, requireIdentity } from '@pdv/auth';
import { type AdmissionFacts, admissionReadiness, DEFAULT_ADMISSION_POLICY, type DossierDocumentKind, type RuleOutcome } from '@pdv/admission-domain';
import { AppError } from '@pdv/errors';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import { candidateCertificates, findCandidateFacts } from '../candidate-facts/candidate-facts.queries';
import type { ServiceScope } from '../common/service-scope';
import { findDocumentsOf, findDossierInProgress, findIntroductionsOf, memberStandings, toIntroductionFacts } from '../dossier/dossier.queries';
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
    const facts: AdmissionFacts = {
      awarenessCertificates: await candidateCertificates(em, candidateId, 'AWARENESS'),
      cellOfficialMembers: await officialMembersOfCell(em, candidate.cellId),
      documents: documents.map((paper) => ({ kind: paper.kind as DossierDocumentKind, date: paper.documentDate })),
      introductions: toIntroductionFacts(introductions, standings),
      // The personal history, verification and vote are not recorded by the dossier module
      // yet: until they are, their rules answer not yet known.
      verifications: null,
      dateOfBirth: null,
      educationLevel: null,
      educationExceptionCode: null,
      formerMembership: null,
      provincialConsent: null,
      vote: null,
    };
    return admissionReadiness(facts, meetingDate, DEFAULT_ADMISSION_POLICY);
  }
}
