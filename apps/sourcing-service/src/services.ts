import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { AuditLogService } from './audit/audit-log.service';
import { AuditTrail } from './audit/audit-trail';
import { CandidateService } from './candidate/candidate.service';
import { actorOf, type Caller, callerFromIdentity } from './common/caller';
import type { ServiceScope, SourcingDeps } from './common/service-scope';
import { PossibleDuplicateService } from './duplicate/possible-duplicate.service';
import { ReferralImportService } from './import/referral-import.service';
import { createLoaders, type SourcingLoaders } from './loaders';
import { MassOrganisationService } from './mass-organisation/mass-organisation.service';
import { MentorService } from './mentor/mentor.service';
import { PolicyService } from './policy/policy.service';
import { QuotaService } from './quota/quota.service';
import { ReferralService } from './referral/referral.service';
import { SourcingScopes } from './shared/scopes';

/** The service classes of one unit of work (a request, a message, a seed step), sharing its entity manager. */
export interface SourcingServices {
  massOrganisations: MassOrganisationService;
  candidates: CandidateService;
  referrals: ReferralService;
  mentors: MentorService;
  quotas: QuotaService;
  duplicates: PossibleDuplicateService;
  imports: ReferralImportService;
  policy: PolicyService;
  auditLog: AuditLogService;
}

export function createServices(scope: ServiceScope): SourcingServices {
  return {
    massOrganisations: new MassOrganisationService(scope),
    candidates: new CandidateService(scope),
    referrals: new ReferralService(scope),
    mentors: new MentorService(scope),
    quotas: new QuotaService(scope),
    duplicates: new PossibleDuplicateService(scope),
    imports: new ReferralImportService(scope),
    policy: new PolicyService(scope.em, scope.deps),
    auditLog: new AuditLogService(scope.em),
  };
}

export interface RequestParts {
  em: EntityManager;
  /** The audit trail's own unit of work, outside any transaction of the request. */
  auditEm: EntityManager;
  identity: Identity | null;
  requestId: string;
  deps: SourcingDeps;
}

export interface RequestScope {
  actor: Actor;
  /** The verified caller; null only for an anonymous request (which @Allow refuses). */
  caller: Caller | null;
  /** Records reads of personal data; null for an anonymous request. */
  audit: AuditTrail | null;
  scopes: SourcingScopes;
  loaders: SourcingLoaders;
  services: SourcingServices;
}

/** Builds what one request needs; called from the server's context factory. */
export function createRequestScope(parts: RequestParts): RequestScope {
  const caller = parts.identity ? callerFromIdentity(parts.identity, parts.requestId) : null;
  return {
    actor: actorOf(parts.identity),
    caller,
    // The audit trail writes on its own connection, outside any transaction of the request,
    // so a recorded read stays recorded.
    audit: caller ? new AuditTrail(parts.auditEm, parts.deps, caller) : null,
    scopes: new SourcingScopes(parts.em),
    loaders: createLoaders(parts.em, parts.identity),
    services: createServices({ em: parts.em, deps: parts.deps }),
  };
}
