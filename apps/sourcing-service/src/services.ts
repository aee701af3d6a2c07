import type { Identity } from '@pdv/auth';
import type { Actor } from '@pdv/contracts';
import type { EntityManager } from '@pdv/persistence';
import { auditActorOf, PersonalDataAuditTrail, PersonalDataReader } from '@pdv/personal-data';
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
import { SourcingScopes } from './mass-organisation/mass-organisation.scopes';

/** The service classes of one unit of work (a request, a message, a seed step), sharing its entity manager and caller. */
export interface SourcingServices {
  massOrganisations: MassOrganisationService;
  candidates: CandidateService;
  referrals: ReferralService;
  mentors: MentorService;
  quotas: QuotaService;
  duplicates: PossibleDuplicateService;
  imports: ReferralImportService;
  policy: PolicyService;
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
    policy: new PolicyService(scope),
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
  /** Shows personal fields as the policy allows and records each read; null for an anonymous request. */
  personalData: PersonalDataReader | null;
  scopes: SourcingScopes;
  loaders: SourcingLoaders;
  services: SourcingServices;
}

/** Builds what one request needs; called from the server's context factory. */
export function createRequestScope(parts: RequestParts): RequestScope {
  const caller = parts.identity ? callerFromIdentity(parts.identity, parts.requestId) : null;
  const scopes = new SourcingScopes(parts.em);
  const services = createServices({ em: parts.em, deps: parts.deps, caller });
  return {
    actor: actorOf(parts.identity),
    caller,
    // The audit trail writes on its own connection, outside any transaction of the request,
    // so a recorded read stays recorded.
    personalData: caller
      ? new PersonalDataReader(caller.identity, new PersonalDataAuditTrail(parts.auditEm, auditActorOf(caller), parts.deps.clock, parts.deps.newId), scopes)
      : null,
    scopes,
    loaders: createLoaders(parts.em, parts.identity, services),
    services,
  };
}
