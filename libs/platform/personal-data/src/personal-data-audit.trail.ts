import DataLoader from 'dataloader';
import type { Identity } from '@pdv/auth';
import { chunks, type EntityManager, executeBound, pgArray } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import type { PersonalDataOperation } from './personal-data-audit.entity';

/** Who acts, as the audit trail records it: an opaque id, the role, the request. */
export interface AuditActor {
  actorId: string;
  actorRole: string | null;
  requestId: string | null;
}

export function auditActorOf(caller: { identity: Identity | null; requestId: string | null }): AuditActor {
  return { actorId: caller.identity?.userId ?? 'anonymous', actorRole: caller.identity?.role ?? null, requestId: caller.requestId };
}

/** One thing done to one field of one record's personal data. */
export interface AuditRecord {
  action: PersonalDataOperation;
  subjectType: string;
  subjectId: string;
  field: string;
}

export interface AuditWrite {
  actor: AuditActor;
  at: Date;
  newId: () => string;
}

// Bounded so that one statement's arrays stay well under PostgreSQL's parameter sizes.
const INSERT_CHUNK = 5_000;

/**
 * Writes entries in one multi-row statement (per 5,000). Pass the caller's transaction when
 * the operation changes data, so the entry and the change commit or roll back together.
 */
export async function writePersonalDataAudit(em: EntityManager, write: AuditWrite, records: readonly AuditRecord[]): Promise<void> {
  for (const part of chunks(records, INSERT_CHUNK)) {
    await executeBound(
      em,
      `insert into personal_data_audit (id, occurred_at, actor_id, actor_role, request_id, action, subject_type, subject_id, field)
       select id, ?::timestamptz, ?, ?, ?, action, subject_type, subject_id, field
         from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::text[]) as t(id, action, subject_type, subject_id, field)`,
      [
        write.at.toISOString(),
        write.actor.actorId,
        write.actor.actorRole,
        write.actor.requestId,
        pgArray(part.map(() => write.newId())),
        pgArray(part.map((record) => record.action)),
        pgArray(part.map((record) => record.subjectType)),
        pgArray(part.map((record) => record.subjectId)),
        pgArray(part.map((record) => record.field)),
      ],
    );
  }
}

/**
 * The reads of personal data in one request. Reads in one GraphQL response are gathered and
 * written in one statement; each field waits for it, so a value never leaves the service
 * unless its read was recorded (a failed write fails the field, never the audit). The same
 * field of the same record is recorded once per request.
 */
export class PersonalDataAuditTrail {
  private readonly reads: DataLoader<string, true>;

  constructor(em: EntityManager, actor: AuditActor, clock: Clock, newId: () => string) {
    this.reads = new DataLoader<string, true>(async (keys) => {
      const records = keys.map((key): AuditRecord => {
        const [subjectType, subjectId, field] = JSON.parse(key) as [string, string, string];
        return { action: 'READ', subjectType, subjectId, field };
      });
      await writePersonalDataAudit(em, { actor, at: clock.now(), newId }, records);
      return keys.map(() => true as const);
    });
  }

  async recordRead(subjectType: string, subjectId: string, field: string): Promise<void> {
    await this.reads.load(JSON.stringify([subjectType, subjectId, field]));
  }
}

/** The same operation on one field of many records: a collection, or refused matches. */
export function auditRecords(action: PersonalDataOperation, subjectType: string, field: string, subjectIds: readonly string[]): AuditRecord[] {
  return subjectIds.map((subjectId) => ({ action, subjectType, subjectId, field }));
}
