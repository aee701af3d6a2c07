import { type GraphQLObjectType, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { isRole, type Role } from '@pdv/auth';
import type { Permission } from '@pdv/graphql';

/** Root fields that are Apollo Federation's, not type-graphql resolvers. */
const FEDERATION_ROOT_FIELDS = new Set(['Query._service', 'Query._entities']);

type Target = ReturnType<typeof getMetadataStorage>['queries'][number]['target'];

interface ResolverEntry {
  kind: 'Query' | 'Mutation' | 'FieldResolver';
  /** `<ResolverClass>.<method>`, e.g. `PartyMemberFieldsResolver.nationalId`. */
  key: string;
  /** The schema coordinate of a root field, e.g. `Query.member`. */
  root?: string;
  target: Target;
  methodName: string;
  returnType: unknown;
}

export interface ResolverGuardOptions {
  /** The built subgraph (building it also completes type-graphql's metadata). */
  schema: GraphQLSchema;
  /** Every resolver class of the service; type-graphql's metadata is global, only these are checked. */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: readonly Function[];
  /** Every entity with a reference resolver in this subgraph (each is checked below). */
  entities: string[];
  /** Resolvers the check must find (`Class.method`), so it cannot pass by finding none. */
  mustFind: string[];
  /** `Class.method` → why it may run for any caller. Keep it short; each entry must exist. */
  unguarded?: Readonly<Record<string, string>>;
  /** Types the given roles must never be granted (members and their personal data for tree-only roles). */
  restricted?: { types: string[]; roles: readonly Role[] };
  /** The context an anonymous caller's `_entities` request would carry (default `{ identity: null }`). */
  anonymousContext?: unknown;
  /** Entities this subgraph only extends: their reference resolvers return the key and nothing else. */
  keyOnlyReferences?: string[];
  /** The service has no field resolver yet (a freshly generated one): do not require finding one. */
  noFieldResolvers?: boolean;
}

function entriesOf(resolvers: readonly Target[]): ResolverEntry[] {
  const storage = getMetadataStorage();
  const ours = new Set(resolvers);
  return [
    ...storage.queries
      .filter((q) => ours.has(q.target))
      .map((q) => ({ kind: 'Query' as const, key: `${q.target.name}.${q.methodName}`, root: `Query.${q.schemaName}`, target: q.target, methodName: q.methodName, returnType: q.getReturnType() })),
    ...storage.mutations
      .filter((m) => ours.has(m.target))
      .map((m) => ({ kind: 'Mutation' as const, key: `${m.target.name}.${m.methodName}`, root: `Mutation.${m.schemaName}`, target: m.target, methodName: m.methodName, returnType: m.getReturnType() })),
    ...storage.fieldResolvers
      .filter((f) => ours.has(f.target))
      .map((f) => ({
        kind: 'FieldResolver' as const,
        key: `${f.target.name}.${f.methodName}`,
        target: f.target,
        methodName: f.methodName,
        returnType: f.getType?.() ?? storage.fields.find((field) => field.target === f.target && field.name === f.methodName)?.getType(),
      })),
  ];
}

function permissionsOf(entry: ResolverEntry): Permission[] | undefined {
  const storage = getMetadataStorage();
  const onMethod = storage.authorizedFields.find((a) => a.target === entry.target && a.fieldName === entry.methodName);
  const onClass = storage.authorizedResolver.find((a) => a.target === entry.target);
  return (onMethod ?? onClass)?.roles as Permission[] | undefined;
}

function typeNameOf(returnType: unknown): string | undefined {
  const type = Array.isArray(returnType) ? returnType[0] : returnType;
  if (typeof type !== 'function') return undefined;
  return getMetadataStorage().objectTypes.find((o) => o.target === type)?.name ?? type.name;
}

function referenceResolversOf(schema: GraphQLSchema): Map<string, (reference: { id: string }, context: unknown, info: unknown) => unknown> {
  const found = new Map<string, (reference: { id: string }, context: unknown, info: unknown) => unknown>();
  for (const type of Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t))) {
    const resolve = (type.extensions as { apollo?: { subgraph?: { resolveReference?: (reference: { id: string }, context: unknown, info: unknown) => unknown } } }).apollo
      ?.subgraph?.resolveReference;
    if (resolve) found.set(type.name, resolve);
  }
  return found;
}

function symmetricDifference(found: string[], expected: string[]): string[] {
  return [...found.filter((name) => !expected.includes(name)).map((name) => `unexpected ${name}`), ...expected.filter((name) => !found.includes(name)).map((name) => `missing ${name}`)];
}

async function outcomeOf(run: () => unknown): Promise<{ value?: unknown; code?: unknown }> {
  try {
    return { value: await run() };
  } catch (error) {
    return { code: (error as { code?: unknown; extensions?: { code?: unknown } }).code ?? (error as { extensions?: { code?: unknown } }).extensions?.code ?? String(error) };
  }
}

