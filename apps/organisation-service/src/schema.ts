import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { OrganisationResolver } from './organisation/organisation.resolver';
import { resolveOrganisationReference } from './organisation/organisation.reference';

/** The organisation subgraph: every resolver and entity reference resolver of this service. */
export function buildOrganisationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [OrganisationResolver],
    referenceResolvers: {
      Organisation: resolveOrganisationReference,
    },
  });
}
