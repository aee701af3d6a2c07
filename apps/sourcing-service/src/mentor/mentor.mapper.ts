import type { MentorAssignmentRow } from './mentor.entity';
import { Mentor } from './mentor.type';

export function toMentor(row: MentorAssignmentRow): Mentor {
  return Object.assign(new Mentor(), {
    id: row.id,
    candidateId: row.candidateId,
    memberId: row.memberId,
    cellId: row.cellId,
    assignedOn: row.assignedOn,
    assignedAt: row.assignedAt,
    releasedOn: row.releasedOn,
    releaseReason: row.releaseReason,
  });
}
