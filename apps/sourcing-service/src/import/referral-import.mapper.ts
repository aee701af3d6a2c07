import type { ReferralImportRow } from './referral-import.entity';
import { ReferralImportProblem, ReferralImportReport, ReferralImportRowReport } from './referral-import.type';

const toProblem = (p: { column: string; message: string }) => Object.assign(new ReferralImportProblem(), p);

export function toImportReport(row: ReferralImportRow): ReferralImportReport {
  return Object.assign(new ReferralImportReport(), {
    importId: row.id,
    massOrganisationId: row.massOrganisationId,
    fileName: row.fileName,
    format: row.format,
    mode: row.mode,
    totalRows: row.totalRows,
    imported: row.imported,
    duplicates: row.duplicates,
    errors: row.errors,
    committed: row.committed,
    importedAt: row.importedAt,
    durationMs: row.durationMs,
    fileWarnings: row.fileWarnings.map(toProblem),
    rows: row.rows.map((report) =>
      Object.assign(new ReferralImportRowReport(), {
        ...report,
        problems: report.problems.map(toProblem),
        warnings: report.warnings.map(toProblem),
      }),
    ),
  });
}
