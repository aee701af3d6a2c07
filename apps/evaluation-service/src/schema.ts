import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { WardDashboardResolver } from './dashboard/dashboard.resolver';
import { OrganisationEvaluationResolver } from './dashboard/organisation-evaluation.resolver';
import { resolveMassOrganisationReference, resolveOrganisationReference, resolvePartyMemberReference } from './organisation/organisation.reference';
import { MassOrganisationStub, OrganisationStub, PartyMemberStub } from './organisation/organisation.stub';
import { ProgressResolver } from './progress/progress.resolver';
import { MassOrganisationQuotaResolver } from './quota/quota-attainment.resolver';
import { OrganisationRatingResolver, PartyMemberRatingResolver, QualityRatingResolver } from './rating/rating.resolver';
import { PeriodReportResolver } from './report/period-report.resolver';
import { OrganisationSupervisionReviewResolver, SupervisionReviewResolver } from './supervision-review/supervision-review.resolver';
import { TargetResolver } from './target/target.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const EVALUATION_RESOLVERS = [
  TargetResolver,
  ProgressResolver,
  WardDashboardResolver,
  OrganisationEvaluationResolver,
  PeriodReportResolver,
  QualityRatingResolver,
  OrganisationRatingResolver,
  PartyMemberRatingResolver,
  SupervisionReviewResolver,
  OrganisationSupervisionReviewResolver,
  MassOrganisationQuotaResolver,
] as const;

/** `__resolveReference` per entity this subgraph extends: only the key is kept; each added field authorises itself. */
export const EVALUATION_REFERENCE_RESOLVERS = {
  Organisation: resolveOrganisationReference,
  PartyMember: resolvePartyMemberReference,
  MassOrganisation: resolveMassOrganisationReference,
};

/** The evaluation subgraph: every resolver and entity reference resolver of this service. */
export function buildEvaluationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...EVALUATION_RESOLVERS],
    // Extended only through field resolvers, so no field returns them: listed so the schema has them.
    orphanedTypes: [OrganisationStub, PartyMemberStub, MassOrganisationStub],
    referenceResolvers: EVALUATION_REFERENCE_RESOLVERS,
  });
}
