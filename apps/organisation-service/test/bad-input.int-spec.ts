import { signUserToken } from '@pdv/auth';
import { databaseSnapshot, runBadInputSuite, TEST_GATEWAY_JWT } from '@pdv/testing';
import { buildOrganisationSubgraph } from '../src/schema';
import { board, registerOrganisation, standing } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

// Every argument and input field of the schema, by type, through the real gateway.
describe('bad input to the organisation service', () => {
  let h: Harness;
  let wardId: string;

  beforeAll(async () => {
    h = await startHarness('bad input');
    wardId = await registerOrganisation(h, { parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'BI', name: 'Đảng bộ phường', validFrom: '2025-07-01' });
    // The suite compares the whole database before and after each case: nothing may still be on its way out.
    await h.service.relay.drain();
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('answers BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const boardToken = await signUserToken(board, TEST_GATEWAY_JWT, '10m');
    // The ward's policy values are the standing committee's; everything else the board may call.
    const standingToken = await signUserToken(standing, TEST_GATEWAY_JWT, '10m');
    const report = await runBadInputSuite({
      gatewayUrl: h.gateway.url,
      schema: (await buildOrganisationSubgraph()).schema,
      tokenFor: (field) => (field === 'updateOrganisationPolicy' ? standingToken : boardToken),
      snapshot: databaseSnapshot((query) => h.sql(query)),
      // A real organisation where an id must exist for the other fields to be looked at.
      validValues: { 'registerOrganisation.input.parentId': wardId },
    });
    expect(report.failures).toEqual([]);
    console.info(`bad-input suite: ${report.cases} cases`);
    expect(report.cases).toBeGreaterThan(300);
  }, 120_000);
});
