import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { type Identity, signUserToken } from '@pdv/auth';
import { STREAMS } from '@pdv/contracts';
import { setFileClock } from '@pdv/service-kit';
import {
  type GatewayProcess,
  type GraphQLResponse,
  identityOf,
  postGraphQL,
  type ServiceProcess,
  startGatewayProcess,
  startServiceProcess,
  TEST_GATEWAY_JWT,
  TEST_NATS_URL,
  testEventNamespace,
  waitFor,
  workspaceRoot,
} from '@pdv/testing';

// The complete journey of one person, through the gateway with each role's token, by events
// over real NATS between the services, each its own process on its own database and this
// suite's subject prefix: referral → source pool → awareness course (nomination, result,
// certificate) → admission dossier (papers, verification, introductions) → the cell's vote →
// the standing committee's decision → ceremony → PROBATIONARY in the organisation service and
// ADMITTED in sourcing → new-member course → twelve months later the recognition vote and
// decision → OFFICIAL from the end of the 12 months, though the decision came weeks later.
//
// Every service runs on one test clock, the file TEST_CLOCK_FILE names, moved here from day to
// day. The days lie in the past of the real clock (which stamps the events' occurredAt), so the
// services see facts in the order they happened.

const SERVICES = ['organisation', 'sourcing', 'training', 'admission'] as const;
const EVENTUAL_MS = 30_000;
jest.setTimeout(240_000);

let ns: string;
let clockDir: string;
let clockFile: string;
const running: Partial<Record<(typeof SERVICES)[number], ServiceProcess>> = {};
let gateway: GatewayProcess;

/** 10:00 in Hanoi on `day`, for every service at once. */
function onDay(day: string): void {
  setFileClock(clockFile, `${day}T03:00:00Z`);
}

async function call<T = Record<string, unknown>>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  const token = await signUserToken(identity, TEST_GATEWAY_JWT, '10m');
  return postGraphQL<T>(gateway.url, query, variables, { 'content-type': 'application/json', authorization: `Bearer ${token}` });
}

/** An operation that must go through: its data. */
async function ok<T = Record<string, unknown>>(identity: Identity, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await call<T>(identity, query, variables);
  if (response.errors) throw new Error(`${query.replace(/\s+/g, ' ').slice(0, 80)}…: ${JSON.stringify(response.errors)}`);
  return response.data!;
}

/** Asks again until `accept` takes the answer: what another service learns by event arrives within seconds. */
function eventually<T>(what: string, identity: Identity, query: string, variables: Record<string, unknown>, accept: (data: T) => boolean): Promise<T> {
  return waitFor(
    async () => {
      const response = await call<T>(identity, query, variables);
      return !response.errors && accept(response.data!) ? response.data! : null;
    },
    { what, timeoutMs: EVENTUAL_MS, intervalMs: 250 },
  );
}

beforeAll(async () => {
  ns = testEventNamespace();
  clockDir = await mkdtemp(path.join(tmpdir(), 'pdv-journey-'));
  clockFile = path.join(clockDir, 'now');
  onDay('2025-08-04');
  const started = await Promise.allSettled(
    SERVICES.map(async (service) => {
      running[service] = await startServiceProcess(service, { eventNamespace: ns, label: 'journey', environment: { TEST_CLOCK_FILE: clockFile } });
    }),
  );
  const failed = started.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  // The committed subgraph schemas, as the gateway serves them in production (the evaluation service is not part of this journey).
  const subgraphs = await Promise.all(
    SERVICES.map(async (name) => ({ name, sdl: await readFile(path.join(workspaceRoot(), `apps/${name}-service/schema.graphql`), 'utf8'), url: running[name]!.url })),
  );
  gateway = await startGatewayProcess(subgraphs);
}, 180_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all(Object.values(running).map((service) => service?.stop()));
  // The suite's streams go with it, so test runs do not pile up in the shared NATS.
  const nc = await connect({ servers: TEST_NATS_URL });
  const jsm = await jetstreamManager(nc);
  for (const stream of [...Object.keys(STREAMS), 'DEADLETTER']) await jsm.streams.delete(`${ns}_${stream}`).catch(() => false);
  await nc.close();
  if (clockDir) await rm(clockDir, { recursive: true, force: true });
});

