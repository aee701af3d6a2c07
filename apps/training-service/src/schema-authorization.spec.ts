import { expectEveryResolverGuarded } from '@pdv/testing';
import { buildTrainingSubgraph, TRAINING_RESOLVERS } from './schema';

describe('every resolver of the training subgraph is guarded', () => {
  it('has @Allow on every resolver, naming real roles (a reference resolver, once there is one, must refuse anonymous callers)', async () => {
    const { schema } = await buildTrainingSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: TRAINING_RESOLVERS,
      // An entity of this service's own gets a reference resolver: list it here, and it is checked.
      entities: [],
      mustFind: ['TrainingItemResolver.trainingItem', 'TrainingItemResolver.registerTrainingItem'],
      // Drop this once a type of the service has a @FieldResolver (it is then required to be found).
      noFieldResolvers: true,
    });
  });
});
