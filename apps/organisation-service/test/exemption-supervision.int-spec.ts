import { board, committeeMember, errorOf, registerMember, registerOrganisation, secretaryOf, standing, trainingCentre } from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';
const SET = `mutation($input: SetTargetExemptionInput!) { setTargetExemption(input: $input) {
  id organisationId year reason note inForce setBy setByRole revokedOn } }`;
const REVOKE = `mutation($input: RevokeTargetExemptionInput!) { revokeTargetExemption(input: $input) {
  id inForce revokedOn revokedBy revokedByRole revocationNote } }`;
const ASSIGN = `mutation($input: AssignSupervisionInput!) { assignSupervision(input: $input) {
  id committeeMemberId organisationId validFrom validTo assignedBy } }`;

describe('target exemptions and supervision', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await startHarness('exemptions');
    const reg = async (key: string, parent: string | null, kind: string, sector: string, code: string) => {
      ids[key] = await registerOrganisation(h, { parentId: parent === null ? null : ids[parent], kind, sector, code, name: `Tổ chức ${code}`, validFrom: FORMED });
    };
    await reg('ward', null, 'WARD_COMMITTEE', 'ADMINISTRATIVE', 'W');
    await reg('residential', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'W.KDC');
    await reg('agencies', 'ward', 'GRASSROOTS_CELL', 'ADMINISTRATIVE', 'W.CQ');
    await reg('company', 'ward', 'GRASSROOTS_CELL', 'NON_STATE_ENTERPRISE', 'W.CTY');
    const base = { organisationId: ids.agencies, gender: 'MALE' as const, admissionDecisionDate: '2005-01-10', ceremonyDate: '2005-02-01', registeredOn: FORMED };
    ids.chair = (await registerMember(h, { ...base, fullName: 'Nguyễn Văn Chủ', dateOfBirth: '1970-01-01', status: 'OFFICIAL', officialDate: '2006-02-01' })).id;
    ids.novice = (
      await registerMember(h, { ...base, fullName: 'Lê Văn Mới', dateOfBirth: '1995-01-01', status: 'PROBATIONARY', admissionDecisionDate: '2026-01-05', ceremonyDate: '2026-02-01', registeredOn: '2026-02-01' })
    ).id;
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('target exemptions', () => {
    it('sets an exemption with its reason and who set it, and lists it for the year', async () => {
      const response = await h.gql<{ setTargetExemption: Record<string, unknown> }>(board, SET, {
        input: { organisationId: ids.residential, year: 2026, reason: 'RESIDENTIAL_AREA_CELL', note: 'Theo Kế hoạch 15-KH/ĐU' },
      });
      expect(response.errors).toBeUndefined();
      ids.exemption = response.data?.setTargetExemption.id as string;
      expect(response.data?.setTargetExemption).toMatchObject({
        organisationId: ids.residential,
        year: 2026,
        reason: 'RESIDENTIAL_AREA_CELL',
        note: 'Theo Kế hoạch 15-KH/ĐU',
        inForce: true,
        setBy: board.userId,
        setByRole: 'PARTY_BUILDING_BOARD',
        revokedOn: null,
      });
      const listed = await h.gql<{ targetExemptions: { organisationId: string }[]; organisation: { exemptions: { reason: string }[] } }>(
        trainingCentre,
        `query($id: ID!) { targetExemptions(year: 2026) { organisationId } organisation(id: $id) { exemptions(year: 2026) { reason } } }`,
        { id: ids.residential },
      );
      expect(listed.data).toEqual({ targetExemptions: [{ organisationId: ids.residential }], organisation: { exemptions: [{ reason: 'RESIDENTIAL_AREA_CELL' }] } });
    });

    it.each([
      ['a second exemption for the same year', () => ({ organisationId: ids.residential, year: 2026, reason: 'SOURCE_EXHAUSTED' }), 'CONFLICT', undefined],
      ['the residential reason outside residential areas', () => ({ organisationId: ids.company, year: 2026, reason: 'RESIDENTIAL_AREA_CELL' }), 'RULE_VIOLATION', 'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR'],
      ['“all staff are members” in an enterprise', () => ({ organisationId: ids.company, year: 2026, reason: 'ALL_STAFF_ARE_MEMBERS' }), 'RULE_VIOLATION', 'ORG.EXEMPTION_ALL_STAFF_SECTOR'],
      ['a year outside the plan’s term', () => ({ organisationId: ids.company, year: 2031, reason: 'SOURCE_EXHAUSTED' }), 'RULE_VIOLATION', 'ORG.EXEMPTION_YEAR_IN_TERM'],
      ['a malformed organisation id', () => ({ organisationId: 'x', year: 2026, reason: 'SOURCE_EXHAUSTED' }), 'BAD_USER_INPUT', undefined],
    ])('refuses %s', async (_case, input, code, rule) => {
      const response = await h.gql(board, SET, { input: input() });
      expect(errorOf(response)).toMatchObject({ code, ...(rule ? { rule } : {}) });
    });

    it('lets the standing committee extend the plan’s term; the board may not change the policy', async () => {
      const update = `mutation($input: UpdateOrganisationPolicyInput!) { updateOrganisationPolicy(input: $input) { planLastYear updatedBy } }`;
      const values = { maxFutureDays: 0, planFirstYear: 2025, planLastYear: 2031, minOfficialMembersToVote: 3 };
      expect(errorOf(await h.gql(board, update, { input: values })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.gql(standing, update, { input: { ...values, planLastYear: 2024, minOfficialMembersToVote: 0 } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'input.minOfficialMembersToVote', message: 'must be a whole number from 1 to 50' },
          { field: 'input.planLastYear', message: 'must not be before planFirstYear' },
        ],
      });
      const updated = await h.gql<{ updateOrganisationPolicy: { planLastYear: number; updatedBy: string } }>(standing, update, { input: values });
      expect(updated.data?.updateOrganisationPolicy).toEqual({ planLastYear: 2031, updatedBy: standing.userId });
      const response = await h.gql(board, SET, { input: { organisationId: ids.company, year: 2031, reason: 'SOURCE_EXHAUSTED' } });
      expect(response.errors).toBeUndefined();
    });

    it('revokes an exemption keeping the row, refuses revoking it twice, and allows a new one afterwards', async () => {
      const response = await h.gql<{ revokeTargetExemption: Record<string, unknown> }>(board, REVOKE, { input: { exemptionId: ids.exemption, note: 'Có nguồn mới' } });
      expect(response.data?.revokeTargetExemption).toEqual({
        id: ids.exemption,
        inForce: false,
        revokedOn: '2026-07-15',
        revokedBy: board.userId,
        revokedByRole: 'PARTY_BUILDING_BOARD',
        revocationNote: 'Có nguồn mới',
      });
      expect(errorOf(await h.gql(board, REVOKE, { input: { exemptionId: ids.exemption } }))).toMatchObject({
        code: 'RULE_VIOLATION',
        rule: 'ORG.EXEMPTION_ALREADY_REVOKED',
      });
      expect((await h.gql(board, SET, { input: { organisationId: ids.residential, year: 2026, reason: 'SOURCE_EXHAUSTED' } })).errors).toBeUndefined();
      const history = await h.gql<{ targetExemptions: { reason: string; inForce: boolean }[] }>(
        board,
        `query($id: ID) { targetExemptions(year: 2026, organisationId: $id, includeRevoked: true) { reason inForce } }`,
        { id: ids.residential },
      );
      expect(history.data?.targetExemptions).toEqual([
        { reason: 'RESIDENTIAL_AREA_CELL', inForce: false },
        { reason: 'SOURCE_EXHAUSTED', inForce: true },
      ]);
    });

    it('refuses changes by roles other than the ward’s editors', async () => {
      for (const who of [committeeMember, secretaryOf(ids.residential), trainingCentre]) {
        expect(errorOf(await h.gql(who, SET, { input: { organisationId: ids.residential, year: 2027, reason: 'SOURCE_EXHAUSTED' } })).code).toBe('FORBIDDEN');
      }
    });
  });

  describe('supervision', () => {
    it('assigns a committee member to an organisation and shows it on the organisation on dates in the period', async () => {
      const response = await h.gql<{ assignSupervision: { id: string } }>(board, ASSIGN, {
        input: { committeeMemberId: ids.chair, organisationId: ids.company, validFrom: '2025-09-01', note: 'Phân công theo QĐ 3-QĐ/ĐU' },
      });
      expect(response.errors).toBeUndefined();
      ids.assignment = response.data?.assignSupervision.id as string;
      const on = async (asOf: string) =>
        (
          await h.gql<{ organisation: { supervisors: { committeeMemberId: string; committeeMember: { fullName: string } }[] } }>(
            committeeMember,
            `query($id: ID!, $asOf: LocalDate) { organisation(id: $id) { supervisors(asOf: $asOf) { committeeMemberId committeeMember { fullName } } } }`,
            { id: ids.company, asOf },
          )
        ).data?.organisation.supervisors;
      expect(await on('2025-08-31')).toEqual([]);
      expect(await on('2026-01-01')).toEqual([{ committeeMemberId: ids.chair, committeeMember: { fullName: 'Nguyễn Văn Chủ' } }]);
    });

    it.each([
      ['an overlapping assignment of the same member to the same organisation', () => ({ committeeMemberId: ids.chair, organisationId: ids.company, validFrom: '2026-01-01' }), 'CONFLICT', undefined],
      ['a probationary member', () => ({ committeeMemberId: ids.novice, organisationId: ids.company, validFrom: '2026-03-01' }), 'RULE_VIOLATION', 'ORG.SUPERVISOR_ACTIVE_OFFICIAL'],
      ['an end before the start', () => ({ committeeMemberId: ids.chair, organisationId: ids.residential, validFrom: '2026-03-01', validTo: '2026-03-01' }), 'RULE_VIOLATION', 'ORG.SUPERVISION_PERIOD'],
      ['an organisation that does not exist then', () => ({ committeeMemberId: ids.chair, organisationId: ids.residential, validFrom: '2025-01-01' }), 'RULE_VIOLATION', 'ORG.ORGANISATION_ACTIVE'],
    ])('refuses %s', async (_case, input, code, rule) => {
      expect(errorOf(await h.gql(board, ASSIGN, { input: input() }))).toMatchObject({ code, ...(rule ? { rule } : {}) });
    });

    it('ends an assignment; it can be shortened, not lengthened', async () => {
      const end = `mutation($input: EndSupervisionInput!) { endSupervision(input: $input) { validTo endedBy } }`;
      const response = await h.gql<{ endSupervision: { validTo: string; endedBy: string } }>(board, end, { input: { assignmentId: ids.assignment, validTo: '2026-07-01' } });
      expect(response.data?.endSupervision).toEqual({ validTo: '2026-07-01', endedBy: board.userId });
      expect(errorOf(await h.gql(board, end, { input: { assignmentId: ids.assignment, validTo: '2026-08-01' } }))).toMatchObject({ rule: 'ORG.SUPERVISION_PERIOD' });
      const list = `query($m: ID, $asOf: LocalDate) { supervisionAssignments(committeeMemberId: $m, asOf: $asOf) { organisationId validTo } }`;
      expect((await h.gql<{ supervisionAssignments: unknown[] }>(board, list, { m: ids.chair, asOf: '2026-07-01' })).data?.supervisionAssignments).toEqual([]);
      expect((await h.gql<{ supervisionAssignments: unknown[] }>(board, list, { m: ids.chair })).data?.supervisionAssignments).toEqual([
        { organisationId: ids.company, validTo: '2026-07-01' },
      ]);
    });

    it('shows a cell secretary only the assignments of their subtree, and roles without member access nothing', async () => {
      await h.gql(board, ASSIGN, { input: { committeeMemberId: ids.chair, organisationId: ids.residential, validFrom: '2025-09-01' } });
      const list = `{ supervisionAssignments { organisationId } }`;
      expect((await h.gql<{ supervisionAssignments: unknown[] }>(secretaryOf(ids.residential), list)).data?.supervisionAssignments).toEqual([
        { organisationId: ids.residential },
      ]);
      expect(errorOf(await h.gql(trainingCentre, list)).code).toBe('FORBIDDEN');
    });

    it('shows a cell secretary the supervisors of organisations in their subtree only, also through Organisation.supervisors', async () => {
      const nested = `query($id: ID!) { organisation(id: $id) { supervisors(asOf: "2026-01-01") { committeeMemberId organisationId note } } }`;
      const supervisorsOf = async (who: Parameters<Harness['gql']>[0]) => {
        const response = await h.gql<{ organisation: { supervisors: unknown[] } }>(who, nested, { id: ids.company });
        expect(response.errors).toBeUndefined();
        return response.data?.organisation.supervisors;
      };
      const assignment = { committeeMemberId: ids.chair, organisationId: ids.company, note: 'Phân công theo QĐ 3-QĐ/ĐU' };
      expect(await supervisorsOf(secretaryOf(ids.company))).toEqual([assignment]);
      expect(await supervisorsOf(board)).toEqual([assignment]);
      // The tree is readable by everyone, so any organisation reaches the field: outside the subtree it is empty.
      expect(await supervisorsOf(secretaryOf(ids.residential))).toEqual([]);
    });
  });

  it('publishes exemption and supervision events', async () => {
    const types = await eventually(async () => {
      const events = await h.streamEvents('ORGANISATION');
      const found = events.map((event) => event.type);
      return found.includes('organisation.supervision.ended') && found.filter((t) => t === 'organisation.supervision.assigned').length === 2 ? found : undefined;
    });
    expect(types.filter((type) => type === 'organisation.exemption.set')).toHaveLength(3);
    expect(types.filter((type) => type === 'organisation.exemption.revoked')).toHaveLength(1);
  });
});
