import type { EntityManager } from '@pdv/persistence';
import { CandidateService } from './candidate/candidate.service';
import { PossibleDuplicateService } from './duplicate/possible-duplicate.service';
import { ReferralImportService } from './import/referral-import.service';
import { MassOrganisationService } from './mass-organisation/mass-organisation.service';
import { MentorService } from './mentor/mentor.service';
import { PolicyService } from './policy/policy.service';
import { QuotaService } from './quota/quota.service';
import { ReferralService } from './referral/referral.service';
import type { SourcingDeps } from './shared/deps';

/** The service classes, bound to one unit of work (a request, a message, a seed step). */
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

export function createServices(em: EntityManager, deps: SourcingDeps): SourcingServices {
  return {
    massOrganisations: new MassOrganisationService(em, deps),
    candidates: new CandidateService(em, deps),
    referrals: new ReferralService(em, deps),
    mentors: new MentorService(em, deps),
    quotas: new QuotaService(em, deps),
    duplicates: new PossibleDuplicateService(em, deps),
    imports: new ReferralImportService(em, deps),
    policy: new PolicyService(em, deps),
  };
}
