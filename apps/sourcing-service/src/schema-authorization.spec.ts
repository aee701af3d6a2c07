import 'reflect-metadata';
import { AppError } from '@pdv/errors';
import type { Permission } from '@pdv/graphql';
import { getMetadataStorage } from 'type-graphql';
import { buildSourcingSubgraph, SOURCING_REFERENCE_RESOLVERS, SOURCING_RESOLVERS } from './schema';

/**
 * STYLE.md: "every resolver is guarded". Every query, mutation and field resolver of this
 * service carries @Allow (type-graphql's @Authorized with a non-empty role list), unless it is
 * listed here with the reason it needs none. A new unguarded resolver fails this test.
 */
const UNGUARDED: Readonly<Record<string, string>> = {
  // (none) Keep this list short; each entry says why the resolver may run for any caller.
};

type Kind = 'Query' | 'Mutation' | 'FieldResolver';

/** type-graphql's metadata names classes by their constructor. */
type Target = ReturnType<typeof getMetadataStorage>['queries'][number]['target'];

interface ResolverEntry {
  kind: Kind;
  key: string;
  target: Target;
  methodName: string;
}

function serviceResolvers(): ResolverEntry[] {
  const storage = getMetadataStorage();
  const ours = new Set<Target>(SOURCING_RESOLVERS);
  const entries: ResolverEntry[] = [];
  for (const [kind, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['FieldResolver', storage.fieldResolvers],
  ] as const) {
    for (const resolver of list) {
      if (!ours.has(resolver.target)) continue;
      entries.push({ kind, key: `${resolver.target.name}.${resolver.methodName}`, target: resolver.target, methodName: resolver.methodName });
    }
  }
  return entries;
}

function permissionsOf(entry: ResolverEntry): Permission[] | null {
  const storage = getMetadataStorage();
  const onField = storage.authorizedFields.find((auth) => auth.target === entry.target && auth.fieldName === entry.methodName);
  const onClass = storage.authorizedResolver.find((auth) => auth.target === entry.target);
  const found = onField ?? onClass;
  return found ? (found.roles as Permission[]) : null;
}

describe('every resolver of the sourcing subgraph is guarded', () => {
  beforeAll(async () => {
    // Building the schema is what the service does; it also completes type-graphql's metadata.
    await buildSourcingSubgraph();
  });

  it('finds the resolvers (the check is not vacuous)', () => {
    const entries = serviceResolvers();
    const kinds = new Set(entries.map((entry) => entry.kind));
    expect(kinds).toEqual(new Set<Kind>(['Query', 'Mutation', 'FieldResolver']));
    expect(entries.map((entry) => entry.key)).toEqual(
      expect.arrayContaining([
        'CandidateResolver.candidates',
        'CandidateResolver.nationalId',
        'OrganisationResolver.candidates',
        'OrganisationResolver.referralStats',
        'ReferralImportResolver.referralImports',
        'PossibleDuplicateResolver.possibleDuplicates',
        'PersonalDataAuditResolver.personalDataAuditLog',
      ]),
    );
  });

  it('has @Allow with at least one role on every query, mutation and field resolver (or an allow-listed reason)', () => {
    const unguarded = serviceResolvers()
      .filter((entry) => !(entry.key in UNGUARDED))
      .filter((entry) => {
        const permissions = permissionsOf(entry);
        return !permissions || permissions.length === 0 || permissions.some((permission) => !permission || permission.roles.length === 0);
      })
      .map((entry) => `${entry.kind} ${entry.key}`);
    expect(unguarded).toEqual([]);
  });

  it('keeps the allow-list honest: every entry exists and gives a reason', () => {
    const keys = new Set(serviceResolvers().map((entry) => entry.key));
    for (const [key, reason] of Object.entries(UNGUARDED)) {
      expect(keys.has(key)).toBe(true);
      expect(reason.trim().length).toBeGreaterThan(10);
    }
  });

  it('names a real argument for every scoped permission', () => {
    const storage = getMetadataStorage();
    const problems: string[] = [];
    for (const entry of serviceResolvers()) {
      for (const permission of permissionsOf(entry) ?? []) {
        if (!permission.scope) continue;
        const root = permission.scope.arg.split('.')[0];
        const params = storage.params.filter((param) => param.target === entry.target && param.methodName === entry.methodName);
        const named = params.some((param) => ('name' in param && param.name === root) || param.kind === 'args');
        if (!named) problems.push(`${entry.key}: ${permission.scope.arg}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses anonymous callers in the reference resolvers that return data', async () => {
    const anonymous = { identity: null } as never;
    await expect(SOURCING_REFERENCE_RESOLVERS.Candidate({ id: '00000000-0000-4000-8000-000000000001' }, anonymous)).rejects.toMatchObject({
      code: AppError.unauthenticated().code,
    });
    await expect(SOURCING_REFERENCE_RESOLVERS.MassOrganisation({ id: '00000000-0000-4000-8000-000000000001' }, anonymous)).rejects.toMatchObject({
      code: AppError.unauthenticated().code,
    });
    // Organisation and PartyMember references are key-only stubs: their fields are guarded above.
    expect(SOURCING_REFERENCE_RESOLVERS.Organisation({ id: 'x' })).toEqual({ id: 'x' });
    expect(SOURCING_REFERENCE_RESOLVERS.PartyMember({ id: 'x' })).toEqual({ id: 'x' });
  });
});
