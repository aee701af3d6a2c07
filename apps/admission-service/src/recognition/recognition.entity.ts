import { EntitySchema } from '@pdv/persistence';

/** The committee's decision at the end of probation (step 11): recognised as official, or the name removed. */
export interface OfficialRecognitionRow {
  dossierId: string;
  outcome: 'RECOGNISED' | 'NAME_REMOVED';
  decisionNumber: string;
  decisionDate: string;
  /** The end of the 12 months, however late the decision; null when the name was removed. */
  officialFrom: string | null;
  /** The day the name left the probationary list; null when recognised. */
  nameRemovedOn: string | null;
  /** Why the name was removed (kept here, never published); null when recognised. */
  reason: string | null;
  /** Made after its 30 working days (plus any extension) from the cell's recognition resolution. */
  late: boolean;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
}

export const OfficialRecognitionEntity = new EntitySchema<OfficialRecognitionRow>({
  name: 'OfficialRecognitionRow',
  tableName: 'official_recognition',
  properties: {
    dossierId: { type: 'uuid', primary: true },
    outcome: { type: 'string', columnType: 'text' },
    decisionNumber: { type: 'string', columnType: 'text' },
    decisionDate: { type: 'string', columnType: 'date' },
    officialFrom: { type: 'string', columnType: 'date', nullable: true },
    nameRemovedOn: { type: 'string', columnType: 'date', nullable: true },
    reason: { type: 'string', columnType: 'text', nullable: true },
    late: { type: 'boolean' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** The member the organisation service registered for an admitted candidate (organisation.member.registered). */
export interface AdmittedMemberRow {
  candidateId: string;
  memberId: string;
  registeredAt: Date;
}

export const AdmittedMemberEntity = new EntitySchema<AdmittedMemberRow>({
  name: 'AdmittedMemberRow',
  tableName: 'admitted_member',
  properties: {
    candidateId: { type: 'uuid', primary: true },
    memberId: { type: 'uuid', unique: 'admitted_member_member_unique' },
    registeredAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
