import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildEvaluationSubgraph, EVALUATION_RESOLVERS } from './schema';

describe('every resolver of the evaluation subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles (a reference resolver, once there is one, must refuse anonymous callers)', async () => {
    const { schema } = await buildEvaluationSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: EVALUATION_RESOLVERS,
      // An entity of this service's own gets a reference resolver: list it here, and it is checked.
      entities: ['Organisation', 'PartyMember'],
      keyOnlyReferences: ['Organisation', 'PartyMember'],
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
      ],
    });
  });
});