/**
 * STYLE.md: "every resolver is guarded". Fails, listing each offender, unless in the built
 * subgraph: every root field but Federation's has a type-graphql resolver; every query,
 * mutation and field resolver carries @Allow (on the method or its class) naming at least
 * one real role in each permission, or is allow-listed with a reason; every scoped permission
 * names an argument the resolver takes; no restricted type is granted to a restricted role;
 * and every reference resolver (`_entities` runs no @Allow) refuses an anonymous caller
 * with UNAUTHENTICATED, or, for an entity only extended here, returns the key alone.
 */
export async function expectEveryResolverGuarded(options: ResolverGuardOptions): Promise<void> {
  const entries = entriesOf(options.resolvers as readonly Target[]);
  const unguardedList = options.unguarded ?? {};
  const keys = new Set(entries.map((entry) => entry.key));
  const roots = new Set(entries.flatMap((entry) => (entry.root ? [entry.root] : [])));
  const storage = getMetadataStorage();

  const schemaRoots = [
    ...Object.keys(options.schema.getQueryType()?.getFields() ?? {}).map((field) => `Query.${field}`),
    ...Object.keys(options.schema.getMutationType()?.getFields() ?? {}).map((field) => `Mutation.${field}`),
  ];
  const kindsExpected = new Set(['Query', ...(options.noFieldResolvers ? [] : ['FieldResolver']), ...(options.schema.getMutationType() ? ['Mutation'] : [])]);

  const problems = {
    notFound: [...options.mustFind.filter((key) => !keys.has(key)), ...[...kindsExpected].filter((kind) => !entries.some((entry) => entry.kind === kind)).map((kind) => `any ${kind}`)],
    rootFieldsWithoutResolver: schemaRoots.filter((root) => !roots.has(root) && !FEDERATION_ROOT_FIELDS.has(root)),
    withoutAllow: entries
      .filter((entry) => !(entry.key in unguardedList))
      .filter((entry) => !permissionsOf(entry)?.length)
      .map((entry) => `${entry.kind} ${entry.key}`),
    withBadRoles: entries
      .filter((entry) => (permissionsOf(entry) ?? []).some((p) => !p || !Array.isArray(p.roles) || p.roles.length === 0 || !p.roles.every(isRole)))
      .map((entry) => entry.key),
    allowListWithoutResolverOrReason: Object.entries(unguardedList)
      .filter(([key, reason]) => !keys.has(key) || reason.trim().length <= 10)
      .map(([key]) => key),
    scopeArgumentMissing: entries.flatMap((entry) =>
      (permissionsOf(entry) ?? [])
        .filter((permission) => permission.scope)
        .filter((permission) => {
          const root = permission.scope!.arg.split('.')[0];
          const params = storage.params.filter((param) => param.target === entry.target && param.methodName === entry.methodName);
          return !params.some((param) => ('name' in param && param.name === root) || param.kind === 'args');
        })
        .map((permission) => `${entry.key}: ${permission.scope!.arg}`),
    ),
    restrictedTypeGranted: options.restricted
      ? entries
          .filter((entry) => {
            const returned = typeNameOf(entry.returnType);
            return (
              returned !== undefined &&
              options.restricted!.types.includes(returned) &&
              (permissionsOf(entry) ?? []).some((p) => p.roles.some((role) => options.restricted!.roles.includes(role)))
            );
          })
          .map((entry) => entry.key)
      : [],
    entitiesDiffering: symmetricDifference([...referenceResolversOf(options.schema).keys()], options.entities),
    referencesNotRefusingAnonymous: [] as string[],
    keyOnlyReferencesReturningMore: [] as string[],
    keyOnlyReferencesUnknown: (options.keyOnlyReferences ?? []).filter((name) => !referenceResolversOf(options.schema).has(name)),
  };

  const reference = { id: '00000000-0000-4000-8000-000000000001' };
  for (const [typeName, resolve] of referenceResolversOf(options.schema)) {
    const outcome = await outcomeOf(() => resolve({ ...reference }, options.anonymousContext ?? { identity: null }, {}));
    if (options.keyOnlyReferences?.includes(typeName)) {
      if (JSON.stringify(outcome.value) !== JSON.stringify(reference)) problems.keyOnlyReferencesReturningMore.push(typeName);
    } else if (outcome.code !== 'UNAUTHENTICATED') {
      problems.referencesNotRefusingAnonymous.push(`${typeName}: ${JSON.stringify(outcome.code ?? outcome.value)}`);
    }
  }

  expect(problems).toEqual(Object.fromEntries(Object.keys(problems).map((key) => [key, []])));
}
