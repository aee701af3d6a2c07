import { randomUUID } from 'node:crypto';
import type { Role } from '@pdv/auth';
import { ROLES } from '@pdv/auth';
import { identityOf } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { errorOf } from './support/world';

// Each operation, each role, through the gateway: the roles of the issue may use it (the
// answer is data or a refusal on the merits, e.g. NOT_FOUND for a made-up id), every other
// role is FORBIDDEN, and a caller without a token UNAUTHENTICATED — except verifyCertificate.
const id = randomUUID();
const READERS: Role[] = ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD', 'COMMITTEE_MEMBER', 'AUDITOR', 'TRAINING_CENTRE', 'CELL_SECRETARY'];
const CENTRE: Role[] = ['TRAINING_CENTRE'];
const reason = `reason: "Lý do"`;

const OPERATIONS: [string, string, Role[]][] = [
  ['courses', `{ courses { totalCount } }`, READERS],
  ['course', `{ course(id: "${id}") { id } }`, READERS],
  ['institutions', `{ institutions { totalCount } }`, READERS],
  ['registerInstitution', `mutation { registerInstitution(input: { code: "X-${id.slice(0, 4)}", name: "Trung tâm" }) { id } }`, ['TRAINING_CENTRE', 'PARTY_BUILDING_BOARD']],
  ['scheduleCourse', `mutation { scheduleCourse(input: { kind: AWARENESS, institutionId: "${id}", title: "Lớp", startsOn: "2026-09-10", endsOn: "2026-09-10", capacity: 5, location: "Hội trường", sessions: [{ date: "2026-09-10", startsAt: "08:00", endsAt: "11:00", topic: "Điều lệ" }] }) { id } }`, CENTRE],
  ['openCourse', `mutation { openCourse(id: "${id}") { id } }`, CENTRE],
  ['startCourse', `mutation { startCourse(id: "${id}") { id } }`, CENTRE],
  ['finishCourse', `mutation { finishCourse(id: "${id}") { id } }`, CENTRE],
  ['cancelCourse', `mutation { cancelCourse(id: "${id}", ${reason}) { id } }`, CENTRE],
  ['nominate', `mutation { nominate(input: { courseId: "${id}", candidateId: "${id}" }) { id } }`, ['CELL_SECRETARY']],
  ['approveNomination', `mutation { approveNomination(id: "${id}") { id } }`, ['PARTY_BUILDING_BOARD']],
  ['refuseNomination', `mutation { refuseNomination(id: "${id}", ${reason}) { id } }`, ['PARTY_BUILDING_BOARD']],
  ['withdrawNomination', `mutation { withdrawNomination(id: "${id}", ${reason}) { id } }`, ['PARTY_BUILDING_BOARD', 'CELL_SECRETARY']],
  ['recordAttendance', `mutation { recordAttendance(input: { sessionId: "${id}", marks: [{ enrolmentId: "${id}", mark: PRESENT }] }) { id } }`, CENTRE],
  ['recordResults', `mutation { recordResults(input: { rows: [{ enrolmentId: "${id}", result: PASSED, score: 8 }] }) { ok } }`, CENTRE],
  ['enrolment', `{ enrolment(id: "${id}") { id } }`, READERS],
  ['certificate', `{ certificate(id: "${id}") { id } }`, READERS],
  ['awarenessCertificate', `{ awarenessCertificate(candidateId: "${id}", validOn: "2026-09-10") { id } }`, READERS],
  ['invalidateCertificate', `mutation { invalidateCertificate(id: "${id}", ${reason}) { id } }`, CENTRE],
  ['correctCertificateIssueDate', `mutation { correctCertificateIssueDate(id: "${id}", issuedOn: "2026-07-01", ${reason}) { id } }`, CENTRE],
  ['trainingPolicy', `{ trainingPolicy { awarenessValidityMonths } }`, READERS],
  ['updateTrainingPolicy', `mutation { updateTrainingPolicy(input: { renewalWindowMonths: 6 }) { renewalWindowMonths } }`, ['PARTY_BUILDING_BOARD']],
];

describe('who may use each operation of the training service', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness('authorization', { today: '2026-07-15' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it.each(OPERATIONS)('%s: its roles may, every other role is FORBIDDEN, no token UNAUTHENTICATED', async (_name, query, allowed) => {
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const scope = role === 'CELL_SECRETARY' || role === 'MASS_ORG_STAFF' ? randomUUID() : null;
      const code = errorOf(await h.gql(identityOf(role, scope), query)).code ?? 'OK';
      outcomes[role] = allowed.includes(role) ? (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? `refused (${code})` : 'allowed') : code;
    }
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'allowed' : 'FORBIDDEN'])));
    expect(errorOf(await h.gql(null, query)).code).toBe('UNAUTHENTICATED');
  });

  it('answers verifyCertificate without a token', async () => {
    const response = await h.gql(null, `{ verifyCertificate(code: "ABCDEFGHJKMN") { number } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ verifyCertificate: null });
  });
});
