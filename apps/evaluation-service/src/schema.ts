import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { ProgressResolver } from './progress/progress.resolver';
import { TargetResolver } from './target/target.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const EVALUATION_RESOLVERS = [TargetResolver, ProgressResolver] as const;

/** The evaluation subgraph: every resolver and entity reference resolver of this service. */
export function buildEvaluationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...EVALUATION_RESOLVERS],
  });
}
