import { auditor, board, errorOf, massOrgStaff, ORG_FIELDS, type OrgNode, registerMember, registerOrganisation, secretaryOf, trainingCentre } from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';

interface TreeNode {
  organisation: { code: string };
  depth: number;
  children: TreeNode[];
}

/** `DU(DU.BV(DU.BV.01),DU.KDC01)`: a tree as a compact string, children in the API's order. */
function shape(node: TreeNode): string {
  return node.children.length === 0 ? node.organisation.code : `${node.organisation.code}(${node.children.map(shape).join(',')})`;
}

const TREE = `query($rootId: ID!, $asOf: LocalDate) { organisationTree(rootId: $rootId, asOf: $asOf) {
  organisation { code } depth children { organisation { code } depth children { organisation { code } depth children { organisation { code } depth children { organisation { code } } } } } } }`;

describe('organisation tree', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  const treeOn = async (asOf: string): Promise<string> => {
    const response = await h.gql<{ organisationTree: TreeNode }>(board, TREE, { rootId: ids.ward, asOf });
    expect(response.errors).toBeUndefined();
    return shape((response.data as { organisationTree: TreeNode }).organisationTree);
  };
  const versionCount = async () => Number((await h.sql<{ n: string }>('select count(*) as n from organisation_version'))[0].n);

  beforeAll(async () => {
    h = await startHarness('tree');
    const reg = (key: string, parent: string | null, kind: string, sector: string, code: string, name: string) =>
      registerOrganisation(h, { parentId: parent === null ? null : ids[parent], kind, sector, code, name, validFrom: FORMED }).then((id) => {
        ids[key] = id;
      });
    await reg('ward', null, 'WARD_COMMITTEE', 'ADMINISTRATIVE', 'DU', 'Đảng bộ phường Thử Nghiệm');
    await reg('hospital', 'ward', 'GRASSROOTS_COMMITTEE', 'PUBLIC_SERVICE', 'DU.BV', 'Đảng bộ Bệnh viện Đa khoa');
    await reg('bv1', 'hospital', 'PARTY_CELL', 'PUBLIC_SERVICE', 'DU.BV.01', 'Chi bộ Khoa Nội');
    await reg('bv2', 'hospital', 'PARTY_CELL', 'PUBLIC_SERVICE', 'DU.BV.02', 'Chi bộ Khoa Ngoại');
    await reg('school', 'ward', 'GRASSROOTS_COMMITTEE', 'SCHOOL', 'DU.TH', 'Đảng bộ Trường Trung học phổ thông');
    await reg('th1', 'school', 'PARTY_CELL', 'SCHOOL', 'DU.TH.01', 'Chi bộ Giáo viên');
    await reg('kdc1', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DU.KDC01', 'Chi bộ Khu dân cư số 1');
    await reg('kdc2', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DU.KDC02', 'Chi bộ Khu dân cư số 2');
    await reg('kdc3', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'DU.KDC03', 'Chi bộ Khu dân cư số 3');
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('reads', () => {
    it('lists organisations in Vietnamese name order with keyset pages and a total', async () => {
      const query = `query($after: String) { organisations(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
      type Page = { organisations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] } };
      const names: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 5; page += 1) {
        const response: { data?: Page } = await h.gql<Page>(trainingCentre, query, { after });
        const connection = (response.data as Page).organisations;
        expect(connection.totalCount).toBe(9);
        names.push(...connection.edges.map((edge) => edge.node.name));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      // "Chi bộ Giáo viên" < "Chi bộ Khoa …" < "Chi bộ Khu …" and "Đảng" after "Chi" (đ follows d).
      expect(names).toEqual([
        'Chi bộ Giáo viên',
        'Chi bộ Khoa Ngoại',
        'Chi bộ Khoa Nội',
        'Chi bộ Khu dân cư số 1',
        'Chi bộ Khu dân cư số 2',
        'Chi bộ Khu dân cư số 3',
        'Đảng bộ Bệnh viện Đa khoa',
        'Đảng bộ phường Thử Nghiệm',
        'Đảng bộ Trường Trung học phổ thông',
      ]);
    });

    it('searches names and codes ignoring diacritics and case, and filters by kind, sector and parent', async () => {
      const query = `query($filter: OrganisationFilter) { organisations(filter: $filter) { totalCount edges { node { code } } } }`;
      const codes = async (filter: Record<string, unknown>) => {
        const response = await h.gql<{ organisations: { edges: { node: { code: string } }[] } }>(massOrgStaff, query, { filter });
        expect(response.errors).toBeUndefined();
        return response.data?.organisations.edges.map((edge) => edge.node.code);
      };
      expect(await codes({ search: 'KHU DAN CU' })).toEqual(['DU.KDC01', 'DU.KDC02', 'DU.KDC03']);
      expect(await codes({ search: 'du.bv.0' })).toEqual(['DU.BV.02', 'DU.BV.01']);
      expect(await codes({ search: 'benh vien', kind: 'GRASSROOTS_COMMITTEE' })).toEqual(['DU.BV']);
      expect(await codes({ parentId: ids.hospital })).toEqual(['DU.BV.02', 'DU.BV.01']);
      expect(await codes({ sector: 'SCHOOL' })).toEqual(['DU.TH.01', 'DU.TH']);
      expect(await codes({ search: '100%_' })).toEqual([]);
      expect(await codes({ activeOn: '2025-06-30' })).toEqual([]);
    });

    it('answers nested fields: parent and children', async () => {
      const response = await h.gql<{ organisation: { parent: { code: string }; children: { code: string }[] } }>(
        auditor,
        `query($id: ID!) { organisation(id: $id) { code parent { code } children { code } } }`,
        { id: ids.hospital },
      );
      expect(response.data?.organisation).toEqual({ code: 'DU.BV', parent: { code: 'DU' }, children: [{ code: 'DU.BV.02' }, { code: 'DU.BV.01' }] });
    });
  });

  describe('changes over time', () => {
    it('revises a name from a date; earlier dates still see the old one and the history says who, when and why', async () => {
      const response = await h.gql<{ reviseOrganisation: OrgNode }>(
        board,
        `mutation($input: ReviseOrganisationInput!) { reviseOrganisation(input: $input) { ${ORG_FIELDS} } }`,
        { input: { organisationId: ids.kdc1, effectiveDate: '2026-01-01', name: 'Chi bộ Tổ dân phố số 1', reason: 'Nghị quyết 05-NQ/ĐU' } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.reviseOrganisation).toMatchObject({ name: 'Chi bộ Tổ dân phố số 1', validFrom: '2026-01-01', validTo: null });

      const at = async (asOf: string) =>
        (await h.gql<{ organisation: { name: string } }>(board, `query($id: ID!, $asOf: LocalDate) { organisation(id: $id, asOf: $asOf) { name } }`, { id: ids.kdc1, asOf }))
          .data?.organisation.name;
      expect(await at('2025-12-31')).toBe('Chi bộ Khu dân cư số 1');
      expect(await at('2026-01-01')).toBe('Chi bộ Tổ dân phố số 1');

      const history = await h.gql<{ organisationHistory: { versions: Record<string, unknown>[]; closure: null } }>(
        trainingCentre,
        `query($id: ID!) { organisationHistory(id: $id) { versions { name validFrom validTo changeKind note recordedBy recordedByRole recordedAt } closure { reason } } }`,
        { id: ids.kdc1 },
      );
      expect(history.data?.organisationHistory.closure).toBeNull();
      expect(history.data?.organisationHistory.versions).toEqual([
        expect.objectContaining({ name: 'Chi bộ Khu dân cư số 1', validFrom: FORMED, validTo: '2026-01-01', changeKind: 'REGISTERED', recordedBy: board.userId }),
        expect.objectContaining({
          name: 'Chi bộ Tổ dân phố số 1',
          validFrom: '2026-01-01',
          validTo: null,
          changeKind: 'REVISED',
          note: 'Nghị quyết 05-NQ/ĐU',
          recordedBy: board.userId,
          recordedByRole: 'PARTY_BUILDING_BOARD',
        }),
      ]);
    });

    it('moves a cell; the tree on any date shows where it was', async () => {
      const response = await h.gql(board, `mutation($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { parentId } }`, {
        input: { organisationId: ids.bv2, parentId: ids.ward, effectiveDate: '2026-02-01', reason: 'Chuyển về Đảng ủy phường' },
      });
      expect(response.errors).toBeUndefined();
      // Children in Vietnamese name order: "Chi bộ Khoa…" < "Chi bộ Khu…" < "Chi bộ Tổ…" < "Đảng bộ…".
      expect(await treeOn('2025-12-31')).toBe('DU(DU.KDC01,DU.KDC02,DU.KDC03,DU.BV(DU.BV.02,DU.BV.01),DU.TH(DU.TH.01))');
      expect(await treeOn('2026-01-31')).toBe('DU(DU.KDC02,DU.KDC03,DU.KDC01,DU.BV(DU.BV.02,DU.BV.01),DU.TH(DU.TH.01))');
      expect(await treeOn('2026-02-01')).toBe('DU(DU.BV.02,DU.KDC02,DU.KDC03,DU.KDC01,DU.BV(DU.BV.01),DU.TH(DU.TH.01))');
    });

    it('merges two cells into a new one: members re-placed with INTERNAL_TRANSFER movements, sources closed', async () => {
      for (const [i, cell] of [ids.kdc2, ids.kdc2, ids.kdc3].entries()) {
        await registerMember(h, {
          organisationId: cell,
          fullName: `Nguyễn Văn Hợp ${['An', 'Bình', 'Cường'][i]}`,
          dateOfBirth: '1970-05-0' + (i + 1),
          gender: 'MALE',
          status: 'OFFICIAL',
          registeredOn: '2025-08-01',
        });
      }
      const response = await h.gql<{ mergeOrganisations: Record<string, unknown> }>(
        board,
        `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) {
           target { id code kind parentId validFrom } closures { organisationId reason successorIds effectiveDate note } reparented { code } membersMoved } }`,
        {
          input: {
            sourceIds: [ids.kdc2, ids.kdc3],
            newTarget: { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'DU.KDC23', name: 'Chi bộ Khu dân cư số 2–3' },
            effectiveDate: '2026-03-01',
            reason: 'Quyết định 21-QĐ/ĐU sáp nhập',
          },
        },
      );
      expect(response.errors).toBeUndefined();
      const merge = response.data?.mergeOrganisations as { target: { id: string }; closures: unknown[]; membersMoved: number };
      ids.kdc23 = merge.target.id;
      expect(merge).toMatchObject({
        target: { kind: 'PARTY_CELL', parentId: ids.ward, validFrom: '2026-03-01' },
        membersMoved: 3,
        reparented: [],
      });
      expect(merge.closures).toEqual(
        expect.arrayContaining([
          { organisationId: ids.kdc2, reason: 'MERGED', successorIds: [ids.kdc23], effectiveDate: '2026-03-01', note: 'Quyết định 21-QĐ/ĐU sáp nhập' },
          expect.objectContaining({ organisationId: ids.kdc3, reason: 'MERGED' }),
        ]),
      );
      expect(await treeOn('2026-02-28')).toContain('DU.KDC02,DU.KDC03');
      expect(await treeOn('2026-03-01')).toBe('DU(DU.BV.02,DU.KDC23,DU.KDC01,DU.BV(DU.BV.01),DU.TH(DU.TH.01))');

      const counts = `query($id: ID!, $asOf: LocalDate) { memberCounts(organisationId: $id, asOf: $asOf) { total official } }`;
      const total = async (id: string, asOf: string) => (await h.gql<{ memberCounts: { total: number } }>(board, counts, { id, asOf })).data?.memberCounts.total;
      expect([await total(ids.kdc2, '2026-02-28'), await total(ids.kdc3, '2026-02-28'), await total(ids.kdc23, '2026-02-28')]).toEqual([2, 1, 0]);
      expect([await total(ids.kdc2, '2026-03-01'), await total(ids.kdc23, '2026-03-01')]).toEqual([0, 3]);

      const moved = await h.sql<{ kind: string; origin: string; to_organisation_id: string }>(
        `select kind, origin, to_organisation_id from member_movement where from_organisation_id in (?, ?)`,
        [ids.kdc2, ids.kdc3],
      );
      expect(moved).toHaveLength(3);
      expect(moved.every((m) => m.kind === 'INTERNAL_TRANSFER' && m.origin === 'MERGE' && m.to_organisation_id === ids.kdc23)).toBe(true);
    });

    it('splits a grassroots committee, re-parenting its cells as allocated', async () => {
      const response = await h.gql<{ splitOrganisation: { created: { id: string; code: string }[]; closure: { reason: string }; reparented: { code: string; parentId: string }[] } }>(
        board,
        `mutation($input: SplitOrganisationInput!) { splitOrganisation(input: $input) {
           created { id code } closure { reason successorIds } reparented { code parentId } membersMoved } }`,
        {
          input: {
            sourceId: ids.hospital,
            effectiveDate: '2026-04-01',
            newOrganisations: [
              { parentId: ids.ward, kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DU.BVA', name: 'Đảng bộ Bệnh viện A' },
              { parentId: ids.ward, kind: 'GRASSROOTS_COMMITTEE', sector: 'PUBLIC_SERVICE', code: 'DU.BVB', name: 'Đảng bộ Bệnh viện B' },
            ],
            memberAllocations: [],
            childAllocations: [{ organisationId: ids.bv1, parentCode: 'du.bvb' }],
            reason: 'Quyết định 30-QĐ/ĐU chia tách',
          },
        },
      );
      expect(response.errors).toBeUndefined();
      const split = response.data?.splitOrganisation;
      const bvb = split?.created.find((org) => org.code === 'DU.BVB')?.id;
      expect(split?.closure.reason).toBe('SPLIT');
      expect(split?.reparented).toEqual([{ code: 'DU.BV.01', parentId: bvb }]);
      expect(await treeOn('2026-03-31')).toBe('DU(DU.BV.02,DU.KDC23,DU.KDC01,DU.BV(DU.BV.01),DU.TH(DU.TH.01))');
      expect(await treeOn('2026-04-01')).toBe('DU(DU.BV.02,DU.KDC23,DU.KDC01,DU.BVA,DU.BVB(DU.BV.01),DU.TH(DU.TH.01))');
      // The earlier dates are unchanged by the later changes.
      expect(await treeOn('2025-12-31')).toBe('DU(DU.KDC01,DU.KDC02,DU.KDC03,DU.BV(DU.BV.02,DU.BV.01),DU.TH(DU.TH.01))');
    });

    it('splits a cell with members, each member allocated to one new cell', async () => {
      const members = await h.gql<{ members: { edges: { node: { id: string } }[] } }>(
        board,
        `query($id: ID!) { members(organisationId: $id) { edges { node { id } } } }`,
        { id: ids.kdc23 },
      );
      const [first, ...rest] = members.data?.members.edges.map((edge) => edge.node.id) ?? [];
      const response = await h.gql<{ splitOrganisation: { created: { id: string; code: string }[]; membersMoved: number } }>(
        board,
        `mutation($input: SplitOrganisationInput!) { splitOrganisation(input: $input) { created { id code } membersMoved } }`,
        {
          input: {
            sourceId: ids.kdc23,
            effectiveDate: '2026-05-01',
            newOrganisations: [
              { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'DU.KDC2A', name: 'Chi bộ Khu dân cư số 2A' },
              { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'RESIDENTIAL_AREA', code: 'DU.KDC2B', name: 'Chi bộ Khu dân cư số 2B' },
            ],
            memberAllocations: [{ memberId: first, organisationCode: 'DU.KDC2A' }, ...rest.map((memberId) => ({ memberId, organisationCode: 'DU.KDC2B' }))],
            childAllocations: [],
            reason: 'Quyết định 31-QĐ/ĐU chia tách',
          },
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.splitOrganisation.membersMoved).toBe(3);
      const byCode = Object.fromEntries((response.data?.splitOrganisation.created ?? []).map((org) => [org.code, org.id]));
      const counts = await h.gql<{ a: { total: number }; b: { total: number }; before: { total: number } }>(
        board,
        `query($a: ID!, $b: ID!, $src: ID!) { a: memberCounts(organisationId: $a) { total } b: memberCounts(organisationId: $b) { total }
           before: memberCounts(organisationId: $src, asOf: "2026-04-30") { total } }`,
        { a: byCode['DU.KDC2A'], b: byCode['DU.KDC2B'], src: ids.kdc23 },
      );
      expect(counts.data).toEqual({ a: { total: 1 }, b: { total: 2 }, before: { total: 3 } });
      const ward = await h.gql<{ memberCounts: { total: number } }>(
        board,
        `query($id: ID!) { memberCounts(organisationId: $id, includeSubtree: true) { total } }`,
        { id: ids.ward },
      );
      expect(ward.data?.memberCounts.total).toBe(3);
    });

    it('dissolves an empty cell and records the closure', async () => {
      const response = await h.gql<{ closeOrganisation: { closure: Record<string, unknown>; organisation: { code: string; asOf: string; validTo: string } } }>(
        board,
        `mutation($input: CloseOrganisationInput!) { closeOrganisation(input: $input) {
           closure { reason successorIds effectiveDate recordedBy } organisation { code asOf validTo } } }`,
        { input: { organisationId: ids.th1, effectiveDate: '2026-06-01', reason: 'Giải thể theo Quyết định 40-QĐ/ĐU' } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.closeOrganisation).toEqual({
        closure: { reason: 'DISSOLVED', successorIds: [], effectiveDate: '2026-06-01', recordedBy: board.userId },
        organisation: { code: 'DU.TH.01', asOf: '2026-05-31', validTo: '2026-06-01' },
      });
      const closed = await h.gql<{ organisation: { closure: { reason: string } } | null; before: { code: string } }>(
        board,
        `query($id: ID!) { organisation(id: $id) { closure { reason } } before: organisation(id: $id, asOf: "2026-05-31") { code closure { reason } } }`,
        { id: ids.th1 },
      );
      expect(closed.data).toEqual({ organisation: null, before: { code: 'DU.TH.01', closure: { reason: 'DISSOLVED' } } });
    });
  });

  describe('refusals', () => {
    const register = `mutation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { id } }`;
    const valid = () => ({ parentId: ids.ward, kind: 'PARTY_CELL', sector: 'OTHER', code: 'DU.X', name: 'Chi bộ X', validFrom: FORMED, reason: 'Thử' });

    it('lists every bad input at once and changes nothing', async () => {
      const before = await versionCount();
      // A malformed id is refused by the ID scalar, before any resolver, naming the field.
      const malformedId = await h.gql(board, register, { input: { ...valid(), parentId: 'not-an-id', code: ' ', name: '', reason: '' } });
      expect(errorOf(malformedId)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/input\.parentId.*UUID/) });
      const response = await h.gql(board, register, { input: { ...valid(), code: ' ', name: '', reason: '' } });
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'input.code', message: 'must not be empty' },
          { field: 'input.name', message: 'must not be empty' },
          { field: 'input.reason', message: 'must not be empty' },
        ],
      });
      expect(await versionCount()).toBe(before);
    });

    it('refuses a malformed date before any resolver runs', async () => {
      // Through the gateway, which relays the subgraph's HTTP 400 with its code.
      const response = await h.gql(board, register, { input: { ...valid(), validFrom: '2025-02-30' } });
      expect(errorOf(response).code).toBe('BAD_USER_INPUT');
      expect(errorOf(response).message).toContain('validFrom');
    });

    it.each([
      ['a cell under a cell', () => ({ ...valid(), parentId: ids.kdc1 }), 'ORG.PARENT_KIND'],
      ['a cell without a parent', () => ({ ...valid(), parentId: null }), 'ORG.PARENT_KIND'],
      ['an effective date after today', () => ({ ...valid(), validFrom: '2026-07-16' }), 'ORG.EFFECTIVE_DATE_WINDOW'],
      ['a parent that has closed', () => ({ ...valid(), parentId: ids.hospital, validFrom: '2026-06-01' }), 'ORG.ORGANISATION_ACTIVE'],
    ])('refuses %s with the Charter rule it breaks', async (_case, input, rule) => {
      const before = await versionCount();
      const response = await h.gql(board, register, { input: input() });
      expect(errorOf(response)).toMatchObject({ code: 'RULE_VIOLATION', rule });
      expect(await versionCount()).toBe(before);
    });

    it('refuses a code already in use (CONFLICT), a revision that changes nothing, a cycle and closing a non-empty organisation', async () => {
      expect(errorOf(await h.gql(board, register, { input: { ...valid(), code: 'du.kdc01' } }))).toMatchObject({ code: 'CONFLICT' });
      const revise = `mutation($input: ReviseOrganisationInput!) { reviseOrganisation(input: $input) { id } }`;
      expect(
        errorOf(await h.gql(board, revise, { input: { organisationId: ids.kdc1, effectiveDate: '2026-07-01', name: 'Chi bộ Tổ dân phố số 1', reason: 'x' } })),
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ORG.CHANGE_MUST_CHANGE_SOMETHING' });
      const move = `mutation($input: MoveOrganisationInput!) { moveOrganisation(input: $input) { id } }`;
      expect(
        errorOf(await h.gql(board, move, { input: { organisationId: ids.ward, parentId: ids.kdc1, effectiveDate: '2026-07-01', reason: 'x' } })),
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ORG.NO_CYCLE' });
      const merge = `mutation($input: MergeOrganisationsInput!) { mergeOrganisations(input: $input) { membersMoved } }`;
      expect(
        errorOf(await h.gql(board, merge, { input: { sourceIds: [ids.kdc1], targetId: ids.kdc1, effectiveDate: '2026-07-01', reason: 'x' } })),
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ORG.MERGE_COMPOSITION' });
      expect(
        errorOf(await h.gql(board, merge, { input: { sourceIds: [ids.ward, ids.kdc1], targetId: ids.bv2, effectiveDate: '2026-07-01', reason: 'x' } })),
      ).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ORG.NO_CYCLE' });
      const close = `mutation($input: CloseOrganisationInput!) { closeOrganisation(input: $input) { closure { reason } } }`;
      expect(errorOf(await h.gql(board, close, { input: { organisationId: ids.school, effectiveDate: '2026-05-01', reason: 'x' } }))).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'ORG.CLOSE_REQUIRES_EMPTY',
      });
    });

    it('refuses a merge whose allocation strands members and a split that misses one', async () => {
      const split = `mutation($input: SplitOrganisationInput!) { splitOrganisation(input: $input) { membersMoved } }`;
      const response = await h.gql(board, split, {
        input: {
          sourceId: ids.bv2,
          effectiveDate: '2026-07-01',
          newOrganisations: [
            { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'PUBLIC_SERVICE', code: 'DU.S1', name: 'S1' },
            { parentId: ids.ward, kind: 'PARTY_CELL', sector: 'PUBLIC_SERVICE', code: 'DU.S1', name: 'S2' },
          ],
          memberAllocations: [{ memberId: ids.ward, organisationCode: 'DU.NOPE' }],
          childAllocations: [],
          reason: 'x',
        },
      });
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'input.newOrganisations[1].code', message: 'is given to two new organisations' },
          { field: 'input.memberAllocations[0].organisationCode', message: 'is not the code of one of the new organisations' },
        ],
      });
    });

    it('refuses the wrong role, a missing identity and a call that bypasses the gateway', async () => {
      for (const who of [auditor, trainingCentre, secretaryOf(ids.kdc1)]) {
        expect(errorOf(await h.gql(who, register, { input: valid() })).code).toBe('FORBIDDEN');
      }
      expect(errorOf(await h.gql(null, register, { input: valid() })).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await h.gql(null, `{ organisations { totalCount } }`)).code).toBe('UNAUTHENTICATED');
      const bypass = await h.gqlWithoutGateway(`{ organisations { totalCount } }`);
      expect(bypass.status).toBe(401);
      expect(errorOf(bypass).code).toBe('UNAUTHENTICATED');
    });
  });

  it('publishes every change to JetStream, in order, without personal data', async () => {
    const events = await eventually(async () => {
      const all = await h.streamEvents('ORGANISATION');
      return all.some((event) => event.type === 'organisation.organisation.closed' && (event.data as { reason: string }).reason === 'DISSOLVED') ? all : undefined;
    });
    const types = events.map((event) => event.type);
    expect(types.filter((type) => type === 'organisation.organisation.registered')).toHaveLength(9 + 1 + 2 + 2);
    expect(types).toEqual(expect.arrayContaining(['organisation.organisation.revised', 'organisation.organisation.moved', 'organisation.member.registered', 'organisation.member.moved']));
    const mergeIndex = types.indexOf('organisation.organisation.closed');
    expect(types.slice(0, mergeIndex).filter((type) => type === 'organisation.member.moved')).toHaveLength(3);
    for (const event of events) {
      expect(event.source).toBe('organisation-service');
      expect(event.actor).toEqual({ kind: 'USER', id: board.userId, role: 'PARTY_BUILDING_BOARD' });
      const payload = JSON.stringify(event.data);
      expect(payload).not.toMatch(/Nguyễn|Hợp|fullName|nationalId|dateOfBirth/);
    }
  });
});
