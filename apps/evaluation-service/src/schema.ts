import { buildSubgraph, type BuiltSubgraph } from '@pdv/graphql';
import { EvaluationItemResolver } from './evaluation-item/evaluation-item.resolver';

/** Every resolver class of the service (schema-authorization.spec.ts checks each is guarded). */
export const EVALUATION_RESOLVERS = [EvaluationItemResolver] as const;

/** The evaluation subgraph: every resolver and entity reference resolver of this service. */
export function buildEvaluationSubgraph(): Promise<BuiltSubgraph> {
  return buildSubgraph({
    resolvers: [...EVALUATION_RESOLVERS],
  });
}
