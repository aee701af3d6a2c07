import { EntitySchema } from '@pdv/persistence';

/** A ward committee member assigned to supervise an organisation over [validFrom, validTo), as the organisation service announced it. */
export interface SupervisionAssignmentRow {
  assignmentId: string;
  committeeMemberId: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  lastEventAt: Date;
}

export const SupervisionAssignmentEntity = new EntitySchema<SupervisionAssignmentRow>({
  name: 'SupervisionAssignmentRow',
  tableName: 'supervision_assignment',
  indexes: [
    { name: 'supervision_assignment_organisation_idx', properties: ['organisationId'] },
    { name: 'supervision_assignment_member_idx', properties: ['committeeMemberId'] },
  ],
  properties: {
    assignmentId: { type: 'uuid', primary: true },
    committeeMemberId: { type: 'uuid' },
    organisationId: { type: 'uuid' },
    validFrom: { type: 'string', columnType: 'date' },
    validTo: { type: 'string', columnType: 'date', nullable: true },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
