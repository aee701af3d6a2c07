import DataLoader from 'dataloader';
import type { Identity } from '@pdv/auth';
import type { EntityManager } from '@pdv/persistence';
import type { Clock } from '@pdv/service-kit';
import { maskNationalId } from '@pdv/vn-identity';
import { newId } from '../common/ids';
import type { OrganisationScopes } from '../organisation/organisation.scopes';
import { AuditLogEntity, type AuditLogRow } from './audit-log.entity';
import { nationalIdVisibility } from './personal-data.policy';

export const READ_PERSONAL_DATA = 'READ_PERSONAL_DATA';

/**
 * Shows a national ID number unmasked only to a caller allowed to see it, and writes every
 * such read to audit_log before the value leaves the service (so a failed audit write fails
 * the field, never the audit). Reads in one request are written in one insert; the same
 * member and field is logged once per request.
 */
export class PersonalDataAccess {
  private readonly audit: DataLoader<string, true>;

  constructor(
    em: EntityManager,
    private readonly identity: Identity | null,
    private readonly scopes: OrganisationScopes,
    requestId: string,
    clock: Clock,
  ) {
    this.audit = new DataLoader<string, true>(async (keys) => {
      const at = clock.now();
      const rows: AuditLogRow[] = keys.map((key) => {
        const [subjectId, field] = key.split('|');
        return {
          id: newId(),
          occurredAt: at,
          actorId: identity?.userId ?? 'anonymous',
          actorRole: identity?.role ?? null,
          requestId,
          action: READ_PERSONAL_DATA,
          subjectType: 'PartyMember',
          subjectId,
          field,
        };
      });
      await em.insertMany(AuditLogEntity, rows);
      return keys.map(() => true as const);
    });
  }

  /** The value as this caller may see it; `field` names what is read, for the audit log. */
  async nationalId(memberId: string, homeCellId: string, value: string | null, field: string): Promise<string | null> {
    if (value === null) return null;
    if (!(await this.maySee(homeCellId))) return maskNationalId(value);
    await this.audit.load(`${memberId}|${field}`);
    return value;
  }

  private async maySee(homeCellId: string): Promise<boolean> {
    const visibility = nationalIdVisibility(this.identity);
    if (visibility === 'ALL') return true;
    if (visibility === 'NONE' || !this.identity?.scopeId) return false;
    return this.scopes.organisationWithin(homeCellId, this.identity.scopeId);
  }
}
