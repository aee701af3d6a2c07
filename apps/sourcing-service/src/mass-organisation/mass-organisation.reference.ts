import { AppError } from '@pdv/errors';
import type { SourcingContext } from '../context';
import { toMassOrganisation } from './mass-organisation.mapper';
import type { MassOrganisation } from './mass-organisation.type';

/** Resolves `MassOrganisation` entities for other subgraphs (evaluation's quota views), batched per request. */
export async function resolveMassOrganisationReference(representation: { id: string }, ctx: SourcingContext): Promise<MassOrganisation | null> {
  if (!ctx.identity) throw AppError.unauthenticated();
  const row = await ctx.loaders.massOrganisation.load(representation.id);
  return row ? toMassOrganisation(row) : null;
}
