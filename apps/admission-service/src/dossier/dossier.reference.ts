import { requireIdentity } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { DOSSIER_HANDLERS } from '../common/permissions';
import type { AdmissionContext } from '../context';
import { toAdmissionDossier } from './dossier.mapper';
import type { AdmissionDossier } from './dossier.type';

/**
 * Resolves `AdmissionDossier` entities for other subgraphs, batched per request: only the
 * roles that handle dossiers, and a cell secretary only in their part of the ward (null
 * elsewhere, as for an unknown id).
 */
export async function resolveAdmissionDossierReference(representation: { id: string }, ctx: AdmissionContext): Promise<AdmissionDossier | null> {
  const identity = requireIdentity(ctx.identity);
  if (!DOSSIER_HANDLERS.includes(identity.role)) throw AppError.forbidden('Only the roles that handle admission dossiers see them.');
  const view = await ctx.services.dossiers.load(representation.id);
  return view ? toAdmissionDossier(view) : null;
}
