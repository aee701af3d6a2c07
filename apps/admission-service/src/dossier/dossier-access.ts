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

/** What a vote changes on a dossier: its stage and how many votes it holds. */
async function voteVersion(em: EntityManager, dossierId: string): Promise<{ status: string; votes: number } | null> {
  const [row] = await em.execute<{ status: string; votes: string }[]>(
    `select d.status, (select count(*) from cell_resolution r where r.dossier_id = d.id) + (select count(*) from grassroots_resolution g where g.dossier_id = d.id) as votes
       from admission_dossier d where d.id = ?::uuid`,
    [dossierId],
  );
  return row ? { status: row.status, votes: Number(row.votes) } : null;
}

/**
 * The dossier locked for a vote, as lockDossierInScope, refusing with CONFLICT a vote that had
 * to wait for another one on the same dossier: what the request read before the lock is
 * compared with what it holds after, and the answer says what changed (the stage, the votes),
 * so the secretary reloads rather than votes twice. Nothing is written then.
 */
export async function lockDossierForVote(em: EntityManager, identity: Identity | null, dossierId: string): Promise<DossierRow> {
  const before = await voteVersion(em, dossierId);
  const dossier = await lockDossierInScope(em, identity, dossierId);
  const after = await voteVersion(em, dossierId);
  if (before && after && (before.status !== after.status || before.votes !== after.votes)) {
    throw AppError.conflict(
      `Another vote on this dossier was recorded meanwhile: its stage went from ${before.status} to ${after.status} and it now holds ${after.votes} vote(s) instead of ${before.votes}. Reload the dossier before recording again.`,
      { dossierId, statusBefore: before.status, statusNow: after.status, votesBefore: before.votes, votesNow: after.votes },
    );
  }
  return dossier;
}
