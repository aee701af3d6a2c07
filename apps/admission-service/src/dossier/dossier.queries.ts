import type { EntityManager } from '@pdv/persistence';
import type { DossierDocumentRow, DossierRow } from './dossier.entity';

const DOSSIER_COLUMNS = `d.id, d.candidate_id as "candidateId", d.cell_id as "cellId", d.status, to_char(d.opened_on, 'YYYY-MM-DD') as "openedOn",
  d.recorded_at as "recordedAt", d.recorded_by as "recordedBy", d.recorded_by_role as "recordedByRole"`;

type Raw<T extends { recordedAt: Date }> = Omit<T, 'recordedAt'> & { recordedAt: string | Date };
const withDate = <T extends { recordedAt: Date }>(raw: Raw<T>): T => ({ ...raw, recordedAt: new Date(raw.recordedAt) }) as T;

export async function findDossierById(em: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<DossierRow | null> {
  const [raw] = await em.execute<Raw<DossierRow>[]>(`select ${DOSSIER_COLUMNS} from admission_dossier d where d.id = ?::uuid${options.forUpdate ? ' for update' : ''}`, [id]);
  return raw ? withDate(raw) : null;
}

/** The candidate's dossier in progress (at most one: a partial unique index), or null. */
export async function findDossierInProgress(em: EntityManager, candidateId: string): Promise<DossierRow | null> {
  const [raw] = await em.execute<Raw<DossierRow>[]>(
    `select ${DOSSIER_COLUMNS} from admission_dossier d
      where d.candidate_id = ?::uuid and d.status in ('OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED', 'PROBATION')`,
    [candidateId],
  );
  return raw ? withDate(raw) : null;
}

export async function findDocumentsOf(em: EntityManager, dossierId: string): Promise<DossierDocumentRow[]> {
  const rows = await em.execute<Raw<DossierDocumentRow>[]>(
    `select id, dossier_id as "dossierId", kind, to_char(document_date, 'YYYY-MM-DD') as "documentDate", file_reference as "fileReference",
       recorded_at as "recordedAt", recorded_by as "recordedBy", recorded_by_role as "recordedByRole"
     from dossier_document where dossier_id = ?::uuid`,
    [dossierId],
  );
  return rows.map(withDate);
}
