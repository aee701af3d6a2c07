import type { AdmissionCeremonyRow, AdmissionDecisionRow } from './decision.entity';
import { AdmissionDecision, Probation } from './decision.type';

export function toAdmissionDecision(row: AdmissionDecisionRow): AdmissionDecision {
  return Object.assign(new AdmissionDecision(), {
    dossierId: row.dossierId,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    workingDaysAfterResolution: row.workingDaysAfterResolution,
    late: row.late,
  });
}

export function toProbation(row: AdmissionCeremonyRow): Probation {
  return Object.assign(new Probation(), { dossierId: row.dossierId, startsOn: row.ceremonyDate, endsOn: row.probationEndsOn, mentorMemberId: row.mentorMemberId });
}
