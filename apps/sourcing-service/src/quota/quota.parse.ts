import { parseYear } from '@pdv/graphql';
import type { SetReferralQuotaInput } from './quota.input';

/**
 * GraphQL input → a quota command. A year no calendar has is bad input here; a year outside
 * the plan or a negative target breaks the quota rule (SOURCING.QUOTA_TARGET), which the
 * service checks against the policy.
 */

export interface SetQuotaCommand {
  massOrganisationId: string;
  year: number;
  target: number;
  /** The seed passes deterministic ids; the API never does. */
  id?: string;
}

export function parseSetReferralQuota(input: SetReferralQuotaInput): SetQuotaCommand {
  return { massOrganisationId: input.massOrganisationId, year: parseYear(input.year, 'input.year'), target: input.target };
}
