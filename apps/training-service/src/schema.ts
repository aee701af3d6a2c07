import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { TrainingItemResolver } from './training-item/training-item.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const TRAINING_RESOLVERS = [TrainingItemResolver] as const;

/** The training subgraph: every resolver and entity reference resolver of this service. */
export function buildTrainingSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...TRAINING_RESOLVERS],
  });
}
