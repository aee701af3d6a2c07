import { randomUUID } from 'node:crypto';
import { type GraphQLResponse, identityOf } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';

const board = identityOf('PARTY_BUILDING_BOARD');
const auditor = identityOf('AUDITOR');
const centre = identityOf('TRAINING_CENTRE');
const massOrgStaff = identityOf('MASS_ORG_STAFF', randomUUID());

const REGISTER = `mutation($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id code name } }`;

function errorOf(response: GraphQLResponse<unknown>) {
  const [error] = response.errors ?? [];
  return { code: error?.extensions?.code, rule: error?.extensions?.rule, problems: error?.extensions?.problems };
}

describe('institutions through the gateway', () => {
  let h: Harness;
  const countRows = async () => Number((await h.sql<{ count: string }>('select count(*) as count from training_institution'))[0].count);

  beforeAll(async () => {
    h = await startHarness('institutions', { today: '2026-07-15' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('registers an institution and reads it back, in code order', async () => {
    const registered = await h.gql<{ registerInstitution: { id: string; code: string; name: string } }>(centre, REGISTER, {
      input: { code: ' ttct-q1 ', name: ' Trung tâm Chính trị phường ' },
    });
    expect(registered.errors).toBeUndefined();
    const institution = registered.data!.registerInstitution;
    expect(institution).toMatchObject({ code: 'TTCT-Q1', name: 'Trung tâm Chính trị phường' });
    expect((await h.gql(board, REGISTER, { input: { code: 'TCT-HN', name: 'Trường Chính trị thành phố' } })).errors).toBeUndefined();

    const read = await h.gql(auditor, `query($id: ID!) { institution(id: $id) { code } institutions(first: 10) { totalCount edges { node { code } } } }`, { id: institution.id });
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ institution: { code: 'TTCT-Q1' }, institutions: { totalCount: 2, edges: [{ node: { code: 'TCT-HN' } }, { node: { code: 'TTCT-Q1' } }] } });
  });

  it.each<[string, Record<string, unknown>, string, string | undefined]>([
    ['an empty name', { code: 'C-01', name: ' ' }, 'BAD_USER_INPUT', 'input.name'],
    ['a malformed code', { code: 'C 01', name: 'Trung tâm' }, 'BAD_USER_INPUT', 'input.code'],
    ['a code already registered (in other case)', { code: 'ttct-q1', name: 'Trung tâm' }, 'CONFLICT', undefined],
  ])('refuses %s with %s and changes nothing', async (_case, input, code, field) => {
    const before = await countRows();
    const error = errorOf(await h.gql(centre, REGISTER, { input }));
    expect(error.code).toBe(code);
    if (field) expect(error.problems).toEqual([expect.objectContaining({ field })]);
    expect(await countRows()).toBe(before);
  });

  it('refuses anonymous callers and roles without the permission', async () => {
    expect(errorOf(await h.gql(null, `{ institutions { totalCount } }`)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await h.gql(massOrgStaff, `{ institutions { totalCount } }`)).code).toBe('FORBIDDEN');
    expect(errorOf(await h.gql(auditor, REGISTER, { input: { code: 'D-01', name: 'Trung tâm' } })).code).toBe('FORBIDDEN');
  });
});
