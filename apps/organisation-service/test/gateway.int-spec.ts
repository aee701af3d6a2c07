import type { Identity } from '@pdv/auth';
import { board, errorOf, nationalIdFor, registerMember, registerOrganisation, secretaryOf, trainingCentre } from './support/fixtures';
import { type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';

describe('the organisation service through the gateway', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  // The harness's gql goes through the gateway with a user token; `token` replaces it (a forged one).
  const call = <T = Record<string, unknown>>(identity: Identity | null, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    h.gql<T>(identity, query, variables, token ? { authorization: `Bearer ${token}` } : {});

  beforeAll(async () => {
    h = await startHarness('gateway');
    ids.ward = await registerOrganisation(h, { parentId: null, kind: 'WARD_COMMITTEE', sector: 'ADMINISTRATIVE', code: 'G', name: 'Đảng bộ phường', validFrom: FORMED });
    ids.school = await registerOrganisation(h, { parentId: ids.ward, kind: 'GRASSROOTS_COMMITTEE', sector: 'SCHOOL', code: 'G.TH', name: 'Đảng bộ Trường học', validFrom: FORMED });
    ids.teachers = await registerOrganisation(h, { parentId: ids.school, kind: 'PARTY_CELL', sector: 'SCHOOL', code: 'G.TH.01', name: 'Chi bộ Giáo viên', validFrom: FORMED });
    ids.residential = await registerOrganisation(h, { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'G.KDC', name: 'Chi bộ Khu dân cư', validFrom: FORMED });
    await registerMember(h, {
      organisationId: ids.teachers,
      fullName: 'Ngô Thị Lan',
      dateOfBirth: '1985-08-08',
      gender: 'FEMALE',
      nationalId: nationalIdFor('1985-08-08', 'FEMALE', 42),
      status: 'OFFICIAL',
      registeredOn: FORMED,
    });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it('answers reads and a change with a user token', async () => {
    const response = await call<{ organisationTree: { children: { organisation: { code: string } }[] }; members: { totalCount: number }; memberCounts: { total: number } }>(
      board,
      `query($ward: ID!) {
        organisationTree(rootId: $ward) { children { organisation { code } } }
        members(organisationId: $ward, includeSubtree: true) { totalCount edges { node { fullName nationalId organisation { code } } } }
        memberCounts(organisationId: $ward, includeSubtree: true) { total }
      }`,
      { ward: ids.ward },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      organisationTree: { children: [{ organisation: { code: 'G.KDC' } }, { organisation: { code: 'G.TH' } }] },
      members: { totalCount: 1, edges: [{ node: { fullName: 'Ngô Thị Lan', nationalId: nationalIdFor('1985-08-08', 'FEMALE', 42), organisation: { code: 'G.TH.01' } } }] },
      memberCounts: { total: 1 },
    });
    const change = await call<{ setTargetExemption: { reason: string } }>(
      board,
      `mutation($id: ID!) { setTargetExemption(input: { organisationId: $id, year: 2026, reason: RESIDENTIAL_AREA_CELL }) { reason } }`,
      { id: ids.residential },
    );
    expect(change.data?.setTargetExemption.reason).toBe('RESIDENTIAL_AREA_CELL');
  });

  it('refuses a request without a token (UNAUTHENTICATED) and a forged token (401)', async () => {
    const anonymous = await call(null, `{ organisations { totalCount } }`);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    const forged = await call(board, `{ organisations { totalCount } }`, {}, 'not.a.token');
    expect(forged.status).toBe(401);
    expect(errorOf(forged).code).toBe('UNAUTHENTICATED');
  });

  it('refuses the wrong role', async () => {
    expect(errorOf(await call(trainingCentre, `{ members { totalCount } }`)).code).toBe('FORBIDDEN');
    const response = await call(trainingCentre, `{ organisations { totalCount } }`);
    expect(response.errors).toBeUndefined();
  });

  it('keeps a cell secretary inside their subtree', async () => {
    const secretary = secretaryOf(ids.school);
    const own = await call<{ members: { totalCount: number } }>(secretary, `query($id: ID) { members(organisationId: $id, includeSubtree: true) { totalCount } }`, { id: ids.school });
    expect(own.data?.members.totalCount).toBe(1);
    const outside = await call(secretary, `query($id: ID) { members(organisationId: $id) { totalCount } }`, { id: ids.residential });
    expect(errorOf(outside).code).toBe('FORBIDDEN');
    const register = await call(
      secretary,
      `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { id } }`,
      { input: { organisationId: ids.residential, fullName: 'Đinh Văn Hải', dateOfBirth: '1990-01-01', gender: 'MALE', status: 'OFFICIAL', registeredOn: FORMED } },
    );
    expect(errorOf(register).code).toBe('FORBIDDEN');
  });
});
