import { EntitySchema } from '@pdv/persistence';

/** A supervision assignment as the organisation service announced it: the half-open days [validFrom, validTo). */
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
    { name: 'supervision_assignment_member_idx', properties: ['committeeMemberId'] },
    { name: 'supervision_assignment_organisation_idx', properties: ['organisationId'] },
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

/** A committee member's review of one unit for one month (`2026-M07`). */
export interface SupervisionReviewRow {
  id: string;
  organisationId: string;
  committeeMemberId: string;
  month: string;
  observed: string;
  problems: string | null;
  agreed: string | null;
  agreedBy: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export const SupervisionReviewEntity = new EntitySchema<SupervisionReviewRow>({
  name: 'SupervisionReviewRow',
  tableName: 'supervision_review',
  indexes: [{ name: 'supervision_review_month_idx', properties: ['month'] }],
  uniques: [{ name: 'supervision_review_unit_member_month_key', properties: ['organisationId', 'committeeMemberId', 'month'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid' },
    committeeMemberId: { type: 'uuid' },
    month: { type: 'string', columnType: 'text' },
    observed: { type: 'string', columnType: 'text' },
    problems: { type: 'string', columnType: 'text', nullable: true },
    agreed: { type: 'string', columnType: 'text', nullable: true },
    agreedBy: { type: 'string', columnType: 'date', nullable: true },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
