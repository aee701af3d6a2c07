import { chunks, executeBound, pgArray } from '@pdv/persistence';
import DataLoader from 'dataloader';
import type { EntityManager } from '@pdv/persistence';
import type { Caller } from '../shared/caller';
import type { SourcingDeps } from '../shared/deps';

/** Personal-data fields whose reads are recorded. */
export type AuditedField = 'nationalId' | 'dateOfBirth' | 'phone' | 'address';

interface AuditEntry {
  subjectId: string;
  action: 'READ' | 'COLLECT' | 'REFUSED_MATCH';
  field: string;
}

const INSERT_CHUNK = 5_000;

async function insertEntries(em: EntityManager, deps: Pick<SourcingDeps, 'newId'>, caller: Caller, at: Date, entries: readonly AuditEntry[]): Promise<void> {
  for (const part of chunks(entries, INSERT_CHUNK)) {
    await executeBound(em, 
      `insert into audit_log (id, at, actor_id, actor_role, action, subject_type, subject_id, field, request_id)
       select id, ?::timestamptz, ?, ?, action, 'Candidate', subject_id, field, ?
         from unnest(?::uuid[], ?::text[], ?::uuid[], ?::text[]) as t(id, action, subject_id, field)`,
      [
        at.toISOString(),
        caller.identity.userId,
        caller.identity.role,
        caller.requestId,
        pgArray(part.map(() => deps.newId())),
        pgArray(part.map((entry) => entry.action)),
        pgArray(part.map((entry) => entry.subjectId)),
        pgArray(part.map((entry) => entry.field)),
      ],
    );
  }
}

/**
 * The personal-data audit trail of one request (Decree 13/2023: record who read what).
 * Reads in one GraphQL response are gathered and written in one statement; each field
 * resolver waits for it, so a value is never returned unless its read was recorded.
 */
export class AuditTrail {
  private readonly reads: DataLoader<string, true>;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: Pick<SourcingDeps, 'newId' | 'clock'>,
    private readonly caller: Caller,
  ) {
    this.reads = new DataLoader<string, true>(async (keys) => {
      const entries = keys.map((key) => {
        const [subjectId, field] = key.split('|');
        return { subjectId, field, action: 'READ' as const };
      });
      await insertEntries(this.em, this.deps, this.caller, this.deps.clock.now(), entries);
      return keys.map(() => true as const);
    });
  }

  /** Records that the caller read `field` of this candidate (once per request and field). */
  async recordRead(candidateId: string, field: AuditedField): Promise<void> {
    await this.reads.load(`${candidateId}|${field}`);
  }

  /** Records that the caller collected these candidates' personal data (a referral or import). */
  static async recordCollection(tx: EntityManager, deps: Pick<SourcingDeps, 'newId'>, caller: Caller, candidateIds: readonly string[], at: Date): Promise<void> {
    await insertEntries(
      tx,
      deps,
      caller,
      at,
      candidateIds.map((subjectId) => ({ subjectId, action: 'COLLECT', field: 'personalData' })),
    );
  }

  /**
   * Records that the caller submitted a national ID number held for another person (the name,
   * date of birth or gender did not agree), so the board can spot anyone probing for people
   * by ID number. Written on `em` outside the refused request's transaction, which rolls back.
   */
  static async recordRefusedMatches(em: EntityManager, deps: Pick<SourcingDeps, 'newId'>, caller: Caller, candidateIds: readonly string[], at: Date): Promise<void> {
    if (candidateIds.length === 0) return;
    await insertEntries(
      em,
      deps,
      caller,
      at,
      candidateIds.map((subjectId) => ({ subjectId, action: 'REFUSED_MATCH', field: 'nationalId' })),
    );
  }
}
