import { randomUUID } from 'node:crypto';
import { signUserToken } from '@pdv/auth';
import { databaseSnapshot, identityOf, runBadInputSuite, TEST_GATEWAY_JWT } from '@pdv/testing';
import { buildTrainingSubgraph } from '../src/schema';
import { type Harness, startHarness } from './support/harness';

// Every argument and input field of the schema, by type, through the real gateway: a new
// argument is covered without a test of its own.
describe('bad input to the training service', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('bad input');
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('answers BAD_USER_INPUT naming the field, and changes nothing', async () => {
    // The centre runs courses and records results, a cell secretary nominates; the board may call the rest.
    const board = await signUserToken(identityOf('PARTY_BUILDING_BOARD'), TEST_GATEWAY_JWT, '10m');
    const centre = await signUserToken(identityOf('TRAINING_CENTRE'), TEST_GATEWAY_JWT, '10m');
    const secretary = await signUserToken(identityOf('CELL_SECRETARY', randomUUID()), TEST_GATEWAY_JWT, '10m');
    const centreOperations = new Set([
      'scheduleCourse',
      'openCourse',
      'startCourse',
      'finishCourse',
      'cancelCourse',
      'recordAttendance',
      'recordResults',
      'uploadResultsSheet',
      'uploadAttendanceSheet',
      'invalidateCertificate',
      'correctCertificateIssueDate',
    ]);
    const report = await runBadInputSuite({
      gatewayUrl: h.gateway.url,
      schema: (await buildTrainingSubgraph()).schema,
      tokenFor: (field) => (centreOperations.has(field) ? centre : field === 'nominate' ? secretary : board),
      snapshot: databaseSnapshot((query) => h.sql(query)),
    });
    console.info(`bad-input suite: ${report.cases} cases`);
    expect(report.failures).toEqual([]);
    expect(report.cases).toBeGreaterThan(60);
  }, 120_000);
});
