import { EntitySchema } from '@pdv/persistence';

/**
 * Who read or changed which personal data of which candidate, and when (Decree 13/2023).
 * Append-only: a trigger refuses updates and deletes. Holds ids and field names only.
 */
export interface AuditLogRow {
  id: string;
  at: Date;
  actorId: string;
  actorRole: string;
  /** READ (a person saw the value) or CREATE (it was collected). */
  action: string;
  subjectType: string;
  subjectId: string;
  /** The personal-data field read (nationalId, phone, address, dateOfBirth). */
  field: string;
  requestId: string | null;
}

export const AuditLogEntity = new EntitySchema<AuditLogRow>({
  name: 'AuditLogRow',
  tableName: 'audit_log',
  properties: {
    id: { type: 'uuid', primary: true },
    at: { type: 'Date', columnType: 'timestamptz' },
    actorId: { type: 'string', columnType: 'text' },
    actorRole: { type: 'string', columnType: 'text' },
    action: { type: 'string', columnType: 'text' },
    subjectType: { type: 'string', columnType: 'text' },
    subjectId: { type: 'uuid' },
    field: { type: 'string', columnType: 'text' },
    requestId: { type: 'string', columnType: 'text', nullable: true },
  },
  indexes: [
    { name: 'audit_log_subject_idx', properties: ['subjectId', 'at'] },
    { name: 'audit_log_actor_idx', properties: ['actorId', 'at'] },
  ],
});
