import { randomUUID } from 'node:crypto';
import {
  auditor,
  board,
  committeeMember,
  errorOf,
  MEMBER_FIELDS,
  type MemberNode,
  nationalIdFor,
  registerMember,
  registerOrganisation,
  type RegisterMemberValues,
  secretaryOf,
  standing,
  trainingCentre,
} from './support/fixtures';
import { eventually, type Harness, startHarness } from './support/harness';

const FORMED = '2025-07-01';
const REGISTER = `mutation($input: RegisterMemberInput!) { registerMember(input: $input) { ${MEMBER_FIELDS} } }`;
const MEMBER = `query($id: ID!) { member(id: $id) { ${MEMBER_FIELDS} } }`;
const MOVE = `mutation($input: RecordMemberMovementInput!) { recordMemberMovement(input: $input) {
  member { id organisationId active temporarilyAway leftBy } movement { kind effectiveDate fromOrganisationId toOrganisationId origin note position recordedBy } } }`;
const COUNTS = `query($id: ID!, $asOf: LocalDate, $sub: Boolean) { memberCounts(organisationId: $id, asOf: $asOf, includeSubtree: $sub) { official probationary total officialVoteBase } }`;

describe('party members', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  let secretary: ReturnType<typeof secretaryOf>;

  const official = (cell: string, fullName: string, dateOfBirth: string, gender: 'MALE' | 'FEMALE', serial: number): RegisterMemberValues => ({
    organisationId: ids[cell],
    fullName,
    dateOfBirth,
    gender,
    nationalId: nationalIdFor(dateOfBirth, gender, serial),
    status: 'OFFICIAL',
    admissionDecisionDate: '2010-03-01',
    ceremonyDate: '2010-03-20',
    officialDate: '2011-03-20',
    registeredOn: '2025-08-01',
  });
  const counts = async (cell: string, asOf?: string, sub = false) =>
    (await h.gql<{ memberCounts: Record<string, number> }>(board, COUNTS, { id: ids[cell], asOf, sub })).data?.memberCounts;
  const auditRows = () => h.sql<{ actor_id: string; actor_role: string; subject_id: string; field: string; request_id: string; action: string }>(
    'select actor_id, actor_role, subject_id, field, request_id, action from personal_data_audit order by occurred_at',
  );

  beforeAll(async () => {
    h = await startHarness('members');
    const reg = async (key: string, parent: string | null, kind: string, sector: string, code: string, name: string) => {
      ids[key] = await registerOrganisation(h, { parentId: parent === null ? null : ids[parent], kind, sector, code, name, validFrom: FORMED });
    };
    await reg('ward', null, 'WARD_COMMITTEE', 'ADMINISTRATIVE', 'P', 'Đảng bộ phường');
    await reg('company', 'ward', 'GRASSROOTS_COMMITTEE', 'STATE_ENTERPRISE', 'P.CT', 'Đảng bộ Công ty Điện lực');
    await reg('c1', 'company', 'PARTY_CELL', 'STATE_ENTERPRISE', 'P.CT.01', 'Chi bộ Phòng Kỹ thuật');
    await reg('c2', 'company', 'PARTY_CELL', 'STATE_ENTERPRISE', 'P.CT.02', 'Chi bộ Phòng Kinh doanh');
    await reg('x', 'ward', 'PARTY_CELL', 'RESIDENTIAL_AREA', 'P.KDC01', 'Chi bộ Khu dân cư số 1');
    secretary = secretaryOf(ids.company);
  });

  afterAll(async () => {
    await h?.stop();
  });

  describe('registration', () => {
    it('registers an existing member; the name is stored in canonical form', async () => {
      const member = await registerMember(h, { ...official('c1', '  nguyễn   VĂN an ', '1975-04-12', 'MALE', 1), registeredOn: null });
      ids.an = member.id;
      expect(member).toMatchObject({
        fullName: 'Nguyễn Văn An',
        status: 'OFFICIAL',
        organisationId: ids.c1,
        active: true,
        registrationKind: 'EXISTING',
        registeredOn: '2026-07-15',
        recordComplete: true,
        nationalId: nationalIdFor('1975-04-12', 'MALE', 1),
      });
    });

    it('lets a cell secretary register members inside their subtree only', async () => {
      ids.binh = (await registerMember(h, official('c1', 'Trần Thị Bình', '1980-09-30', 'FEMALE', 2), secretary)).id;
      ids.cuong = (await registerMember(h, official('c2', 'Lê Văn Cường', '1985-01-15', 'MALE', 3), secretary)).id;
      const outside = await h.gql(secretary, REGISTER, { input: official('x', 'Phạm Văn Dũng', '1990-02-02', 'MALE', 4) });
      expect(errorOf(outside).code).toBe('FORBIDDEN');
      const other = await h.gql(secretaryOf(ids.x), REGISTER, { input: official('c1', 'Phạm Văn Dũng', '1990-02-02', 'MALE', 4) });
      expect(errorOf(other).code).toBe('FORBIDDEN');
    });

    it('registers a probationary member, an arrival by transfer and a member in a residential cell', async () => {
      ids.dung = (
        await registerMember(h, {
          organisationId: ids.c2,
          fullName: 'Đỗ Thị Dung',
          dateOfBirth: '2000-06-01',
          gender: 'FEMALE',
          nationalId: nationalIdFor('2000-06-01', 'FEMALE', 5),
          status: 'PROBATIONARY',
          admissionDecisionDate: '2025-05-20',
          ceremonyDate: '2025-06-10',
          registeredOn: FORMED,
        })
      ).id;
      const arrival = await h.gql<{ registerMember: MemberNode }>(board, REGISTER, {
        input: { ...official('x', 'Hoàng Văn Em', '1960-12-12', 'MALE', 6), registrationKind: 'TRANSFER_IN' },
      });
      ids.em = (arrival.data as { registerMember: MemberNode }).registerMember.id;
      expect(arrival.data?.registerMember.registrationKind).toBe('TRANSFER_IN');
    });

    it('lists every malformed value at once and changes nothing', async () => {
      const before = await h.sql('select id from party_member');
      // A malformed id is refused by the ID scalar, before any resolver, naming the field.
      const malformedId = await h.gql(board, REGISTER, { input: { ...official('c1', ' ', '1975-04-12', 'MALE', 7), organisationId: 'cell-1', nationalId: 'x'.repeat(21) } });
      expect(errorOf(malformedId)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/input\.organisationId.*UUID/) });
      const response = await h.gql(board, REGISTER, { input: { ...official('c1', ' ', '1975-04-12', 'MALE', 7), nationalId: 'x'.repeat(21) } });
      expect(errorOf(response)).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [
          { field: 'input.fullName', message: 'must not be empty' },
          { field: 'input.nationalId', message: 'must be at most 20 characters' },
        ],
      });
      expect(await h.sql('select id from party_member')).toHaveLength(before.length);
    });

    it.each([
      ['admitted before 18', { dateOfBirth: '1995-01-01', nationalId: nationalIdFor('1995-01-01', 'MALE', 8), admissionDecisionDate: '2012-06-01', ceremonyDate: '2012-06-20', officialDate: '2013-06-20' }, 'MEMBER.MIN_AGE_AT_ADMISSION'],
      ['a national ID that contradicts the date of birth', { nationalId: nationalIdFor('1976-04-12', 'MALE', 9) }, 'MEMBER.NATIONAL_ID_VALID'],
      ['an official date that is not 12 months after the ceremony', { officialDate: '2011-01-01' }, 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION'],
      ['a probationer without a ceremony date', { status: 'PROBATIONARY', ceremonyDate: null, officialDate: null }, 'MEMBER.PROBATIONER_DATES_KNOWN'],
      ['a registration after today', { registeredOn: '2026-07-16' }, 'MEMBER.DATE_NOT_IN_FUTURE'],
    ])('refuses %s with the rule it breaks', async (_case, change, rule) => {
      const response = await h.gql(board, REGISTER, { input: { ...official('c1', 'Vũ Văn Giang', '1975-04-12', 'MALE', 10), ...change } });
      expect(errorOf(response)).toMatchObject({ code: 'RULE_VIOLATION', rule });
      expect(errorOf(response).message).not.toContain('Giang');
    });

    it('refuses members in a committee (members belong to cells) and a national ID already recorded', async () => {
      const committee = await h.gql(board, REGISTER, { input: official('company', 'Vũ Văn Giang', '1975-04-12', 'MALE', 11) });
      expect(errorOf(committee)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'ORG.MEMBERS_ONLY_IN_CELLS' });
      const duplicate = await h.gql(board, REGISTER, { input: official('c2', 'Vũ Văn Giang', '1975-04-12', 'MALE', 1) });
      expect(errorOf(duplicate).code).toBe('CONFLICT');
      expect(errorOf(duplicate).message).not.toContain(nationalIdFor('1975-04-12', 'MALE', 1));
    });

    it('refuses roles that do not change members, and an anonymous caller', async () => {
      for (const who of [committeeMember, auditor, trainingCentre]) {
        expect(errorOf(await h.gql(who, REGISTER, { input: official('c1', 'Vũ Văn Giang', '1975-04-12', 'MALE', 12) })).code).toBe('FORBIDDEN');
      }
      expect(errorOf(await h.gql(null, REGISTER, { input: official('c1', 'Vũ Văn Giang', '1975-04-12', 'MALE', 12) })).code).toBe('UNAUTHENTICATED');
    });
  });

  describe('reading members and personal data', () => {
    it('shows the national ID masked to readers who do not handle dossiers, and writes nothing to the audit log for them', async () => {
      const before = (await auditRows()).length;
      for (const who of [committeeMember, auditor]) {
        const response = await h.gql<{ member: MemberNode }>(who, MEMBER, { id: ids.an });
        expect(response.data?.member.nationalId).toBe('*********001');
        expect(response.data?.member.fullName).toBe('Nguyễn Văn An');
      }
      expect(await auditRows()).toHaveLength(before);
    });

    it('shows it in full to the board and the member’s cell secretary, each read audit-logged with who, role, member, field and request', async () => {
      const before = (await auditRows()).length;
      const full = nationalIdFor('1980-09-30', 'FEMALE', 2);
      const byBoard = await h.gql<{ member: MemberNode }>(board, MEMBER, { id: ids.binh }, { 'x-request-id': 'req-board-1' });
      expect(byBoard.data?.member.nationalId).toBe(full);
      const bySecretary = await h.gql<{ member: MemberNode }>(secretary, MEMBER, { id: ids.binh }, { 'x-request-id': 'req-secretary-1' });
      expect(bySecretary.data?.member.nationalId).toBe(full);
      const rows = (await auditRows()).slice(before);
      expect(rows).toEqual([
        { actor_id: board.userId, actor_role: 'PARTY_BUILDING_BOARD', subject_id: ids.binh, field: 'PartyMember.nationalId', request_id: 'req-board-1', action: 'READ' },
        { actor_id: secretary.userId, actor_role: 'CELL_SECRETARY', subject_id: ids.binh, field: 'PartyMember.nationalId', request_id: 'req-secretary-1', action: 'READ' },
      ]);
    });

    it('answers a cell secretary a member outside their subtree as one that does not exist; refuses roles that read no members', async () => {
      const outside = await h.gql(secretary, MEMBER, { id: ids.em });
      const madeUp = await h.gql(secretary, MEMBER, { id: randomUUID() });
      expect(outside).toEqual(madeUp);
      expect(outside.errors).toBeUndefined();
      expect(outside.data).toEqual({ member: null });
      expect(errorOf(await h.gql(trainingCentre, MEMBER, { id: ids.an })).code).toBe('FORBIDDEN');
      expect(errorOf(await h.gql(board, MEMBER, { id: 'nope' })).code).toBe('BAD_USER_INPUT');
    });

    it('lists members by Vietnamese name order, searches without diacritics, filters by status and date', async () => {
      const query = `query($org: ID, $sub: Boolean, $search: String, $status: PartyMemberStatus, $asOf: LocalDate, $first: Int, $after: String) {
        members(organisationId: $org, includeSubtree: $sub, search: $search, status: $status, asOf: $asOf, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { fullName status organisationId } } } }`;
      type Page = { members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { fullName: string; status: string } }[] } };
      const names = async (identity: typeof board, variables: Record<string, unknown>) => {
        const response = await h.gql<Page>(identity, query, variables);
        expect(response.errors).toBeUndefined();
        return response.data?.members.edges.map((edge) => edge.node.fullName);
      };
      // Given name first: An, Bình, Cường, Dung, Em.
      expect(await names(board, {})).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Đỗ Thị Dung', 'Hoàng Văn Em']);
      expect(await names(board, { search: 'VAN' })).toEqual(['Nguyễn Văn An', 'Lê Văn Cường', 'Hoàng Văn Em']);
      expect(await names(board, { search: 'do thi dung' })).toEqual(['Đỗ Thị Dung']);
      expect(await names(board, { status: 'PROBATIONARY' })).toEqual(['Đỗ Thị Dung']);
      expect(await names(board, { org: ids.company, sub: true })).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Đỗ Thị Dung']);
      expect(await names(board, { org: ids.company, sub: false })).toEqual([]);
      // On a past date: members registered by then, with their status that day.
      expect(await names(board, { asOf: '2025-06-30' })).toEqual([]);
      expect(await names(board, { asOf: '2025-07-31' })).toEqual(['Đỗ Thị Dung']);
      expect(await names(board, { asOf: '2025-08-01', status: 'OFFICIAL' })).toEqual(['Trần Thị Bình', 'Lê Văn Cường', 'Hoàng Văn Em']);
      // A cell secretary sees their subtree only, with or without naming an organisation.
      expect(await names(secretary, {})).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Đỗ Thị Dung']);
      expect(errorOf(await h.gql(secretary, query, { org: ids.x })).code).toBe('FORBIDDEN');

      const first = await h.gql<Page>(board, query, { first: 2 });
      expect(first.data?.members).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
      const second = await h.gql<Page>(board, query, { first: 2, after: first.data?.members.pageInfo.endCursor });
      expect(second.data?.members.edges.map((edge) => edge.node.fullName)).toEqual(['Lê Văn Cường', 'Đỗ Thị Dung']);
      expect(errorOf(await h.gql(board, query, { first: 101 })).code).toBe('BAD_USER_INPUT');
      expect(errorOf(await h.gql(board, query, { after: 'garbage' })).code).toBe('BAD_USER_INPUT');
    });
  });

  describe('corrections', () => {
    const CORRECT = `mutation($input: CorrectMemberRecordInput!) { correctMemberRecord(input: $input) { id fullName nationalId } }`;
    const HISTORY = `query($id: ID!) { member(id: $id) { corrections { kind field oldValue newValue reason correctedBy correctedByRole } } }`;

    it('keeps the old value, who, when and why; national IDs in the history are masked like the field itself', async () => {
      const corrected = nationalIdFor('1975-04-12', 'MALE', 99);
      const response = await h.gql<{ correctMemberRecord: { fullName: string } }>(board, CORRECT, {
        input: { memberId: ids.an, fullName: 'Nguyễn Văn Ân', nationalId: corrected, reason: 'Theo CCCD cấp lại ngày 01/06/2026' },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.correctMemberRecord.fullName).toBe('Nguyễn Văn Ân');
      const forBoard = await h.gql<{ member: { corrections: unknown[] } }>(board, HISTORY, { id: ids.an });
      expect(forBoard.data?.member.corrections).toEqual([
        { kind: 'CORRECTION', field: 'FULL_NAME', oldValue: 'Nguyễn Văn An', newValue: 'Nguyễn Văn Ân', reason: 'Theo CCCD cấp lại ngày 01/06/2026', correctedBy: board.userId, correctedByRole: 'PARTY_BUILDING_BOARD' },
        { kind: 'CORRECTION', field: 'NATIONAL_ID', oldValue: nationalIdFor('1975-04-12', 'MALE', 1), newValue: corrected, reason: 'Theo CCCD cấp lại ngày 01/06/2026', correctedBy: board.userId, correctedByRole: 'PARTY_BUILDING_BOARD' },
      ]);
      const forAuditor = await h.gql<{ member: { corrections: { oldValue: string; newValue: string }[] } }>(auditor, HISTORY, { id: ids.an });
      expect(forAuditor.data?.member.corrections[1]).toMatchObject({ oldValue: '*********001', newValue: '*********099' });
    });

    it('refuses a correction without a reason, one that changes nothing, and one outside the secretary’s subtree', async () => {
      expect(errorOf(await h.gql(board, CORRECT, { input: { memberId: ids.an, fullName: 'X Y', reason: ' ' } }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'input.reason', message: 'must not be empty' }],
      });
      expect(errorOf(await h.gql(board, CORRECT, { input: { memberId: ids.an, fullName: 'nguyễn văn ân', reason: 'x' } })).code).toBe('BAD_USER_INPUT');
      // Outside the subtree, the same answer as for an id that does not exist.
      expect(errorOf(await h.gql(secretary, CORRECT, { input: { memberId: ids.em, fullName: 'Hoàng Văn Êm', reason: 'x' } })).code).toBe('NOT_FOUND');
      expect(errorOf(await h.gql(secretary, CORRECT, { input: { memberId: randomUUID(), fullName: 'Hoàng Văn Êm', reason: 'x' } })).code).toBe('NOT_FOUND');
    });

    it('re-checks the record: a corrected date of birth must still agree with the national ID', async () => {
      const response = await h.gql(secretary, CORRECT, { input: { memberId: ids.binh, dateOfBirth: '1981-09-30', reason: 'Sai năm sinh' } });
      expect(errorOf(response)).toMatchObject({ code: 'RULE_VIOLATION', rule: 'MEMBER.NATIONAL_ID_VALID' });
    });
  });

  describe('movements and counts', () => {
    it('counts official and probationary members, and the vote base, on any date', async () => {
      expect(await counts('c2')).toEqual({ official: 1, probationary: 1, total: 2, officialVoteBase: 1 });
      expect(await counts('c2', '2025-07-31')).toEqual({ official: 0, probationary: 1, total: 1, officialVoteBase: 0 });
      expect(await counts('c2', '2025-08-01')).toEqual({ official: 1, probationary: 1, total: 2, officialVoteBase: 1 });
      expect(await counts('company', undefined, true)).toEqual({ official: 3, probationary: 1, total: 4, officialVoteBase: 3 });
      expect(await counts('ward', '2025-06-30', true)).toEqual({ official: 0, probationary: 0, total: 0, officialVoteBase: 0 });
    });

    it('takes a member on temporary transfer out of the vote base, and back', async () => {
      const out = await h.gql<{ recordMemberMovement: { member: { temporarilyAway: boolean }; movement: Record<string, unknown> } }>(secretary, MOVE, {
        input: { memberId: ids.binh, kind: 'TEMPORARY_TRANSFER_OUT', effectiveDate: '2026-03-01', reason: 'Học tập tại Học viện' },
      });
      expect(out.errors).toBeUndefined();
      expect(out.data?.recordMemberMovement).toEqual({
        member: { id: ids.binh, organisationId: ids.c1, active: true, temporarilyAway: true, leftBy: null },
        movement: {
          kind: 'TEMPORARY_TRANSFER_OUT',
          effectiveDate: '2026-03-01',
          fromOrganisationId: ids.c1,
          toOrganisationId: null,
          origin: 'REQUEST',
          note: 'Học tập tại Học viện',
          position: 1,
          recordedBy: secretary.userId,
        },
      });
      // An was registered today, so on these dates Bình is the cell's only member.
      expect(await counts('c1', '2026-02-28')).toMatchObject({ official: 1, officialVoteBase: 1 });
      expect(await counts('c1', '2026-03-01')).toMatchObject({ official: 1, officialVoteBase: 0 });
      await h.gql(secretary, MOVE, { input: { memberId: ids.binh, kind: 'TEMPORARY_TRANSFER_RETURN', effectiveDate: '2026-06-01', reason: 'Về' } });
      expect(await counts('c1', '2026-06-01')).toMatchObject({ officialVoteBase: 1 });
      expect(await counts('c1')).toMatchObject({ official: 2, officialVoteBase: 2 });
    });

    it('moves a member between cells of the secretary’s subtree, but not out of it', async () => {
      const moved = await h.gql(secretary, MOVE, { input: { memberId: ids.cuong, kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-06-15', toOrganisationId: ids.c1, reason: 'Điều động' } });
      expect(moved.errors).toBeUndefined();
      expect(await counts('c1')).toMatchObject({ total: 3 });
      expect(await counts('c2', '2026-06-14')).toMatchObject({ total: 2 });
      const out = await h.gql(secretary, MOVE, { input: { memberId: ids.cuong, kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-07-01', toOrganisationId: ids.x, reason: 'x' } });
      expect(errorOf(out).code).toBe('FORBIDDEN');
    });

    it('refuses impossible movements with the rule they break', async () => {
      const attempt = (input: Record<string, unknown>) => h.gql(board, MOVE, { input: { reason: 'x', ...input } });
      expect(errorOf(await attempt({ memberId: ids.cuong, kind: 'TEMPORARY_TRANSFER_RETURN', effectiveDate: '2026-07-01' }))).toMatchObject({ rule: 'MEMBER.TEMPORARY_TRANSFER_STATE' });
      expect(errorOf(await attempt({ memberId: ids.cuong, kind: 'TRANSFER_OUT', effectiveDate: '2026-06-01' }))).toMatchObject({ rule: 'MEMBER.MOVEMENT_DATE_ORDER' });
      expect(errorOf(await attempt({ memberId: ids.cuong, kind: 'INTERNAL_TRANSFER', effectiveDate: '2026-07-01', toOrganisationId: ids.company }))).toMatchObject({
        rule: 'ORG.MEMBERS_ONLY_IN_CELLS',
      });
      expect(errorOf(await attempt({ memberId: ids.cuong, kind: 'TRANSFER_OUT', effectiveDate: '2026-07-16' }))).toMatchObject({ rule: 'MEMBER.DATE_NOT_IN_FUTURE' });
      expect(errorOf(await attempt({ memberId: ids.cuong, kind: 'DEATH', effectiveDate: '2026-07-01', toOrganisationId: ids.c1 }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'input.toOrganisationId', message: 'is only given for TRANSFER_IN and INTERNAL_TRANSFER' }],
      });
      expect((await attempt({ memberId: ids.em, kind: 'DEATH', effectiveDate: '2026-07-01' })).errors).toBeUndefined();
      expect(errorOf(await attempt({ memberId: ids.em, kind: 'ACTIVITY_EXEMPTION_START', effectiveDate: '2026-07-02' }))).toMatchObject({ rule: 'MEMBER.NOTHING_AFTER_DEATH' });
      const dead = await h.gql<{ member: MemberNode }>(board, MEMBER, { id: ids.em });
      expect(dead.data?.member).toMatchObject({ active: false, leftBy: 'DEATH', organisationId: ids.x });
      expect(await counts('x', '2026-06-30')).toMatchObject({ total: 1 });
      expect(await counts('x', '2026-07-01')).toMatchObject({ total: 0 });
    });
  });

  describe('official recognition', () => {
    const RECOGNISE = `mutation($input: RecogniseOfficialMemberInput!) { recogniseOfficialMember(input: $input) { status officialDate } }`;

    it('is refused before the 12 months have passed, for a future decision and to a cell secretary', async () => {
      expect(errorOf(await h.gql(board, RECOGNISE, { input: { memberId: ids.dung, decisionDate: '2026-06-09' } }))).toMatchObject({
        rule: 'MEMBER.RECOGNITION_AFTER_PROBATION',
      });
      expect(errorOf(await h.gql(board, RECOGNISE, { input: { memberId: ids.dung, decisionDate: '2026-09-01' } }))).toMatchObject({
        rule: 'MEMBER.DATE_NOT_IN_FUTURE',
      });
      expect(errorOf(await h.gql(secretary, RECOGNISE, { input: { memberId: ids.dung, decisionDate: '2026-07-10' } })).code).toBe('FORBIDDEN');
    });

    it('makes a probationer official from the end of the 12 months, however late the decision', async () => {
      const response = await h.gql<{ recogniseOfficialMember: { status: string; officialDate: string } }>(standing, RECOGNISE, {
        input: { memberId: ids.dung, decisionDate: '2026-07-10' },
      });
      expect(response.data?.recogniseOfficialMember).toEqual({ status: 'OFFICIAL', officialDate: '2026-06-10' });
      // Cường was still in this cell until 15 June.
      expect(await counts('c2', '2026-06-09')).toMatchObject({ official: 1, probationary: 1 });
      expect(await counts('c2', '2026-06-10')).toMatchObject({ official: 2, probationary: 0 });
      expect(errorOf(await h.gql(board, RECOGNISE, { input: { memberId: ids.dung, decisionDate: '2026-07-10' } }))).toMatchObject({
        rule: 'MEMBER.RECOGNITION_ONLY_PROBATIONARY',
      });
    });
  });

  it('lets only one of two simultaneous registrations with the same national ID through', async () => {
    const input = official('c1', 'Vũ Thị Hằng', '1982-10-10', 'FEMALE', 555);
    const results = await Promise.all([h.gql(board, REGISTER, { input }), h.gql(board, REGISTER, { input })]);
    expect(results.map((response) => (response.errors ? errorOf(response).code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('publishes member events without personal data', async () => {
    const events = await eventually(async () => {
      const all = await h.streamEvents('ORGANISATION');
      const registered = all.filter((event) => event.type === 'organisation.member.registered').length;
      return registered >= 6 && all.some((event) => event.type === 'organisation.member.made-official') ? all : undefined;
    });
    const memberEvents = events.filter((event) => event.type.startsWith('organisation.member.'));
    const count = (type: string) => memberEvents.filter((event) => event.type === type).length;
    expect([count('organisation.member.registered'), count('organisation.member.moved'), count('organisation.member.made-official')]).toEqual([6, 4, 1]);
    expect(memberEvents.find((event) => event.type === 'organisation.member.made-official')?.data).toEqual({
      memberId: ids.dung,
      organisationId: ids.c2,
      status: 'OFFICIAL',
      active: true,
      temporarilyAway: false,
      activityExempt: false,
      officialDate: '2026-06-10',
    });
    for (const event of memberEvents) {
      expect(Object.keys(event.data as object)).not.toEqual(expect.arrayContaining(['fullName']));
      expect(JSON.stringify(event)).not.toMatch(/Nguyễn|Trần|Bình|Dung|001\d{9}/);
    }
  });
});
