import type { ExportDefinition } from '@pdv/exports';
import { admissionAwaitingDecisionExport } from './admission-awaiting-decision.export';
import { admissionDossierChecklistExport } from './admission-dossier-checklist.export';
import { candidateCardExport } from './candidate-card.export';
import { certificateExport } from './certificate.export';
import { courseAttendanceExport } from './course-attendance.export';
import { courseClassListExport } from './course-class-list.export';
import { periodReportExport } from './period-report.export';
import { sourcePoolExport } from './source-pool.export';

/**
 * Every export the gateway serves, one definition file each. `registry.spec.ts` checks each
 * committed operation against the committed supergraph, so a subgraph change that breaks an
 * export fails the gateway's tests, not a secretary's download.
 */
export const EXPORT_DEFINITIONS: readonly ExportDefinition[] = [
  sourcePoolExport,
  candidateCardExport,
  courseClassListExport,
  courseAttendanceExport,
  certificateExport,
  admissionAwaitingDecisionExport,
  admissionDossierChecklistExport,
  periodReportExport,
];
