import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { CellResolutionResolver } from './cell-resolution/cell-resolution.resolver';
import { AdmissionDecisionResolver } from './decision/decision.resolver';
import { DossierResolver } from './dossier/dossier.resolver';
import { AdmissionReadinessResolver } from './readiness/readiness.resolver';
import { RecognitionResolver } from './recognition/recognition.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const ADMISSION_RESOLVERS = [AdmissionReadinessResolver, DossierResolver, CellResolutionResolver, AdmissionDecisionResolver, RecognitionResolver] as const;

/** The admission subgraph: every resolver and entity reference resolver of this service. */
export function buildAdmissionSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...ADMISSION_RESOLVERS],
  });
}
