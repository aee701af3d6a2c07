import { requireIdentity } from '@pdv/auth';
import { competentCommitteeOutcome, DEFAULT_ADMISSION_POLICY, requireAllowed } from '@pdv/admission-domain';
import type { ServiceScope } from './service-scope';

/**
 * ADMISSION.COMPETENT_COMMITTEE: only the role the tree's policy names decides, extends its
 * deadlines and annuls (the board reaches these operations and is told which committee does).
 */
export function requireCompetentCommittee(scope: ServiceScope): void {
  const identity = requireIdentity(scope.identity);
  requireAllowed([competentCommitteeOutcome({ deciderRoles: [identity.role], policy: DEFAULT_ADMISSION_POLICY })]);
}
