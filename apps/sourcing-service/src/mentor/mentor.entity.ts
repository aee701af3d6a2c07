import { EntitySchema } from '@pdv/persistence';

/**
 * A party member assigned to mentor (giúp đỡ) a candidate. Never deleted: a release closes
 * the row, so the history shows who mentored whom and when.
 */
export interface MentorAssignmentRow {
  id: string;
  candidateId: string;
  memberId: string;
  cellId: string;
  assignedOn: string;
  assignedAt: Date;
  assignedBy: string;
  releasedOn: string | null;
  releasedAt: Date | null;
  releasedBy: string | null;
  releaseReason: string | null;
}

export const MentorAssignmentEntity = new EntitySchema<MentorAssignmentRow>({
  name: 'MentorAssignmentRow',
  tableName: 'mentor_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    candidateId: { type: 'uuid', index: 'mentor_assignment_candidate_idx' },
    memberId: { type: 'uuid', index: 'mentor_assignment_member_idx' },
    cellId: { type: 'uuid' },
    assignedOn: { type: 'string', columnType: 'date' },
    assignedAt: { type: 'Date', columnType: 'timestamptz' },
    assignedBy: { type: 'string', columnType: 'text' },
    releasedOn: { type: 'string', columnType: 'date', nullable: true },
    releasedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    releasedBy: { type: 'string', columnType: 'text', nullable: true },
    releaseReason: { type: 'string', columnType: 'text', nullable: true },
  },
  indexes: [
    {
      // One open assignment per (candidate, member): the rule holds under concurrent requests too.
      name: 'mentor_assignment_open_key',
      expression:
        'create unique index "mentor_assignment_open_key" on "mentor_assignment" ("candidate_id", "member_id") where "released_on" is null',
    },
  ],
});
