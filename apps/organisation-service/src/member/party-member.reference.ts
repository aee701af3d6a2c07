import { localDateInVietnam } from '@pdv/calendar';
import { requireRole } from '@pdv/auth';
import { isUuid } from '@pdv/graphql';
import { MEMBER_READERS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toPartyMember } from './party-member.mapper';
import type { PartyMember } from './party-member.type';

/**
 * Resolves `PartyMember` entities for other subgraphs, batched per request. Reference
 * resolution bypasses the query's @Allow, so the same rule is applied here: member readers
 * only, and cell secretaries only inside their subtree.
 */
export async function resolvePartyMemberReference(representation: { id: string }, ctx: OrganisationContext): Promise<PartyMember | null> {
  requireRole(ctx.identity, MEMBER_READERS, 'read party members');
  if (!isUuid(representation.id)) return null;
  const row = await ctx.services.memberReads.get(representation.id);
  return row ? toPartyMember(row, localDateInVietnam(ctx.clock.now())) : null;
}
