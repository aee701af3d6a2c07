import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Estimated number of objects a query may ask for; see analyseOperation. */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 50_000 };

export interface OperationAnalysis {
  depth: number;
  aliases: number;
  cost: number;
}

const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);

function numericValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

/**
 * Measures an operation before it runs: nesting depth, number of aliases, and a cost that
 * counts every field once and multiplies what sits under a paged field by its page size
 * (`first`), so `organisations(first: 100) { members(first: 100) { … } }` costs ~10,000.
 * Fragments are expanded; a fragment cycle (already refused by validation) stops expanding.
 */
export function analyseOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;

  const walk = (selectionSet: SelectionSetNode, depth: number, visiting: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = selection as FieldNode;
        if (field.alias) aliases += 1;
        if (field.name.value.startsWith('__')) continue;
        cost += 1;
        if (field.selectionSet) {
          const pageArgument = field.arguments?.find((argument) => PAGE_ARGUMENTS.has(argument.name.value));
          const multiplier = pageArgument ? Math.max(1, numericValue(pageArgument.value, variables) ?? 1) : 1;
          const inner = walk(field.selectionSet, depth + 1, visiting);
          maxDepth = Math.max(maxDepth, inner.depth);
          cost += multiplier * inner.cost;
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = walk(selection.selectionSet, depth, visiting);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        visiting.add(name);
        const inner = walk(fragment.selectionSet, depth, visiting);
        visiting.delete(name);
        maxDepth = Math.max(maxDepth, inner.depth);
        cost += inner.cost;
      }
    }
    return { depth: maxDepth, cost };
  };

  const result = walk(operation.selectionSet, 1, new Set());
  return { depth: result.depth, aliases, cost: result.cost };
}

/** Throws a BAD_USER_INPUT GraphQLError naming every limit the operation exceeds. */
export function enforceQueryLimits(analysis: OperationAnalysis, limits: QueryLimits): void {
  const problems: string[] = [];
  if (analysis.depth > limits.maxDepth) problems.push(`it is nested ${analysis.depth} levels deep (at most ${limits.maxDepth})`);
  if (analysis.aliases > limits.maxAliases) problems.push(`it uses ${analysis.aliases} aliases (at most ${limits.maxAliases})`);
  if (analysis.cost > limits.maxCost) {
    problems.push(`it could return about ${analysis.cost} objects (at most ${limits.maxCost}); ask for smaller pages`);
  }
  if (problems.length > 0) {
    throw new GraphQLError(`This query is too large: ${problems.join('; ')}.`, {
      extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_LIMIT', ...analysis },
    });
  }
}
