import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { WorkingDayCalendarResolver } from './calendar/calendar.resolver';
import { CellResolutionResolver } from './cell-resolution/cell-resolution.resolver';
import { AdmissionDecisionResolver } from './decision/decision.resolver';
import { OrganisationDeadlinesResolver } from './deadline/deadline.resolver';
import { OrganisationStub, resolveOrganisationReference } from './organisation/organisation.stub';
import { DossierResolver } from './dossier/dossier.resolver';
import { AdmissionReadinessResolver } from './readiness/readiness.resolver';
import { RecognitionResolver } from './recognition/recognition.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const ADMISSION_RESOLVERS = [AdmissionReadinessResolver, DossierResolver, CellResolutionResolver, AdmissionDecisionResolver, RecognitionResolver, WorkingDayCalendarResolver, OrganisationDeadlinesResolver] as const;

/** `__resolveReference` per entity this subgraph extends: the key is all it keeps of them. */
export const ADMISSION_REFERENCE_RESOLVERS = {
  Organisation: resolveOrganisationReference,
};

/** The admission subgraph: every resolver and entity reference resolver of this service. */
export function buildAdmissionSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...ADMISSION_RESOLVERS],
    // Extended only through field resolvers, so no field returns it: listed so the schema has it.
    orphanedTypes: [OrganisationStub],
    referenceResolvers: ADMISSION_REFERENCE_RESOLVERS,
  });
}
