import { type GraphQLObjectType, isObjectType } from 'graphql';
import { type Identity, isRole, type Role } from '@pdv/auth';
import type { Permission } from '@pdv/graphql';
import { getMetadataStorage } from 'type-graphql';
import type { OrganisationContext } from './context';
import { resolvePartyMemberReference } from './member/party-member.reference';
import { resolveOrganisationReference } from './organisation/organisation.reference';
import { buildOrganisationSubgraph } from './schema';

/**
 * STYLE.md: "every resolver is guarded". Reads type-graphql's metadata after the subgraph is
 * built and requires an @Allow/@Authorized on every query, mutation and field resolver (on
 * the method or its resolver class), so a resolver added without one fails the build.
 */

/** Root fields that are not type-graphql resolvers, with why they need no @Allow. */
const UNGUARDED_ROOT_FIELDS: Record<string, string> = {
  'Query._service': 'Federation: returns this subgraph’s SDL (the schema is not secret; introspection of the supergraph shows it anyway).',
  'Query._entities': 'Federation: dispatches to the __resolveReference functions, each checked below to authorise the caller itself.',
};

/** Field resolvers allowed without @Allow, with why they are harmless. Keep this short. */
const UNGUARDED_FIELD_RESOLVERS: Record<string, string> = {};

/** Types that carry members or their personal data: the tree-only roles must never be granted them. */
const MEMBER_TYPES = new Set(['PartyMember', 'PartyMemberConnection', 'MemberCounts', 'MemberMovement', 'MemberCorrection', 'SupervisionAssignment', 'RecordMemberMovementResult']);
const TREE_ONLY_ROLES: readonly Role[] = ['MASS_ORG_STAFF', 'TRAINING_CENTRE'];

const identityOf = (role: Role, scopeId: string | null = null): Identity => ({ userId: `test-${role.toLowerCase()}`, role, scopeId });

interface Resolver {
  /** "Query.member", "Mutation.registerMember", "PartyMemberFieldsResolver.nationalId"… */
  name: string;
  target: Function; // eslint-disable-line @typescript-eslint/no-unsafe-function-type
  methodName: string;
  returnType: unknown;
}

function permissionsOf(resolver: Resolver): Permission[] | undefined {
  const storage = getMetadataStorage();
  const onMethod = storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
  const onClass = storage.authorizedResolver.find((a) => a.target === resolver.target);
  return (onMethod ?? onClass)?.roles as Permission[] | undefined;
}

function typeName(thunkResult: unknown): string | undefined {
  const type = Array.isArray(thunkResult) ? thunkResult[0] : thunkResult;
  if (typeof type === 'function') {
    const objectType = getMetadataStorage().objectTypes.find((o) => o.target === type);
    return objectType?.name ?? type.name;
  }
  return undefined;
}

describe('every resolver of the organisation subgraph is guarded', () => {
  let queryFields: string[];
  let mutationFields: string[];
  let entityTypes: string[];
  let resolvers: Resolver[];

  beforeAll(async () => {
    const { schema } = await buildOrganisationSubgraph();
    queryFields = Object.keys(schema.getQueryType()?.getFields() ?? {});
    mutationFields = Object.keys(schema.getMutationType()?.getFields() ?? {});
    entityTypes = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => isObjectType(type))
      .filter((type) => (type.extensions as { apollo?: { subgraph?: { resolveReference?: unknown } } }).apollo?.subgraph?.resolveReference)
      .map((type) => type.name);
    const storage = getMetadataStorage();
    resolvers = [
      ...storage.queries.map((q) => ({ name: `Query.${q.schemaName}`, target: q.target, methodName: q.methodName, returnType: q.getReturnType() })),
      ...storage.mutations.map((m) => ({ name: `Mutation.${m.schemaName}`, target: m.target, methodName: m.methodName, returnType: m.getReturnType() })),
      ...storage.fieldResolvers.map((f) => ({
        name: `${f.target.name}.${f.methodName}`,
        target: f.target,
        methodName: f.methodName,
        returnType: f.getType?.() ?? storage.fields.find((field) => field.target === f.target && field.name === f.methodName)?.getType(),
      })),
    ];
  });

  it('finds the resolvers it checks (the metadata is the one the schema was built from)', () => {
    expect(resolvers.length).toBeGreaterThan(30);
    expect(resolvers.map((r) => r.name)).toEqual(expect.arrayContaining(['Query.member', 'Mutation.registerMember', 'PartyMemberFieldsResolver.nationalId']));
  });

  it('has a type-graphql resolver for every root field but the federation ones', () => {
    const known = new Set(resolvers.map((r) => r.name));
    const roots = [...queryFields.map((f) => `Query.${f}`), ...mutationFields.map((f) => `Mutation.${f}`)];
    expect(roots.filter((root) => !known.has(root) && !(root in UNGUARDED_ROOT_FIELDS))).toEqual([]);
  });

  it('carries @Allow on every query, mutation and field resolver (or is allow-listed with a reason)', () => {
    const unguarded = resolvers.filter((r) => !(r.name in UNGUARDED_FIELD_RESOLVERS) && !(permissionsOf(r)?.length));
    expect(unguarded.map((r) => r.name)).toEqual([]);
  });

  it('names real roles only, and at least one, in every permission', () => {
    const bad = resolvers.filter((r) => (permissionsOf(r) ?? []).some((p) => !Array.isArray(p.roles) || p.roles.length === 0 || !p.roles.every(isRole)));
    expect(bad.map((r) => r.name)).toEqual([]);
  });

  it('never grants members or their data to the roles that read the tree only', () => {
    const leaking = resolvers.filter((r) => {
      const returned = typeName(r.returnType);
      return returned !== undefined && MEMBER_TYPES.has(returned) && (permissionsOf(r) ?? []).some((p) => p.roles.some((role) => TREE_ONLY_ROLES.includes(role)));
    });
    expect(leaking.map((r) => r.name)).toEqual([]);
  });

  it('resolves references only for the entities whose reference resolvers are checked here', () => {
    expect(entityTypes.sort()).toEqual(['Organisation', 'PartyMember']);
  });

  describe('reference resolvers authorise the caller themselves (no @Allow runs for _entities)', () => {
    const untouchable = () => {
      const fail = () => {
        throw new Error('reached the data without authorisation');
      };
      return { identity: null, clock: { now: () => new Date('2026-07-15T03:00:00Z') }, services: { memberReads: { get: fail } }, loaders: { organisationAsOf: fail } };
    };
    const as = (identity: Identity | null) => ({ ...untouchable(), identity }) as unknown as OrganisationContext;
    const ref = { id: '6f1c2a52-5d0e-4c8e-9f3e-1b2a3c4d5e6f' };

    it('PartyMember: anonymous → UNAUTHENTICATED; tree-only roles → FORBIDDEN, before reading anything', async () => {
      await expect(resolvePartyMemberReference(ref, as(null))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      for (const role of TREE_ONLY_ROLES) {
        await expect(resolvePartyMemberReference(ref, as(identityOf(role, role === 'MASS_ORG_STAFF' ? ref.id : null)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('PartyMember: a cell secretary goes through the scoped read (which refuses members outside the subtree)', async () => {
      const ctx = as(identityOf('CELL_SECRETARY', ref.id));
      await expect(resolvePartyMemberReference(ref, ctx)).rejects.toThrow('reached the data without authorisation');
    });

    it('Organisation: anonymous → UNAUTHENTICATED', async () => {
      await expect(resolveOrganisationReference(ref, as(null))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
