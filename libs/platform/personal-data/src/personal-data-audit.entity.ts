import { EntitySchema } from '@pdv/persistence';

/** What happened to the personal data: read, collected (referral, import), or a refused match (possible probing). */
export const PERSONAL_DATA_OPERATIONS = ['READ', 'COLLECT', 'REFUSED_MATCH'] as const;
export type PersonalDataOperation = (typeof PERSONAL_DATA_OPERATIONS)[number];

/**
 * One entry of the personal-data audit trail (Decree 13/2023/NĐ-CP: record who read or
 * changed which personal data of whom, and when). Append-only: a trigger refuses updates,
 * deletes and truncation. Holds ids and field names, never the values.
 */
export interface PersonalDataAuditRow {
  id: string;
  occurredAt: Date;
  /** Opaque id of the user ('anonymous' if none). */
  actorId: string;
  actorRole: string | null;
  /** The request it happened in, to match with service logs (null for system work). */
  requestId: string | null;
  action: PersonalDataOperation;
  /** e.g. PartyMember, Candidate */
  subjectType: string;
  subjectId: string;
  /** e.g. nationalId, or personalData for a collection */
  field: string;
}

export const PersonalDataAuditEntity = new EntitySchema<PersonalDataAuditRow>({
  name: 'PersonalDataAuditRow',
  tableName: 'personal_data_audit',
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'Date', columnType: 'timestamptz' },
    actorId: { type: 'string', columnType: 'text' },
    actorRole: { type: 'string', columnType: 'text', nullable: true },
    requestId: { type: 'string', columnType: 'text', nullable: true },
    action: { type: 'string', columnType: 'text' },
    subjectType: { type: 'string', columnType: 'text' },
    subjectId: { type: 'uuid' },
    field: { type: 'string', columnType: 'text' },
  },
  indexes: [
    { name: 'personal_data_audit_subject_idx', properties: ['subjectId', 'occurredAt'] },
    { name: 'personal_data_audit_actor_idx', properties: ['actorId', 'occurredAt'] },
  ],
});
