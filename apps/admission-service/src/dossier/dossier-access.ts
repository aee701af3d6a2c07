import { assertRecordInScope, type Identity, requireIdentity } from '@pdv/auth';
import { AppError } from '@pdv/errors';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import type { EntityManager } from '@pdv/persistence';
import type { DossierRow } from './dossier.entity';
import { findDossierById } from './dossier.queries';

/**
 * The dossier a change is about, locked for the transaction, and in the caller's part of the
 * ward: outside it, it answers as an unknown id would (NOT_FOUND), so ids cannot be probed.
 */
export async function lockDossierInScope(
  em: EntityManager,
  identity: Identity | null,
  dossierId: string,
  notFound: () => AppError = () => AppError.notFound('AdmissionDossier', dossierId),
): Promise<DossierRow> {
  const dossier = await findDossierById(em, dossierId, { forUpdate: true });
  if (!dossier) throw notFound();
  await assertRecordInScope(requireIdentity(identity), dossier.cellId, new OrganisationReadModelScopes(em), notFound);
  return dossier;
}
