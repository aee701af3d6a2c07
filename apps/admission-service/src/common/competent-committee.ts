import { requireIdentity } from '@pdv/auth';
import { competentCommitteeOutcome, requireAllowed } from '@pdv/admission-domain';
import type { EntityManager } from '@pdv/persistence';
import { loadAdmissionPolicy } from './admission-policy';
import type { ServiceScope } from './service-scope';

/**
 * ADMISSION.COMPETENT_COMMITTEE: only the role the tree's policy names decides, extends its
 * deadlines and annuls (the board reaches these operations and is told which committee does).
 * Read in the write's own transaction (`em`), as every other policy value of the write is.
 */
export async function requireCompetentCommittee(scope: Pick<ServiceScope, 'identity'>, em: EntityManager): Promise<void> {
  const identity = requireIdentity(scope.identity);
  requireAllowed([competentCommitteeOutcome({ deciderRoles: [identity.role], policy: await loadAdmissionPolicy(em) })]);
}
