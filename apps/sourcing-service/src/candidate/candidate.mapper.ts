import type { CandidateReviewRow, CandidateRow, CandidateStageRow } from './candidate.entity';
import { Candidate, CandidateReview, CandidateStageChange } from './candidate.type';

export function toCandidate(row: CandidateRow): Candidate {
  return Object.assign(new Candidate(), {
    id: row.id,
    fullName: row.fullName,
    birthYear: Number(row.dateOfBirth.slice(0, 4)),
    gender: row.gender,
    occupation: row.occupation,
    educationLevel: row.educationLevel,
    sourceCategory: row.sourceCategory,
    cellId: row.cellId,
    status: row.status,
    referredOn: row.referredOn,
    acceptedOn: row.acceptedOn,
    lastReviewedOn: row.lastReviewedOn,
    duplicateOfId: row.duplicateOfId,
    needsCellReassignment: row.cellReassignmentNeededSince !== null,
    cellReassignmentNeededSince: row.cellReassignmentNeededSince,
    createdAt: row.createdAt,
    row,
  });
}

export function toStageChange(row: CandidateStageRow): CandidateStageChange {
  return Object.assign(new CandidateStageChange(), {
    id: row.id,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    event: row.event,
    reason: row.reason,
    note: row.note,
    actorId: row.actorId,
    actorRole: row.actorRole,
    at: row.at,
  });
}

export function toCandidateReview(row: CandidateReviewRow): CandidateReview {
  return Object.assign(new CandidateReview(), { ...row });
}
