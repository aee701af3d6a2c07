import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { analyseOperation, enforceQueryLimits, type QueryLimits } from '@pdv/graphql';

/**
 * Refuses operations that are too deep, use too many aliases or could return too many
 * objects, before the gateway plans them — one request must not fan out into thousands of
 * subgraph rows. (Too many tokens is refused earlier, by the parser: `parseOptions.maxTokens`.)
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          // Apollo has already refused a document without a matching operation.
          if (!operation) return;
          try {
            enforceQueryLimits(analyseOperation(document, operation, request.variables ?? {}), limits);
          } catch (error) {
            // Apollo answers 500 for errors thrown here unless the error names a status; the
            // client sent a query that is too large, which is a 400.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
            }
            throw error;
          }
        },
      };
    },
  };
}
