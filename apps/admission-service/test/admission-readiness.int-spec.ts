import { randomUUID } from 'node:crypto';
import { candidateAccepted, certificateIssued, memberRegistered, organisationRegistered } from '@pdv/contracts';
import { type GraphQLResponse, identityOf, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { registeredOrganisation } from './support/organisations';

const READINESS = `query($candidateId: ID!, $meetingDate: LocalDate!) {
  admissionReadiness(candidateId: $candidateId, meetingDate: $meetingDate) {
    candidateId meetingDate readyForVote
    outcomes { rule status statement { en vi } finding { en vi } nextStep { en vi } facts { name value } }
  }
}`;

interface Outcome {
  rule: string;
  status: string;
  statement: { en: string; vi: string };
  finding: { en: string; vi: string };
  nextStep: { en: string; vi: string } | null;
  facts: { name: string; value: string | null }[];
}
type Readiness = { admissionReadiness: { candidateId: string; meetingDate: string; readyForVote: boolean; outcomes: Outcome[] } };

const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

// The secretary's first view: what still blocks the vote, from the facts this service holds
// (the candidate's cell from sourcing, certificates from training, the cell's roll from the
// organisation service), all delivered as events over real NATS.
describe('admissionReadiness through the gateway', () => {
  let h: Harness;
  const ward = randomUUID();
  const cell = randomUUID();
  const otherCell = randomUUID();
  const candidateId = randomUUID();
  const secretary = identityOf('CELL_SECRETARY', cell);

  beforeAll(async () => {
    h = await startHarness('admission readiness', { today: '2026-07-15' });
    const organisation = registeredOrganisation;
    await h.publish(organisationRegistered, ward, organisation(ward, null, 'WARD_COMMITTEE', 'DU-PHUONG'));
    await h.publish(organisationRegistered, cell, organisation(cell, ward, 'GRASSROOTS_CELL', 'CB-1'));
    await h.publish(organisationRegistered, otherCell, organisation(otherCell, ward, 'GRASSROOTS_CELL', 'CB-2'));
    const member = (status: 'OFFICIAL' | 'PROBATIONARY') => {
      const memberId = randomUUID();
      return h.publish(memberRegistered, memberId, { memberId, organisationId: cell, status, active: true, temporarilyAway: false, activityExempt: false, candidateId: null, admissionDecisionDate: null, officialDate: null });
    };
    // Exactly three official members (and a probationary one, who does not count).
    for (const status of ['OFFICIAL', 'OFFICIAL', 'OFFICIAL', 'PROBATIONARY'] as const) await member(status);
    await h.publish(candidateAccepted, candidateId, { candidateId, cellId: cell, acceptedOn: '2026-01-12' });
    await h.publish(certificateIssued, candidateId, { certificateId: randomUUID(), courseKind: 'AWARENESS', candidateId, memberId: null, issuedOn: '2021-07-16', validUntil: '2026-07-15' });
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from certificate_facts'))[0].count === '1', { what: 'the certificate' });
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from member_read_model'))[0].count === '4', { what: 'the cell’s members' });
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from candidate_facts'))[0].count === '1', { what: 'the candidate' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('lists every rule in the Charter’s order for the meeting date, with what to do next', async () => {
    const response = await h.gql<Readiness>(secretary, READINESS, { candidateId, meetingDate: '2026-07-15' });
    expect(response.errors).toBeUndefined();
    const readiness = response.data!.admissionReadiness;
    expect(readiness).toMatchObject({ candidateId, meetingDate: '2026-07-15', readyForVote: false });
    expect(readiness.outcomes.map((outcome) => `${outcome.rule} ${outcome.status}`)).toEqual([
      'ADMISSION.CERTIFICATE_VALID MET',
      'ADMISSION.DOSSIER_COMPLETE NOT_MET',
      'ADMISSION.BACKGROUND_VERIFICATION NOT_YET_KNOWN',
      'ADMISSION.INTRODUCERS NOT_MET',
      'ADMISSION.AGE NOT_YET_KNOWN',
      'ADMISSION.EDUCATION NOT_YET_KNOWN',
      'ADMISSION.READMISSION NOT_YET_KNOWN',
      'ADMISSION.CELL_MINIMUM MET',
      'ADMISSION.VOTE_TWO_THIRDS NOT_YET_KNOWN',
    ]);
    const [certificate] = readiness.outcomes;
    expect(certificate.finding).toEqual({
      en: 'The awareness certificate is valid until 2026-07-15.',
      vi: 'Giấy chứng nhận bồi dưỡng nhận thức về Đảng còn giá trị đến ngày 2026-07-15.',
    });
    expect(certificate.nextStep).toBeNull();
    expect(readiness.outcomes.find((outcome) => outcome.rule === 'ADMISSION.CELL_MINIMUM')?.facts).toContainEqual({ name: 'officialMembers', value: '3' });
    for (const outcome of readiness.outcomes.filter((item) => item.status !== 'MET')) {
      expect(outcome.nextStep?.en).toBeTruthy();
      expect(outcome.nextStep?.vi).toBeTruthy();
    }
  });

  it('the day after the certificate’s last valid day, says to retake the course', async () => {
    const response = await h.gql<Readiness>(secretary, READINESS, { candidateId, meetingDate: '2026-07-16' });
    expect(response.errors).toBeUndefined();
    expect(response.data!.admissionReadiness.outcomes[0]).toMatchObject({
      rule: 'ADMISSION.CERTIFICATE_VALID',
      status: 'NOT_MET',
      nextStep: { en: 'Send the candidate to an awareness course again.', vi: 'Cử quần chúng học lại lớp bồi dưỡng nhận thức về Đảng.' },
    });
  });

  it.each<[string, () => ReturnType<typeof identityOf>, () => string, string]>([
    ['the board reads any candidate', () => identityOf('PARTY_BUILDING_BOARD'), () => candidateId, 'OK'],
    ['the standing committee too', () => identityOf('WARD_STANDING_COMMITTEE'), () => candidateId, 'OK'],
    ['another cell’s secretary: as if the candidate did not exist', () => identityOf('CELL_SECRETARY', otherCell), () => candidateId, 'NOT_FOUND'],
    ['a candidate no cell accepted', () => identityOf('PARTY_BUILDING_BOARD'), () => randomUUID(), 'NOT_FOUND'],
    ['an auditor does not see dossiers', () => identityOf('AUDITOR'), () => candidateId, 'FORBIDDEN'],
    ['the training centre neither', () => identityOf('TRAINING_CENTRE'), () => candidateId, 'FORBIDDEN'],
  ])('%s', async (_case, identity, id, expected) => {
    const response = await h.gql<Readiness>(identity(), READINESS, { candidateId: id(), meetingDate: '2026-07-15' });
    expect(response.errors ? codeOf(response) : 'OK').toBe(expected);
  });

  it('refuses an anonymous caller and a date that is not one', async () => {
    expect(codeOf(await h.gql(null, READINESS, { candidateId, meetingDate: '2026-07-15' }))).toBe('UNAUTHENTICATED');
    const response = await h.gql(secretary, READINESS, { candidateId, meetingDate: '2026-02-30' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });
});
