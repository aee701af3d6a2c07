import { randomUUID } from 'node:crypto';
import { type GraphQLResponse, identityOf } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { acceptCandidate, setUpWard, type TestWard } from './support/ward';

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
  let ward: TestWard;
  let candidateId: string;
  let secretary: ReturnType<typeof identityOf>;

  beforeAll(async () => {
    h = await startHarness('admission readiness', { today: '2026-07-15' });
    ward = await setUpWard(h);
    secretary = identityOf('CELL_SECRETARY', ward.cell);
    candidateId = await acceptCandidate(h, ward.cell, { issuedOn: '2021-07-16', validUntil: '2026-07-15' });
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
    ['another cell’s secretary: as if the candidate did not exist', () => identityOf('CELL_SECRETARY', ward.otherCell), () => candidateId, 'NOT_FOUND'],
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
