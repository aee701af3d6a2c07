import type { AppError } from '@pdv/errors';
import { DEFAULT_ORGANISATION_POLICY } from '@pdv/organisation-domain';
import { checkPolicy } from './organisation-policy.service';

describe('checkPolicy', () => {
  it('accepts the defaults', () => {
    expect(() => checkPolicy(DEFAULT_ORGANISATION_POLICY)).not.toThrow();
  });

  it('refuses values that would disable a rule, listing each', () => {
    try {
      checkPolicy({ maxFutureDays: -1, planTerm: { firstYear: 2030, lastYear: 2025 }, minOfficialMembersToVote: 0.5 });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as AppError).problems?.map((p) => p.field)).toEqual(['input.maxFutureDays', 'input.minOfficialMembersToVote', 'input.planLastYear']);
    }
  });
});
