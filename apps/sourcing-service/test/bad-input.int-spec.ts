import { signUserToken } from '@pdv/auth';
import { databaseSnapshot, runBadInputSuite, TEST_GATEWAY_JWT } from '@pdv/testing';
import { buildSourcingSubgraph } from '../src/schema';
import { type Harness, startHarness } from './support/harness';
import { setUpWard, type TestWard } from './support/ward';

// Every argument and input field of the schema, by type, through the real gateway.
describe('bad input to the sourcing service', () => {
  let h: Harness;
  let ward: TestWard;

  beforeAll(async () => {
    h = await startHarness('sourcing_bad_input');
    ward = await setUpWard(h);
    // The suite compares the whole database before and after each case: nothing may still be on its way out.
    await h.service.relay.drain();
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('answers BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const token = async (who: keyof TestWard['who']) => signUserToken(ward.who[who] as NonNullable<TestWard['who'][typeof who]>, TEST_GATEWAY_JWT, '10m');
    const callers: Record<string, string> = { board: await token('board'), staff: await token('youthStaff'), secretary: await token('secretaryA') };
    // Referring is mass-organisation staff's, acting on candidates a cell secretary's; the board may call the rest.
    const roleOf: Record<string, keyof typeof callers> = { submitReferral: 'staff', importReferrals: 'staff', recordCandidateReview: 'secretary', releaseMentor: 'secretary' };
    const report = await runBadInputSuite({
      gatewayUrl: h.gateway.url,
      schema: (await buildSourcingSubgraph()).schema,
      tokenFor: (field) => callers[roleOf[field] ?? 'board'],
      snapshot: databaseSnapshot((query) => h.sql(query)),
      // The staff's own unit and a cell of the ward, so the checks past the scope are reached.
      validValues: {
        'submitReferral.input.massOrganisationId': ward.massOrganisations.youth,
        'submitReferral.input.cellId': ward.cellA,
        'importReferrals.input.massOrganisationId': ward.massOrganisations.youth,
      },
      // A quota's target is "a whole number, zero or more" by the quota rule (quotas-and-stats.int-spec).
      ruledBy: { 'setReferralQuota.input.target': 'SOURCING.QUOTA_TARGET' },
    });
    console.info(`bad-input suite: ${report.cases} cases`);
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThan(300);
  }, 120_000);
});
