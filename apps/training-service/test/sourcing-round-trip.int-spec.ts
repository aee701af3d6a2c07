import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { signUserToken, type Identity } from '@pdv/auth';
import { type GatewayProcess, type GraphQLResponse, postGraphQL, startGatewayProcess, TEST_GATEWAY_JWT, waitFor } from '@pdv/testing';
import { buildTrainingSubgraph } from '../src/schema';
import { type Harness, startHarness } from './support/harness';
import { type ServiceProcess, startServiceProcess } from './support/service-process';
import { announceOrganisation, onDay, session } from './support/world';

// The round trip over real NATS: the sourcing service (its own process, database and
// consumers) accepts a candidate; its event reaches training; training's nomination and
// certificate reach sourcing, which moves the candidate to IN_TRAINING, then TRAINED. One
// gateway over both subgraphs, as in production: Candidate.enrolments resolves across them.
describe('training and sourcing over NATS', () => {
  let h: Harness;
  let sourcing: ServiceProcess;
  let gateway: GatewayProcess;
  const ward = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a0001';
  const cell = '0b7a3e44-9a1c-4a57-9a35-3d1f7c3a0002';
  const who: Record<string, Identity> = {
    board: { userId: 'board-1', role: 'PARTY_BUILDING_BOARD', scopeId: null },
    centre: { userId: 'centre-1', role: 'TRAINING_CENTRE', scopeId: null },
    secretary: { userId: 'secretary-1', role: 'CELL_SECRETARY', scopeId: cell },
  };

  async function call<T>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const token = await signUserToken(identity, TEST_GATEWAY_JWT, '10m');
    const response: GraphQLResponse<T> = await postGraphQL<T>(gateway.url, query, variables, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
    if (response.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(response.errors)}`);
    return response.data!;
  }

  beforeAll(async () => {
    // Training's days lie after the real "today" sourcing runs on, so its facts are never older than sourcing's.
    h = await startHarness('round trip', { today: '2027-01-04' });
    sourcing = await startServiceProcess('sourcing', h.ns);
    const sourcingSdl = await readFile(path.resolve(__dirname, '../../sourcing-service/schema.graphql'), 'utf8');
    gateway = await startGatewayProcess([
      { name: 'training', sdl: (await buildTrainingSubgraph()).sdl, url: h.service.url },
      { name: 'sourcing', sdl: sourcingSdl, url: sourcing.url },
    ]);
    await announceOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await announceOrganisation(h, cell, ward, 'GRASSROOTS_CELL', 'CB-A');
  }, 150_000);

  afterAll(async () => {
    await gateway?.stop();
    await sourcing?.stop();
    await h?.stop();
  });

  it('moves a candidate accepted in sourcing to IN_TRAINING on nomination and to TRAINED on the certificate', async () => {
    const youth = await call<{ createMassOrganisation: { id: string } }>(who.board, `mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }`, {
      input: { kind: 'YOUTH_UNION', code: 'DTN', name: 'Đoàn Thanh niên phường' },
    });
    await call(who.board, `mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }`, {
      input: { version: 'ND13-2025-01', publishedAt: '2025-01-01T00:00:00Z', summary: 'Xử lý dữ liệu cá nhân của quần chúng được giới thiệu.' },
    });
    const staff: Identity = { userId: 'youth-staff-1', role: 'MASS_ORG_STAFF', scopeId: youth.createMassOrganisation.id };
    // The cell must have reached sourcing's read model before a referral can name it.
    const submitted = await waitFor(
      async () => {
        const token = await signUserToken(staff, TEST_GATEWAY_JWT, '10m');
        const response = await postGraphQL<{ submitReferral: { referral: { id: string }; candidate: { id: string } } }>(
          gateway.url,
          `mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } candidate { id } } }`,
          {
            input: {
              massOrganisationId: youth.createMassOrganisation.id,
              person: { fullName: 'Nguyễn Văn An', dateOfBirth: '1998-05-12', gender: 'MALE', nationalId: '001098123456', educationLevel: 'UNIVERSITY' },
              sourceCategory: 'MASS_ORGANISATION_MEMBER',
              cellId: cell,
              consent: { noticeVersion: 'ND13-2025-01', consentedAt: '2026-03-01T02:00:00Z' },
            },
          },
          { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        );
        return response.errors ? null : response.data!.submitReferral;
      },
      { what: 'sourcing to know the cell and take the referral', timeoutMs: 30_000 },
    );
    const candidateId = submitted.candidate.id;
    await call(who.secretary, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: submitted.referral.id });
    await waitFor(async () => (await h.sql('select 1 from candidate_read_model where id = ?::uuid and stage = ?', [candidateId, 'IN_SOURCE_POOL'])).length === 1, {
      what: 'sourcing’s candidate.accepted in training’s read model',
    });

    const institution = await call<{ registerInstitution: { id: string } }>(who.centre, `mutation { registerInstitution(input: { code: "TTCT-P", name: "Trung tâm Chính trị phường" }) { id } }`);
    const days = ['2027-01-11', '2027-01-12'];
    const course = await call<{ scheduleCourse: { id: string; sessions: { id: string }[] } }>(
      who.centre,
      `mutation($input: ScheduleCourseInput!) { scheduleCourse(input: $input) { id sessions { id } } }`,
      {
        input: { kind: 'AWARENESS', institutionId: institution.registerInstitution.id, title: 'Lớp bồi dưỡng nhận thức về Đảng', startsOn: days[0], endsOn: days[1], capacity: 10, location: 'Hội trường', sessions: days.map((day) => session(day)) },
      },
    );
    const courseId = course.scheduleCourse.id;
    await call(who.centre, `mutation($id: ID!) { openCourse(id: $id) { status } }`, { id: courseId });
    const nominated = await call<{ nominate: { id: string } }>(who.secretary, `mutation($input: NominateInput!) { nominate(input: $input) { id } }`, { input: { courseId, candidateId } });
    await call(who.board, `mutation($id: ID!) { approveNomination(id: $id) { status } }`, { id: nominated.nominate.id });

    const statusInSourcing = async () => (await call<{ candidate: { status: string } | null }>(who.board, `query($id: ID!) { candidate(id: $id) { status } }`, { id: candidateId })).candidate?.status;
    await waitFor(async () => (await statusInSourcing()) === 'IN_TRAINING', { what: 'sourcing to show the candidate IN_TRAINING', timeoutMs: 30_000 });

    onDay(h, days[0]);
    await call(who.centre, `mutation($id: ID!) { startCourse(id: $id) { status } }`, { id: courseId });
    onDay(h, days[1]);
    for (const sessionRow of course.scheduleCourse.sessions) {
      await call(who.centre, `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
        input: { sessionId: sessionRow.id, marks: [{ enrolmentId: nominated.nominate.id, mark: 'PRESENT' }] },
      });
    }
    const results = await call<{ recordResults: { ok: boolean; certificate: { verificationCode: string } | null }[] }>(
      who.centre,
      `mutation($input: RecordResultsInput!) { recordResults(input: $input) { ok certificate { verificationCode } } }`,
      { input: { rows: [{ enrolmentId: nominated.nominate.id, result: 'PASSED', score: 8.5 }] } },
    );
    expect(results.recordResults[0].ok).toBe(true);
    await waitFor(async () => (await statusInSourcing()) === 'TRAINED', { what: 'sourcing to show the candidate TRAINED', timeoutMs: 30_000 });

    // Across the two subgraphs through the gateway: sourcing's candidate with training's fields.
    const federated = await call<{ candidate: { status: string; enrolments: { status: string; result: string }[]; awarenessCertificate: { validUntil: string } | null } }>(
      who.board,
      `query($id: ID!) { candidate(id: $id) { status enrolments { status result } awarenessCertificate(validOn: "2027-01-12") { validUntil } } }`,
      { id: candidateId },
    );
    expect(federated.candidate).toEqual({ status: 'TRAINED', enrolments: [{ status: 'FINISHED', result: 'PASSED' }], awarenessCertificate: { validUntil: '2032-01-11' } });
  }, 150_000);
});
