import type { Identity, Role } from '@pdv/auth';
import { expectEveryResolverGuarded } from '@pdv/testing';
import type { OrganisationContext } from './context';
import { resolvePartyMemberReference } from './member/party-member.reference';
import { buildOrganisationSubgraph, ORGANISATION_RESOLVERS } from './schema';

/** Types that carry members or their personal data: the tree-only roles must never be granted them. */
const MEMBER_TYPES = ['PartyMember', 'PartyMemberConnection', 'MemberCounts', 'MemberMovement', 'MemberCorrection', 'SupervisionAssignment', 'RecordMemberMovementResult'];
const TREE_ONLY_ROLES: readonly Role[] = ['MASS_ORG_STAFF', 'TRAINING_CENTRE'];

const identityOf = (role: Role, scopeId: string | null = null): Identity => ({ userId: `test-${role.toLowerCase()}`, role, scopeId });

/** A context whose every data access fails: a reference resolver must decide before reading. */
const untouchable = (identity: Identity | null) => {
  const fail = () => {
    throw new Error('reached the data without authorisation');
  };
  return { identity, clock: { now: () => new Date('2026-07-15T03:00:00Z') }, services: { memberReads: { get: fail } }, loaders: { organisationAsOf: fail } } as unknown as OrganisationContext;
};
const ref = { id: '6f1c2a52-5d0e-4c8e-9f3e-1b2a3c4d5e6f' };

describe('every resolver of the organisation subgraph is guarded', () => {
  it('has @Allow on every resolver, never grants members to tree-only roles, and refuses anonymous references', async () => {
    const { schema } = await buildOrganisationSubgraph();
    await expectEveryResolverGuarded({
      schema,
      resolvers: ORGANISATION_RESOLVERS,
      entities: ['Organisation', 'PartyMember'],
      mustFind: ['PartyMemberResolver.member', 'PartyMemberMutationResolver.registerMember', 'PartyMemberFieldsResolver.nationalId'],
      restricted: { types: MEMBER_TYPES, roles: TREE_ONLY_ROLES },
      anonymousContext: untouchable(null),
    });
  });

  describe('the PartyMember reference resolver authorises the caller itself (no @Allow runs for _entities)', () => {
    it('tree-only roles → FORBIDDEN, before reading anything', async () => {
      for (const role of TREE_ONLY_ROLES) {
        await expect(resolvePartyMemberReference(ref, untouchable(identityOf(role, role === 'MASS_ORG_STAFF' ? ref.id : null)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('a cell secretary goes through the scoped read (which refuses members outside the subtree)', async () => {
      await expect(resolvePartyMemberReference(ref, untouchable(identityOf('CELL_SECRETARY', ref.id)))).rejects.toThrow('reached the data without authorisation');
    });
  });
});
