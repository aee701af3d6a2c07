import { EntitySchema } from '@pdv/persistence';

/** An admission dossier of one candidate in one cell, and its stage (DOSSIER_STATUSES of the domain). */
export interface DossierRow {
  id: string;
  candidateId: string;
  cellId: string;
  status: string;
  openedOn: string;
  /** The day it was rejected or withdrawn, and why; null while it goes on. */
  closedOn: string | null;
  closeReason: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const DossierEntity = new EntitySchema<DossierRow>({
  name: 'DossierRow',
  tableName: 'admission_dossier',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'admission_dossier_candidate_idx' },
    cellId: { type: 'uuid', index: 'admission_dossier_cell_idx' },
    status: { type: 'string', columnType: 'text' },
    openedOn: { type: 'string', columnType: 'date' },
    closedOn: { type: 'string', columnType: 'date', nullable: true },
    closeReason: { type: 'string', columnType: 'text', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
  indexes: [
    {
      // One dossier in progress per candidate (a closed one may be followed by a new one).
      name: 'admission_dossier_one_open',
      expression: `create unique index "admission_dossier_one_open" on "admission_dossier" ("candidate_id") where "status" in ('OPEN', 'CELL_RESOLVED', 'GRASSROOTS_RESOLVED', 'DECIDED', 'PROBATION')`,
    },
  ],
});

/** A paper of the dossier (DOSSIER_DOCUMENT_KINDS), once per kind: its date and the reference of its scan. */
export interface DossierDocumentRow {
  id: string;
  dossierId: string;
  kind: string;
  documentDate: string;
  fileReference: string | null;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const DossierDocumentEntity = new EntitySchema<DossierDocumentRow>({
  name: 'DossierDocumentRow',
  tableName: 'dossier_document',
  properties: {
    id: { type: 'uuid', primary: true },
    dossierId: { type: 'uuid' },
    kind: { type: 'string', columnType: 'text' },
    documentDate: { type: 'string', columnType: 'date' },
    fileReference: { type: 'string', columnType: 'text', nullable: true },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
  // One paper of each kind per dossier, even under concurrent requests.
  uniques: [{ name: 'dossier_document_kind_unique', properties: ['dossierId', 'kind'] }],
});
