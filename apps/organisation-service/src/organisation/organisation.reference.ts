import { localDateInVietnam } from '@pdv/calendar';
import { requireRole } from '@pdv/auth';
import { isUuid } from '@pdv/graphql';
import { ORGANISATION_READERS } from '../common/permissions';
import type { OrganisationContext } from '../context';
import { toOrganisation } from './organisation.mapper';
import type { Organisation } from './organisation.type';

/** Resolves `Organisation` entities (as they are today) for other subgraphs, batched per request. */
export async function resolveOrganisationReference(representation: { id: string }, ctx: OrganisationContext): Promise<Organisation | null> {
  requireRole(ctx.identity, ORGANISATION_READERS, 'read the organisation tree');
  if (!isUuid(representation.id)) return null;
  const today = localDateInVietnam(ctx.clock.now());
  const view = await ctx.loaders.organisationAsOf(today).load(representation.id);
  return view ? toOrganisation(view, today) : null;
}