describe('the journey from referral to official member', () => {
  const board = identityOf('PARTY_BUILDING_BOARD');
  const standing = identityOf('WARD_STANDING_COMMITTEE');
  const centre = identityOf('TRAINING_CENTRE');
  const person = { fullName: 'Nguyễn Văn An', dateOfBirth: '1998-05-12', gender: 'MALE', nationalId: '001098123456', educationLevel: 'UNIVERSITY' };
  let cell: string;
  let secretary: Identity;
  let officials: string[];
  let candidateId: string;
  let memberId: string;
  let institutionId: string;
  let dossierId: string;

  /** Schedules and opens a course with one session a day; nominates and approves `who`; runs it; the certificate. */
  async function course(kind: 'AWARENESS' | 'NEW_MEMBER', scheduledOn: string, days: string[], who: { candidateId: string } | { memberId: string }): Promise<{ issuedOn: string }> {
    onDay(scheduledOn);
    const title = kind === 'AWARENESS' ? 'Lớp bồi dưỡng nhận thức về Đảng' : 'Lớp bồi dưỡng đảng viên mới';
    const { scheduleCourse } = await ok<{ scheduleCourse: { id: string; sessions: { id: string }[] } }>(
      centre,
      'mutation($input: ScheduleCourseInput!) { scheduleCourse(input: $input) { id sessions { id } } }',
      {
        input: {
          kind,
          institutionId,
          title,
          startsOn: days[0],
          endsOn: days.at(-1),
          capacity: 30,
          location: 'Hội trường Đảng ủy phường',
          sessions: days.map((date) => ({ date, startsAt: '08:00', endsAt: '11:00', topic: `Chuyên đề ngày ${date}` })),
        },
      },
    );
    await ok(centre, 'mutation($id: ID!) { openCourse(id: $id) { status } }', { id: scheduleCourse.id });
    // The cell nominates once training knows the person (sourcing's or the organisation service's event).
    const nominated = await waitFor(
      async () => {
        const response = await call<{ nominate: { id: string } }>(secretary, 'mutation($input: NominateInput!) { nominate(input: $input) { id } }', {
          input: { courseId: scheduleCourse.id, candidateId: null, memberId: null, ...who },
        });
        return response.errors ? null : response.data!.nominate;
      },
      { what: `training to know the ${kind === 'AWARENESS' ? 'candidate' : 'member'} and take the nomination`, timeoutMs: EVENTUAL_MS, intervalMs: 250 },
    );
    await ok(board, 'mutation($id: ID!) { approveNomination(id: $id) { status } }', { id: nominated.id });
    onDay(days[0]);
    await ok(centre, 'mutation($id: ID!) { startCourse(id: $id) { status } }', { id: scheduleCourse.id });
    setFileClock(clockFile, `${days.at(-1)}T09:00:00Z`);
    for (const session of scheduleCourse.sessions) {
      await ok(centre, 'mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }', { input: { sessionId: session.id, marks: [{ enrolmentId: nominated.id, mark: 'PRESENT' }] } });
    }
    const { recordResults } = await ok<{ recordResults: { ok: boolean; certificate: { issuedOn: string } | null }[] }>(
      centre,
      'mutation($input: RecordResultsInput!) { recordResults(input: $input) { ok certificate { issuedOn } } }',
      { input: { rows: [{ enrolmentId: nominated.id, result: 'PASSED', score: 8.5 }] } },
    );
    expect(recordResults).toEqual([{ ok: true, certificate: { issuedOn: days.at(-1) } }]);
    await ok(centre, 'mutation($id: ID!) { finishCourse(id: $id) { status } }', { id: scheduleCourse.id });
    return recordResults[0].certificate!;
  }

  it('sets up the ward: a cell of three official members, a mass organisation, the privacy notice, the political centre', async () => {
    const register = async (input: Record<string, unknown>) =>
      (await ok<{ registerOrganisation: { id: string } }>(board, 'mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }', { input })).registerOrganisation.id;
    const ward = await register({ parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'JW', name: 'Đảng bộ phường', validFrom: '2025-01-01', reason: 'Quyết định thành lập' });
    cell = await register({ parentId: ward, kind: 'GRASSROOTS_CELL', sector: 'ADMINISTRATIVE', code: 'JW.UB', name: 'Chi bộ Cơ quan UBND phường', validFrom: '2025-01-01', reason: 'Quyết định thành lập' });
    secretary = identityOf('CELL_SECRETARY', cell);
    officials = [];
    for (const [serial, [fullName, dateOfBirth]] of [
      ['Trần Văn Bình', '1975-04-12'],
      ['Lê Văn Cường', '1980-09-30'],
      ['Phạm Văn Dũng', '1985-01-15'],
    ].entries()) {
      const { registerMember } = await ok<{ registerMember: { id: string } }>(board, 'mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }', {
        input: {
          organisationId: cell,
          fullName,
          dateOfBirth,
          gender: 'MALE',
          nationalId: `0010${dateOfBirth.slice(2, 4)}${String(serial + 1).padStart(6, '0')}`,
          status: 'OFFICIAL',
          admissionDecisionDate: '2010-03-01',
          ceremonyDate: '2010-03-20',
          officialDate: '2011-03-20',
          registeredOn: '2025-01-15',
        },
      });
      officials.push(registerMember.id);
    }
    ({
      registerInstitution: { id: institutionId },
    } = await ok<{ registerInstitution: { id: string } }>(centre, 'mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id } }', {
      input: { code: 'TTCT-JW', name: 'Trung tâm Chính trị phường' },
    }));
    expect(officials).toHaveLength(3);
  });

  it('takes a referral into the cell’s source pool, trains the candidate and certifies them', async () => {
    const { createMassOrganisation: youth } = await ok<{ createMassOrganisation: { id: string } }>(
      board,
      'mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }',
      { input: { kind: 'YOUTH_UNION', code: 'JW-DTN', name: 'Đoàn Thanh niên phường' } },
    );
    await ok(board, 'mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }', {
      input: { version: 'ND13-JW-01', publishedAt: '2025-01-02T01:00:00Z', summary: 'Xử lý dữ liệu cá nhân của quần chúng được giới thiệu.' },
    });
    const staff = identityOf('MASS_ORG_STAFF', youth.id);
    // Sourcing takes a referral into the cell once the organisation service's event has brought it the cell.
    const submitted = await waitFor(
      async () => {
        const response = await call<{ submitReferral: { referral: { id: string }; candidate: { id: string } } }>(
          staff,
          'mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } candidate { id } } }',
          {
            input: {
              massOrganisationId: youth.id,
              person,
              sourceCategory: 'MASS_ORGANISATION_MEMBER',
              cellId: cell,
              consent: { noticeVersion: 'ND13-JW-01', consentedAt: '2025-08-01T02:00:00Z' },
            },
          },
        );
        return response.errors ? null : response.data!.submitReferral;
      },
      { what: 'sourcing to know the cell and take the referral', timeoutMs: EVENTUAL_MS, intervalMs: 250 },
    );
    candidateId = submitted.candidate.id;
    onDay('2025-08-11');
    const { acceptReferral } = await ok<{ acceptReferral: { candidate: { status: string } } }>(
      secretary,
      'mutation($referralId: ID!) { acceptReferral(input: { referralId: $referralId }) { candidate { status } } }',
      { referralId: submitted.referral.id },
    );
    expect(acceptReferral.candidate.status).toBe('IN_SOURCE_POOL');

    const certificate = await course('AWARENESS', '2025-08-18', ['2025-09-08', '2025-09-09', '2025-09-10'], { candidateId });
    expect(certificate.issuedOn).toBe('2025-09-10');
    await eventually('sourcing to mark the candidate TRAINED', secretary, 'query($id: ID!) { candidate(id: $id) { status } }', { id: candidateId }, (data: { candidate: { status: string } }) => data.candidate.status === 'TRAINED');
  });

  it('takes the dossier to the vote, the decision and the ceremony; the member appears PROBATIONARY and the candidate ADMITTED', async () => {
    onDay('2025-09-15');
    const READINESS = 'query($candidateId: ID!, $meetingDate: LocalDate!) { admissionReadiness(candidateId: $candidateId, meetingDate: $meetingDate) { readyForVote outcomes { rule status } } }';
    type Readiness = { admissionReadiness: { readyForVote: boolean; outcomes: { rule: string; status: string }[] } };
    // Training's certificate reaches the admission service by event; the readiness list says when.
    await eventually<Readiness>('the certificate in the admission service', secretary, READINESS, { candidateId, meetingDate: '2025-09-22' }, (data) =>
      data.admissionReadiness.outcomes.some((outcome) => outcome.rule === 'ADMISSION.CERTIFICATE_VALID' && outcome.status === 'MET'),
    );
    const { openAdmissionDossier: dossier } = await ok<{ openAdmissionDossier: { id: string; status: string } }>(
      secretary,
      'mutation($candidateId: ID!) { openAdmissionDossier(input: { candidateId: $candidateId }) { id status } }',
      { candidateId },
    );
    expect(dossier.status).toBe('OPEN');
    dossierId = dossier.id;
    const paper = (kind: string, date: string) => ok(secretary, 'mutation($input: RecordDossierDocumentInput!) { recordDossierDocument(input: $input) { id } }', { input: { dossierId: dossier.id, kind, date } });
    await paper('APPLICATION_LETTER', '2025-09-15');
    await ok(secretary, 'mutation($input: RecordPersonalHistoryInput!) { recordPersonalHistory(input: $input) { personalHistoryRecorded } }', {
      input: { dossierId: dossier.id, dateOfBirth: person.dateOfBirth, educationLevel: person.educationLevel, formerMember: false },
    });
    await paper('PERSONAL_HISTORY', '2025-09-15');
    await ok(secretary, 'mutation($input: RecordBackgroundVerificationInput!) { recordBackgroundVerification(input: $input) { id } }', {
      input: { dossierId: dossier.id, subject: 'APPLICANT', result: 'SATISFACTORY', concludedOn: '2025-09-15' },
    });
    await paper('BACKGROUND_VERIFICATION', '2025-09-15');
    for (const member of officials.slice(0, 2)) {
      await ok(secretary, 'mutation($input: RecordIntroductionInput!) { recordIntroduction(input: $input) { id } }', { input: { dossierId: dossier.id, kind: 'MEMBER', memberId: member, togetherFrom: '2023-06-01' } });
    }
    await paper('INTRODUCTIONS', '2025-09-15');
    await paper('MASS_ORGANISATION_COMMENTS', '2025-09-15');
    await paper('RESIDENCE_CELL_COMMENTS', '2025-09-15');

    onDay('2025-09-22');
    const ready = await ok<Readiness>(secretary, READINESS, { candidateId, meetingDate: '2025-09-22' });
    // Every rule met; the count itself is known only once the cell has voted.
    expect(ready.admissionReadiness.outcomes.filter((outcome) => outcome.status !== 'MET')).toEqual([{ rule: 'ADMISSION.VOTE_TWO_THIRDS', status: 'NOT_YET_KNOWN' }]);
    expect(ready.admissionReadiness.readyForVote).toBe(true);
    const { recordCellResolution } = await ok<{ recordCellResolution: { base: number; inFavour: number; required: number; passed: boolean } }>(
      secretary,
      'mutation($input: RecordCellResolutionInput!) { recordCellResolution(input: $input) { base inFavour required passed } }',
      { input: { dossierId: dossier.id, meetingDate: '2025-09-22', presentMemberIds: officials, inFavour: 3 } },
    );
    expect(recordCellResolution).toEqual({ base: 3, inFavour: 3, required: 2, passed: true });

    // Recorded when the cell receives it, two days after its date.
    onDay('2025-10-08');
    const { recordAdmissionDecision } = await ok<{ recordAdmissionDecision: { late: boolean } }>(
      standing,
      'mutation($input: RecordAdmissionDecisionInput!) { recordAdmissionDecision(input: $input) { late } }',
      { input: { dossierId: dossier.id, decisionNumber: '41-QĐ/ĐU', decisionDate: '2025-10-06', receivedOn: '2025-10-08' } },
    );
    expect(recordAdmissionDecision.late).toBe(false);

    onDay('2025-10-20');
    const { recordAdmissionCeremony } = await ok<{ recordAdmissionCeremony: { startsOn: string; endsOn: string } }>(
      secretary,
      'mutation($input: RecordAdmissionCeremonyInput!) { recordAdmissionCeremony(input: $input) { startsOn endsOn } }',
      { input: { dossierId: dossier.id, decisionReceivedOn: '2025-10-08', ceremonyDate: '2025-10-20', mentorMemberId: officials[2] } },
    );
    expect(recordAdmissionCeremony).toEqual({ startsOn: '2025-10-20', endsOn: '2026-10-20' });

    type Probationers = { members: { edges: { node: { id: string; status: string; candidateId: string; admissionDecisionDate: string; ceremonyDate: string } }[] } };
    const { members } = await eventually<Probationers>(
      'the probationary member in the organisation service',
      secretary,
      'query($cell: ID!) { members(organisationId: $cell, status: PROBATIONARY, first: 5) { edges { node { id status candidateId admissionDecisionDate ceremonyDate } } } }',
      { cell },
      (data) => data.members.edges.length === 1,
    );
    memberId = members.edges[0].node.id;
    expect(members.edges[0].node).toEqual({ id: memberId, status: 'PROBATIONARY', candidateId, admissionDecisionDate: '2025-10-06', ceremonyDate: '2025-10-20' });
    await eventually('sourcing to mark the candidate ADMITTED', secretary, 'query($id: ID!) { candidate(id: $id) { status } }', { id: candidateId }, (data: { candidate: { status: string } }) => data.candidate.status === 'ADMITTED');
  });

  it('twelve months later recognises the member, official from the end of the 12 months though the decision came later', async () => {
    // The new-member course during probation (its certificate is required for recognition).
    await course('NEW_MEMBER', '2025-11-03', ['2025-11-17', '2025-11-18'], { memberId });

    onDay('2026-10-26');
    // The dossier as the secretary finds it from the candidate (Candidate.dossier, from the admission service).
    const { candidate } = await ok<{ candidate: { dossier: { id: string; status: string } } }>(secretary, 'query($id: ID!) { candidate(id: $id) { dossier { id status } } }', { id: candidateId });
    expect(candidate.dossier).toEqual({ id: dossierId, status: 'PROBATION' });
    const vote = { dossierId, meetingDate: '2026-10-26', presentMemberIds: officials, inFavour: 3, selfReviewOn: '2026-10-21', mentorCommentsOn: '2026-10-22', organisationCommentsOn: '2026-10-23' };
    // The member's certificate reaches the admission service by event: the vote waits for it.
    const resolution = await waitFor(
      async () => {
        const response = await call<{ recordRecognitionResolution: { passed: boolean } }>(
          secretary,
          'mutation($input: RecordRecognitionResolutionInput!) { recordRecognitionResolution(input: $input) { passed } }',
          { input: vote },
        );
        const refusal = response.errors?.[0]?.extensions?.rule;
        if (refusal && refusal !== 'RECOGNITION.NEW_MEMBER_COURSE') throw new Error(JSON.stringify(response.errors));
        return response.errors ? null : response.data!.recordRecognitionResolution;
      },
      { what: 'the new-member certificate in the admission service', timeoutMs: EVENTUAL_MS, intervalMs: 250 },
    );
    expect(resolution.passed).toBe(true);

    onDay('2026-11-16');
    const { recordRecognitionDecision } = await ok<{ recordRecognitionDecision: { outcome: string; decisionDate: string; officialFrom: string } }>(
      standing,
      'mutation($input: RecordRecognitionDecisionInput!) { recordRecognitionDecision(input: $input) { outcome decisionDate officialFrom } }',
      { input: { dossierId, outcome: 'RECOGNISED', decisionNumber: '97-QĐ/ĐU', decisionDate: '2026-11-16' } },
    );
    expect(recordRecognitionDecision).toEqual({ outcome: 'RECOGNISED', decisionDate: '2026-11-16', officialFrom: '2026-10-20' });

    type Member = { member: { status: string; officialDate: string | null; probation: { startsOn: string; endsOn: string } | null } };
    const { member } = await eventually<Member>(
      'the organisation service to make the member OFFICIAL',
      board,
      'query($id: ID!) { member(id: $id) { status officialDate probation { startsOn endsOn } } }',
      { id: memberId },
      (data) => data.member.status === 'OFFICIAL',
    );
    expect(member).toEqual({ status: 'OFFICIAL', officialDate: '2026-10-20', probation: { startsOn: '2025-10-20', endsOn: '2026-10-20' } });
  });
});
