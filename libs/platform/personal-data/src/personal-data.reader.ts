import type { Identity } from '@pdv/auth';
import { maskNationalId } from '@pdv/vn-identity';
import type { PersonalDataAuditTrail } from './personal-data-audit.trail';
import { type PersonalField, type PersonalFieldAccess, personalFieldAccess, type PersonalRecordType } from './personal-data.policy';

/** The record a personal field belongs to, with what the policy's conditions need. */
export interface PersonalRecordRef<T extends PersonalRecordType = PersonalRecordType> {
  type: T;
  id: string;
  /** The organisation holding the record (for SHOWN_IN_SCOPE). */
  organisationId?: string;
  /** Whether the caller's own organisation collected it (for SHOWN_IF_OWN_COLLECTION). */
  ownCollection?: () => Promise<boolean>;
}

/** Answers "is this organisation in the subtree rooted at the caller's scope". */
export interface OrganisationScopeCheck {
  organisationWithin(organisationId: string, scopeRootId: string): Promise<boolean>;
}

/**
 * The gate every personal field of one request passes: the policy decides, and a value
 * shown is recorded in the audit trail before it is returned.
 */
export class PersonalDataReader {
  constructor(
    private readonly identity: Identity | null,
    private readonly trail: PersonalDataAuditTrail,
    private readonly scopes: OrganisationScopeCheck,
  ) {}

  access<T extends PersonalRecordType>(type: T, field: PersonalField<T>): PersonalFieldAccess {
    return personalFieldAccess(type, field, this.identity);
  }

  /** A national ID as this caller may see it: in full (recorded) or masked. */
  async nationalId<V extends string | null>(record: PersonalRecordRef, value: V, auditField = 'nationalId'): Promise<V> {
    if (value === null) return value;
    return ((await this.reveal(record, 'nationalId', auditField)) ? value : maskNationalId(value)) as V;
  }

  /** Any other personal field: the value (recorded), or null when this caller may not see it. */
  async field<T extends PersonalRecordType>(record: PersonalRecordRef<T>, field: PersonalField<T>, value: string | null): Promise<string | null> {
    if (value === null) return null;
    return (await this.reveal(record, field, field)) ? value : null;
  }

  private async reveal<T extends PersonalRecordType>(record: PersonalRecordRef<T>, field: PersonalField<T>, auditField: string): Promise<boolean> {
    if (!(await this.allowed(record, field))) return false;
    await this.trail.recordRead(record.type, record.id, auditField);
    return true;
  }

  private async allowed<T extends PersonalRecordType>(record: PersonalRecordRef<T>, field: PersonalField<T>): Promise<boolean> {
    switch (personalFieldAccess(record.type, field, this.identity)) {
      case 'SHOWN':
        return true;
      case 'MASKED':
        return false;
      case 'SHOWN_IN_SCOPE': {
        const scopeId = this.identity?.scopeId;
        if (!scopeId || record.organisationId === undefined) return false;
        return this.scopes.organisationWithin(record.organisationId, scopeId);
      }
      case 'SHOWN_IF_OWN_COLLECTION':
        return record.ownCollection !== undefined && record.ownCollection();
    }
  }
}
