import { EntitySchema } from '@pdv/persistence';

export const IMPORT_FORMATS = ['XLSX', 'CSV'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_ROW_STATUSES = ['IMPORTED', 'DUPLICATE', 'ERROR', 'SKIPPED'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** One problem of one row, in words the uploader understands; never the cell's value. */
export interface ImportProblem {
  column: string;
  message: string;
}

/** The outcome of one data row (row = its number in the spreadsheet, header is row 1). */
export interface ImportRowReport {
  row: number;
  status: ImportRowStatus;
  candidateId: string | null;
  referralId: string | null;
  /** true when the person was already a candidate and this referral was attached to them. */
  isRepeatReferral: boolean;
  problems: ImportProblem[];
  warnings: ImportProblem[];
}

/**
 * A spreadsheet import and its per-row report, kept so the uploader (and the board) can
 * see it again. The report holds row numbers, ids and problems, never a cell's value.
 */
export interface ReferralImportRow {
  id: string;
  massOrganisationId: string;
  fileName: string;
  format: ImportFormat;
  mode: ImportMode;
  consentNoticeVersion: string;
  totalRows: number;
  imported: number;
  duplicates: number;
  errors: number;
  /** false when ALL_OR_NOTHING refused the file: nothing from it was written. */
  committed: boolean;
  /** SHA-256 (hex) of the file's bytes: one committed import per file and mass organisation. */
  contentSha256: string | null;
  importedBy: string;
  importedAt: Date;
  durationMs: number;
  /** About the file as a whole (e.g. columns not in the template, which were ignored). */
  fileWarnings: ImportProblem[];
  rows: ImportRowReport[];
}

export const ReferralImportEntity = new EntitySchema<ReferralImportRow>({
  name: 'ReferralImportRow',
  tableName: 'referral_import',
  properties: {
    id: { type: 'uuid', primary: true },
    massOrganisationId: { type: 'uuid', index: 'referral_import_mass_organisation_idx' },
    fileName: { type: 'string', columnType: 'text' },
    format: { type: 'string', columnType: 'text' },
    mode: { type: 'string', columnType: 'text' },
    consentNoticeVersion: { type: 'string', columnType: 'text' },
    totalRows: { type: 'integer' },
    imported: { type: 'integer' },
    duplicates: { type: 'integer' },
    errors: { type: 'integer' },
    committed: { type: 'boolean' },
    contentSha256: { type: 'string', columnType: 'text', nullable: true },
    importedBy: { type: 'string', columnType: 'text' },
    importedAt: { type: 'Date', columnType: 'timestamptz' },
    durationMs: { type: 'integer' },
    fileWarnings: { type: 'json' },
    rows: { type: 'json' },
  },
  indexes: [
    {
      // The same file committed twice at once: the second waits for the intake lock, then
      // finds the first (the service answers CONFLICT); this index is the backstop.
      name: 'referral_import_committed_content_key',
      expression:
        'create unique index "referral_import_committed_content_key" on "referral_import" ("mass_organisation_id", "content_sha256") where "committed"',
    },
  ],
});
