import { EntitySchema } from '@pdv/persistence';

/**
 * Who read which personal data of whom, when, in which request (Decree 13/2023/NĐ-CP:
 * record who read it). Append-only; holds ids and field names, never the values.
 */
export interface AuditLogRow {
  id: string;
  occurredAt: Date;
  actorId: string;
  actorRole: string | null;
  requestId: string;
  /** e.g. READ_PERSONAL_DATA */
  action: string;
  /** e.g. PartyMember */
  subjectType: string;
  subjectId: string;
  /** e.g. nationalId */
  field: string;
}

export const AuditLogEntity = new EntitySchema<AuditLogRow>({
  name: 'AuditLogRow',
  tableName: 'audit_log',
  properties: {
    id: { type: 'uuid', primary: true },
    occurredAt: { type: 'Date', columnType: 'timestamptz' },
    actorId: { type: 'string', columnType: 'text' },
    actorRole: { type: 'string', columnType: 'text', nullable: true },
    requestId: { type: 'string', columnType: 'text' },
    action: { type: 'string', columnType: 'text' },
    subjectType: { type: 'string', columnType: 'text' },
    subjectId: { type: 'uuid', index: 'audit_log_subject_idx' },
    field: { type: 'string', columnType: 'text' },
  },
  indexes: [{ name: 'audit_log_actor_idx', properties: ['actorId', 'occurredAt'] }],
});
