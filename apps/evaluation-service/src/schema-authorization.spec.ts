import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildEvaluationSubgraph, EVALUATION_RESOLVERS } from './schema';

describe('every resolver of the evaluation subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles (a reference resolver, once there is one, must refuse anonymous callers)', async () => {
    const { schema } = await buildEvaluationSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: EVALUATION_RESOLVERS,
      // An entity of this service's own gets a reference resolver: list it here, and it is checked.
      entities: [],
      mustFind: ['TargetResolver.targets', 'TargetResolver.setTarget', 'ProgressResolver.progress'],
      // Drop this once a type of the service has a @FieldResolver (it is then required to be found).
      noFieldResolvers: true,
    });
  });
});
