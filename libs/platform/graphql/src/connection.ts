import { type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';
import { AppError } from '@pdv/errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

// Every subgraph declares the same PageInfo; @shareable lets the supergraph merge them.
@ObjectType({ description: 'Where a page sits in its list; cursors are opaque.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'true when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const noDirective: ClassDecorator = () => undefined;

/**
 * Declares `<Name>Connection` and `<Name>Edge` types for a node type. Called once per node
 * type at module load (type-graphql needs a distinct class per generic instance). `shareable`
 * for a node type that several subgraphs declare (a shared library's type).
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, options: { shareable?: boolean } = {}) {
  const shareable = options.shareable ? Directive('@shareable') : noDirective;

  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  @shareable
  class EdgeClass implements Edge<T> {
    @Field(() => String, { description: 'Opaque position of this item; pass as `after` to continue.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} itself.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  @shareable
  class ConnectionClass implements ConnectionShape<T> {
    @Field(() => [EdgeClass], { description: 'The items of this page, in order, each with its cursor.' })
    edges!: EdgeClass[];

    @Field(() => PageInfo, { description: 'Whether more items follow, and the cursor to get them.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Validates `first`: 1…MAX_PAGE_SIZE, default DEFAULT_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, [
      { field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` },
    ]);
  }
  return first;
}

/** A keyset cursor: the sort values of the last row seen, opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number | null)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => v === null || typeof v === 'string' || typeof v === 'number')
    ) {
      return values;
    }
  } catch {
    // fall through to the error below
  }
  throw AppError.badInput('after is not a cursor from this list; start again without it.', [
    { field: 'after', message: 'is not a valid cursor' },
  ]);
}

/**
 * Builds a connection from rows fetched with `limit first + 1` (the extra row only tells
 * whether a next page exists).
 */
export function toConnection<TRow, TNode>(
  rows: readonly TRow[],
  first: number,
  totalCount: number,
  cursorOf: (row: TRow) => (string | number | null)[],
  toNode: (row: TRow) => TNode,
): ConnectionShape<TNode> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** The parts of a resolver's info that `asksForItems` reads (graphql's GraphQLResolveInfo fits). */
export interface ConnectionSelectionInfo {
  fieldNodes: readonly { selectionSet?: SelectionSetNode }[];
  fragments: Record<string, FragmentDefinitionNode>;
}

const COUNT_ONLY_FIELDS = new Set(['totalCount', '__typename']);

/**
 * false when the connection field being resolved asks for nothing but `totalCount` (e.g. a
 * dashboard's `candidates(first: 5) { totalCount }`), so its resolver can count without
 * loading a page of items. Fragments are followed; anything the check cannot read (a
 * directive-conditioned field, say) counts as asking for items.
 */
export function asksForItems(info: ConnectionSelectionInfo): boolean {
  const asks = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return !COUNT_ONLY_FIELDS.has(selection.name.value) || (selection.directives?.length ?? 0) > 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) return asks(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      return fragment ? asks(fragment.selectionSet) : true;
    });
  return info.fieldNodes.some((node) => asks(node.selectionSet));
}
