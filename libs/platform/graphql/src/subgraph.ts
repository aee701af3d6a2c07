import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, type ClassType, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { authChecker } from './authorization';
import { DateTimeScalar } from './scalars';
import { longTextLimitsOf, withStrictInputs } from './strict-inputs';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])';

// type-graphql's own resolver types are loose; reference resolvers receive the key
// representation and the request context.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolver = (representation: { id: string }, context: any) => unknown;

export interface SubgraphDefinition {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type name; batch them with a per-request DataLoader. */
  referenceResolvers?: Record<string, ReferenceResolver>;
}

export interface BuiltSubgraph {
  schema: GraphQLSchema;
  /** The subgraph SDL with the Federation 2 link: committed as schema.graphql, composed offline. */
  sdl: string;
}

/**
 * type-graphql → Federation 2 subgraph. type-graphql's schema cannot go to
 * printSubgraphSchema directly (entity stubs have no fields of their own), so: build with
 * skipCheck, print with directives (keeps @key), prepend the federation link, and hand the
 * SDL plus type-graphql's resolvers (with __resolveReference merged in) to Apollo. The
 * result is strict about input (UUID ids, plain bounded text: see withStrictInputs).
 */
export async function buildSubgraph(definition: SubgraphDefinition): Promise<BuiltSubgraph> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    authChecker,
    authMode: 'error',
    skipCheck: true,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}\n`;
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as never;
  }
  const schema = withStrictInputs(buildSubgraphSchema({ typeDefs: parse(sdl), resolvers }), longTextLimitsOf(typeGraphqlSchema));
  return { schema, sdl };
}
