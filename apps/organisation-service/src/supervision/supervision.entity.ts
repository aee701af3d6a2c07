import { EntitySchema } from '@pdv/persistence';

/** A ward committee member assigned to follow an organisation over [validFrom, validTo). */
export interface SupervisionAssignmentRow {
  id: string;
  /** The party member id of the committee member. */
  committeeMemberId: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  assignedAt: Date;
  assignedBy: string;
  assignedByRole: string | null;
  endedAt: Date | null;
  endedBy: string | null;
  endedByRole: string | null;
}

export const SupervisionAssignmentEntity = new EntitySchema<SupervisionAssignmentRow>({
  name: 'SupervisionAssignmentRow',
  tableName: 'supervision_assignment',
  properties: {
    id: { type: 'uuid', primary: true },
    committeeMemberId: { type: 'uuid', index: 'supervision_assignment_member_idx' },
    organisationId: { type: 'uuid', index: 'supervision_assignment_organisation_idx' },
    validFrom: { type: 'string', columnType: 'date' },
    validTo: { type: 'string', columnType: 'date', nullable: true },
    note: { type: 'string', columnType: 'text', nullable: true },
    assignedAt: { type: 'Date', columnType: 'timestamptz' },
    assignedBy: { type: 'string', columnType: 'text' },
    assignedByRole: { type: 'string', columnType: 'text', nullable: true },
    endedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    endedBy: { type: 'string', columnType: 'text', nullable: true },
    endedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});
