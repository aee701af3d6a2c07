import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildEvaluationSubgraph, EVALUATION_RESOLVERS } from './schema';

describe('every resolver of the evaluation subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles, and only key-only references for the entities it extends', async () => {
    const { schema } = await buildEvaluationSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: EVALUATION_RESOLVERS,
      // An entity of this service's own gets a reference resolver: list it here, and it is checked.
      entities: ['Organisation', 'PartyMember', 'MassOrganisation'],
      mustFind: [
        'TargetResolver.targets',
        'TargetResolver.setTarget',
        'ProgressResolver.progress',
        'WardDashboardResolver.wardDashboard',
        'WardDashboardResolver.units',
        'OrganisationEvaluationResolver.progress',
        'OrganisationEvaluationResolver.targets',
        'OrganisationEvaluationResolver.forecast',
        'PeriodReportResolver.periodReport',
        'PeriodReportResolver.closeReportingPeriod',
        'QualityRatingResolver.recordQualityRating',
        'QualityRatingResolver.confirmQualityRatings',
        'QualityRatingResolver.correctQualityRating',
        'QualityRatingResolver.qualityRatingSummary',
        'OrganisationRatingResolver.rating',
        'PartyMemberRatingResolver.rating',
        'SupervisionReviewResolver.recordSupervisionReview',
        'SupervisionReviewResolver.missingSupervisionReviews',
        'OrganisationSupervisionReviewResolver.supervisionReviews',
        'MassOrganisationQuotaResolver.quotaAttainment',
      ],
      // Key-only stubs of other services' entities: their fields are guarded above.
      keyOnlyReferences: ['Organisation', 'PartyMember', 'MassOrganisation'],
    });
  });
});
