import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { WorkingDayCalendarResolver } from './calendar/calendar.resolver';
import { CellResolutionResolver } from './cell-resolution/cell-resolution.resolver';
import { AdmissionDecisionResolver } from './decision/decision.resolver';
import { OrganisationDeadlinesResolver } from './deadline/deadline.resolver';
import { CandidateAdmissionResolver, OrganisationDossiersResolver, PartyMemberProbationResolver } from './organisation/federation.resolver';
import { CandidateStub, OrganisationStub, PartyMemberStub, resolveCandidateReference, resolveOrganisationReference, resolvePartyMemberReference } from './organisation/organisation.stub';
import { resolveAdmissionDossierReference } from './dossier/dossier.reference';
import { DossierResolver } from './dossier/dossier.resolver';
import { AdmissionReadinessResolver } from './readiness/readiness.resolver';
import { RecognitionResolver } from './recognition/recognition.resolver';
import { AdmissionPolicyResolver } from './policy/policy.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const ADMISSION_RESOLVERS = [AdmissionReadinessResolver, DossierResolver, CellResolutionResolver, AdmissionDecisionResolver, RecognitionResolver, WorkingDayCalendarResolver, AdmissionPolicyResolver, OrganisationDeadlinesResolver, OrganisationDossiersResolver, CandidateAdmissionResolver, PartyMemberProbationResolver] as const;

/** `__resolveReference` per entity: its own dossier refuses anonymous callers; of those it only extends the key is all it keeps. */
export const ADMISSION_REFERENCE_RESOLVERS = {
  AdmissionDossier: resolveAdmissionDossierReference,
  Organisation: resolveOrganisationReference,
  Candidate: resolveCandidateReference,
  PartyMember: resolvePartyMemberReference,
};

/** The admission subgraph: every resolver and entity reference resolver of this service. */
export function buildAdmissionSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...ADMISSION_RESOLVERS],
    // Extended only through field resolvers, so no field returns it: listed so the schema has it.
    orphanedTypes: [OrganisationStub, CandidateStub, PartyMemberStub],
    referenceResolvers: ADMISSION_REFERENCE_RESOLVERS,
  });
}
