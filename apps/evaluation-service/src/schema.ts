import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { WardDashboardResolver } from './dashboard/dashboard.resolver';
import { OrganisationEvaluationResolver } from './dashboard/organisation-evaluation.resolver';
import { resolveOrganisationReference, resolvePartyMemberReference } from './organisation/organisation.reference';
import { ProgressResolver } from './progress/progress.resolver';
import { PeriodReportResolver } from './report/period-report.resolver';
import { TargetResolver } from './target/target.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const EVALUATION_RESOLVERS = [TargetResolver, ProgressResolver, WardDashboardResolver, OrganisationEvaluationResolver, PeriodReportResolver] as const;

/** `__resolveReference` per entity: this subgraph only extends them, so each returns the key. */
export const EVALUATION_REFERENCE_RESOLVERS = {
  Organisation: resolveOrganisationReference,
  PartyMember: resolvePartyMemberReference,
};

/** The evaluation subgraph: every resolver and entity reference resolver of this service. */
export function buildEvaluationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...EVALUATION_RESOLVERS],
    referenceResolvers: EVALUATION_REFERENCE_RESOLVERS,
  });
}
