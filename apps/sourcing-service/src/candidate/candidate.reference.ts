import { AppError } from '@pdv/errors';
import type { SourcingContext } from '../context';
import { toCandidate } from './candidate.mapper';
import type { Candidate } from './candidate.type';

/**
 * Resolves `Candidate` entities for other subgraphs (training's enrolments, admission's
 * dossiers), batched per request. A candidate the caller may not see resolves to null, as
 * if it did not exist.
 */
export async function resolveCandidateReference(representation: { id: string }, ctx: SourcingContext): Promise<Candidate | null> {
  if (!ctx.identity) throw AppError.unauthenticated();
  const row = await ctx.loaders.candidate.load(representation.id);
  return row ? toCandidate(row) : null;
}
