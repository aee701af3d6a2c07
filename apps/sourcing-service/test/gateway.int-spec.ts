import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Identity } from '@pdv/auth';
import type { GraphQLResponse } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { freshPerson, referralInput, setUpWard, SUBMIT_REFERRAL, type SubmitResult, type TestWard } from './support/ward';

describe('the sourcing service through the gateway, with user tokens', () => {
  let h: Harness;
  let ward: TestWard;

  // The harness's gql goes through the gateway with a user token; `token` replaces it (a forged one).
  const call = <T = Record<string, unknown>>(identity: Identity | null, query: string, variables: Record<string, unknown> = {}, token?: string) =>
    h.gql<T>(identity, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const codeOf = (response: GraphQLResponse<unknown>) => response.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    h = await startHarness('sourcing_gateway');
    ward = await setUpWard(h);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('a Youth Union staffer refers people one by one and by spreadsheet; a cell secretary accepts one and assigns a mentor; the board sees quota attainment', async () => {
    const single = await call<SubmitResult>(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward) });
    expect(single.errors).toBeUndefined();
    const second = await call<SubmitResult>(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward) });
    expect(second.data?.submitReferral.referral.status).toBe('SUBMITTED');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Giới thiệu');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Trình độ học vấn', 'Nguồn', 'Chi bộ', 'Ngày đồng ý']);
    for (const person of [freshPerson(), freshPerson()]) {
      const [y, m, d] = person.dateOfBirth.split('-');
      sheet.addRow([person.fullName, `${d}/${m}/${y}`, person.gender === 'MALE' ? 'Nam' : 'Nữ', person.nationalId, 'Đại học', 'Đoàn viên', 'CB-A', '01/03/2026']);
    }
    const imported = await call<{ importReferrals: { imported: number; committed: boolean } }>(
      ward.who.youthStaff,
      `mutation($input: ImportReferralsInput!) { importReferrals(input: $input) { imported committed } }`,
      {
        input: {
          massOrganisationId: ward.massOrganisations.youth,
          fileName: 'gioi-thieu.xlsx',
          contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
          format: 'XLSX',
          mode: 'ALL_OR_NOTHING',
          consentNoticeVersion: ward.noticeVersion,
        },
      },
    );
    expect(imported.data?.importReferrals).toEqual({ imported: 2, committed: true });

    const accepted = await call<{ acceptReferral: { candidate: { status: string } } }>(
      ward.who.secretaryA,
      `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { candidate { status } } }`,
      { id: single.data!.submitReferral.referral.id },
    );
    expect(accepted.data?.acceptReferral.candidate.status).toBe('IN_SOURCE_POOL');
    const mentor = await call<{ assignMentor: { memberId: string } }>(
      ward.who.secretaryA,
      `mutation($c: ID!, $m: ID!) { assignMentor(input: { candidateId: $c, memberId: $m }) { memberId } }`,
      { c: single.data!.submitReferral.candidate.id, m: ward.members.officialA1 },
    );
    expect(mentor.data?.assignMentor.memberId).toBe(ward.members.officialA1);

    const quota = await call(ward.who.frontStaff, `mutation($m: ID!) { setReferralQuota(input: { massOrganisationId: $m, year: 2026, target: 20 }) { id } }`, {
      m: ward.massOrganisations.youth,
    });
    expect(quota.errors).toBeUndefined();
    const attainment = await call<{ referralQuotas: { massOrganisationId: string; attainment: { referred: number; accepted: number; percent: number } }[] }>(
      ward.who.board,
      `{ referralQuotas(year: 2026) { massOrganisationId attainment { referred accepted percent } } }`,
    );
    expect(attainment.data?.referralQuotas).toEqual([{ massOrganisationId: ward.massOrganisations.youth, attainment: { referred: 4, accepted: 1, percent: 5 } }]);
  });

  it('refuses what it should: no token, a forged token, another organisation, a cell outside the subtree, a role that only reads', async () => {
    expect(codeOf(await call(null, `{ candidates { totalCount } }`))).toBe('UNAUTHENTICATED');
    const forged = await call(ward.who.board, `{ candidates { totalCount } }`, {}, 'not.a.token');
    expect(forged.status).toBe(401);
    expect(codeOf(await call(ward.who.womenStaff, SUBMIT_REFERRAL, { input: referralInput(ward) }))).toBe('FORBIDDEN');
    const submitted = await call<SubmitResult>(ward.who.youthStaff, SUBMIT_REFERRAL, { input: referralInput(ward) });
    const referralId = submitted.data!.submitReferral.referral.id;
    // Another cell's referral: the same answer as for a referral that does not exist.
    expect(codeOf(await call(ward.who.secretaryC, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: referralId }))).toBe('NOT_FOUND');
    expect(codeOf(await call(ward.who.secretaryC, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await call(ward.who.standing, `mutation($id: ID!) { acceptReferral(input: { referralId: $id }) { referral { id } } }`, { id: referralId }))).toBe('FORBIDDEN');
    expect(codeOf(await call(ward.who.youthStaff, `mutation($m: ID!) { setReferralQuota(input: { massOrganisationId: $m, year: 2026, target: 99 }) { id } }`, { m: ward.massOrganisations.youth }))).toBe(
      'FORBIDDEN',
    );
  });
});
