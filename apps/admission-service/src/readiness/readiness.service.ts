import { assertRecordInScope, requireIdentity } from '@pdv/auth';
import { admissionReadiness, type RuleOutcome } from '@pdv/admission-domain';
import { AppError } from '@pdv/errors';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import { findCandidateFacts } from '../candidate-facts/candidate-facts.queries';
import { findVoteCount } from '../cell-resolution/cell-resolution.queries';
import { loadAdmissionPolicy } from '../common/admission-policy';
import type { ServiceScope } from '../common/service-scope';
import { findDossierInProgress } from '../dossier/dossier.queries';
import { readAdmissionFacts } from './admission-facts.reader';

/**
 * Reads the facts the admission rules need for a candidate and lets the domain evaluate them
 * for a meeting date. The cell's resolution checks the same list (`readAdmissionFacts`,
 * `votePrerequisites`), so the answer and a refusal never disagree.
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
    const facts = await readAdmissionFacts(this.scope, em, candidate, dossier, meetingDate);
    // The count of a resolution the cell recorded for that meeting, if any.
    const vote = dossier ? await findVoteCount(em, dossier.id, meetingDate) : null;
    return admissionReadiness({ ...facts, vote }, meetingDate, await loadAdmissionPolicy(em));
  }
}
