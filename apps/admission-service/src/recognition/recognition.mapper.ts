import type { OfficialRecognitionRow } from './recognition.entity';
import { OfficialRecognition } from './recognition.type';

export function toOfficialRecognition(row: OfficialRecognitionRow): OfficialRecognition {
  return Object.assign(new OfficialRecognition(), {
    dossierId: row.dossierId,
    outcome: row.outcome,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    officialFrom: row.officialFrom,
    nameRemovedOn: row.nameRemovedOn,
    reason: row.reason,
    late: row.late,
  });
}
