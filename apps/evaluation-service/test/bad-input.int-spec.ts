import { randomUUID } from 'node:crypto';
import { signUserToken } from '@pdv/auth';
import { databaseSnapshot, identityOf, runBadInputSuite, TEST_GATEWAY_JWT } from '@pdv/testing';
import { buildEvaluationSubgraph } from '../src/schema';
import { type Harness, startHarness } from './support/harness';

// Every argument and input field of the schema, by type, through the real gateway: a new
// argument is covered without a test of its own.
describe('bad input to the evaluation service', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('bad input');
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('answers BAD_USER_INPUT naming the field, and changes nothing', async () => {
    // The board may call every operation of the register; give an operation its own caller here when one is not the board's.
    const token = await signUserToken(identityOf('PARTY_BUILDING_BOARD'), TEST_GATEWAY_JWT, '10m');
    // Confirming is the standing committee's, a supervision review a committee member's (its scope names the member).
    const tokens: Record<string, string> = {
      confirmQualityRatings: await signUserToken(identityOf('WARD_STANDING_COMMITTEE'), TEST_GATEWAY_JWT, '10m'),
      recordSupervisionReview: await signUserToken(identityOf('COMMITTEE_MEMBER', randomUUID()), TEST_GATEWAY_JWT, '10m'),
    };
    const report = await runBadInputSuite({
      gatewayUrl: h.gateway.url,
      schema: (await buildEvaluationSubgraph()).schema,
      tokenFor: (field) => tokens[field] ?? token,
      snapshot: databaseSnapshot((query) => h.sql(query)),
      // A year outside the plan's term is refused by the targets' rule (targets-and-progress.int-spec).
      // A target's value out of range is refused by the target rules (targets-and-progress.int-spec).
      ruledBy: {
        'targets.year': 'EVALUATION.TARGET_YEAR_IN_TERM',
        'setTarget.input.year': 'EVALUATION.TARGET_YEAR_IN_TERM',
        'setTarget.input.minimum': 'EVALUATION.TARGET_VALUE',
        'setTarget.input.upper': 'EVALUATION.TARGET_VALUE',
        // A rating for a year outside the term, or not begun, is refused by its rule (ratings.int-spec).
        'recordQualityRating.input.year': 'EVALUATION.RATING_YEAR',
      },
    });
    console.info(`bad-input suite: ${report.cases} cases`);
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThan(20);
  }, 120_000);
});
