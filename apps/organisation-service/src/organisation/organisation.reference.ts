import { localDateInVietnam } from '@pdv/service-kit';
import type { OrganisationContext } from '../context';
import { toOrganisation } from './organisation.mapper';
import type { Organisation } from './organisation.type';

/** Resolves `Organisation` entities for other subgraphs, batched per request. */
export async function resolveOrganisationReference(
  representation: { id: string },
  ctx: OrganisationContext,
): Promise<Organisation | null> {
  const today = localDateInVietnam(ctx.clock.now());
  const view = await ctx.loaders.organisationToday(today).load(representation.id);
  return view ? toOrganisation(view, today) : null;
}
