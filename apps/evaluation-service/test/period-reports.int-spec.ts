import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type Identity, signUserToken } from '@pdv/auth';
import { admissionDeadlineOverdue, admissionDecided, dossierClosed } from '@pdv/contracts';
import { pdfText } from '@pdv/exports/testing';
import { identityOf, TEST_GATEWAY_JWT, waitFor } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { admit, admittedCount, candidate, loadSyntheticWard, type SyntheticWard } from './support/synthetic-ward';

const REPORT = `query ($period: String!) { periodReport(period: $period) { ...report } }
fragment report on PeriodReport {
  period firstDay lastDay ward { id } wardName frozen frozenAt frozenHow
  headline { kind span required actual inPeriod status }
  summary { met behind exempt total }
  units { code name status exemptionReason membersAtStartOfYear admitted admissionsRequired supervisor { id } forecastStatus }
  unitsBehind { code }
  sources { sourceCategory referred accepted admitted }
  quarters { quarter admitted targetByQuarterEnd admittedByQuarterEnd }
  overdueDossiers { dossierId organisation { id } code name deadline dueOn workingDaysLate }
  forecast { vi en }
  lateNote { vi en }
}`;
const CLOSE = `mutation ($period: String!) { closeReportingPeriod(period: $period) { ...report } } ${REPORT.slice(REPORT.indexOf('fragment'))}`;

interface Report {
  period: string;
  frozen: boolean;
  frozenAt: string | null;
  frozenHow: string | null;
  wardName: string;
  headline: { kind: string; span: string; required: number; actual: number; inPeriod: number }[];
  summary: { met: number; behind: number; exempt: number; total: number };
  units: { code: string; status: string; admitted: number; admissionsRequired: number; supervisor: { id: string } | null }[];
  unitsBehind: { code: string }[];
  sources: { sourceCategory: string; referred: number; accepted: number; admitted: number }[];
  quarters: { quarter: number; admitted: number; targetByQuarterEnd: number; admittedByQuarterEnd: number }[];
  overdueDossiers: { dossierId: string; organisation: { id: string }; code: string; name: string; deadline: string; dueOn: string; workingDaysLate: number }[];
  lateNote: { vi: string; en: string } | null;
}

// Quarterly reports of the synthetic ward (test/support/synthetic-ward.ts): exact numbers, frozen
// at the period's end, the same after a late event, which counts in the open period instead.
describe('period reports', () => {
  let h: Harness;
  let w: SyntheticWard;
  const board = identityOf('PARTY_BUILDING_BOARD');

  // The admission service's overdue deadlines: C1's decision, past due since 15 June (decided
  // only on 2 July, after Q2 was frozen); C3's ceremony, overdue in May but the dossier closed in
  // June; C4's recognition meeting, due on 1 September.
  const dossiers = { c1Decision: randomUUID(), c3Ceremony: randomUUID(), c4Recognition: randomUUID() };
  const overdue = (dossierId: string, cellId: string, deadline: 'DECISION' | 'CEREMONY' | 'RECOGNITION_MEETING', dueOn: string) =>
    h.publish(admissionDeadlineOverdue, dossierId, { dossierId, candidateId: randomUUID(), cellId, deadline, dueOn, foundOn: dueOn });

  beforeAll(async () => {
    h = await startHarness('period reports', { today: '2026-09-20' });
    w = await loadSyntheticWard(h);
    await overdue(dossiers.c1Decision, w.c1, 'DECISION', '2026-06-15');
    await overdue(dossiers.c3Ceremony, w.c3, 'CEREMONY', '2026-05-11');
    await overdue(dossiers.c4Recognition, w.c4, 'RECOGNITION_MEETING', '2026-09-01');
    await h.publish(dossierClosed, dossiers.c3Ceremony, { dossierId: dossiers.c3Ceremony, candidateId: randomUUID(), cellId: w.c3, outcome: 'WITHDRAWN', closedOn: '2026-06-05' });
    await waitFor(async () => (await h.sql('select 1 from overdue_deadline where resolved_on is not null')).length === 1 && (await h.sql('select 1 from overdue_deadline')).length === 3, {
      what: 'the overdue deadlines',
    });
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  const report = async (identity: Identity | null, period: string) => h.gql<{ periodReport: Report }>(identity, REPORT, { period });
  const close = async (identity: Identity, period: string) => h.gql<{ closeReportingPeriod: Report }>(identity, CLOSE, { period });
  let q2: Report;

  it('freezes an ended quarter’s report on its first read, with the exact numbers of the synthetic year', async () => {
    const { data, errors } = await report(board, '2026-Q2');
    expect(errors).toBeUndefined();
    q2 = data?.periodReport as Report;
    expect(q2).toMatchObject({ period: '2026-Q2', frozen: true, frozenHow: 'FIRST_READ_AFTER_END', wardName: 'Tổ chức DU-PHUONG' });
    expect(q2.headline.filter((f) => f.span === 'YEAR').map((f) => [f.kind, f.required, f.actual, f.inPeriod])).toEqual([
      ['WARD_ADMISSIONS', 90, 3, 3],
      ['WARD_AWARENESS_TRAINED', 100, 0, 0],
    ]);
    // By the end of June C3 had admitted 2 of its 3: behind, like the others; C4 exempt.
    expect(q2.units.map((u) => [u.code, u.status, u.admitted, u.admissionsRequired])).toEqual([
      ['CB-03', 'BEHIND', 2, 3],
      ['CB-04', 'EXEMPT', 1, 3],
      ['DB-01', 'BEHIND', 0, 3],
      ['DB-01-CB-1', 'BEHIND', 0, 0],
      ['DB-01-CB-2', 'BEHIND', 0, 0],
    ]);
    expect(q2.summary).toEqual({ met: 0, behind: 4, exempt: 1, total: 5 });
    expect(q2.unitsBehind.map((u) => u.code)).toEqual(['CB-03', 'DB-01', 'DB-01-CB-1', 'DB-01-CB-2']);
    expect(q2.sources).toEqual([{ sourceCategory: 'MASS_ORGANISATION_MEMBER', referred: 0, accepted: 0, admitted: 3 }]);
    expect(q2.quarters).toEqual([
      { quarter: 1, admitted: 0, targetByQuarterEnd: 23, admittedByQuarterEnd: 0 },
      { quarter: 2, admitted: 3, targetByQuarterEnd: 45, admittedByQuarterEnd: 3 },
    ]);
    // On 30 June: C1's decision 11 working days late; C3's dossier closed on 5 June; C4's not due yet.
    expect(q2.overdueDossiers).toEqual([
      { dossierId: dossiers.c1Decision, organisation: { id: w.c1 }, code: 'DB-01-CB-1', name: 'Tổ chức DB-01-CB-1', deadline: 'DECISION', dueOn: '2026-06-15', workingDaysLate: 11 },
    ]);
    expect(q2.lateNote).toBeNull();
  });

  it('returns the same numbers after a late event of the quarter, with a note; the open quarter counts it', async () => {
    const late = await candidate(h, w.c1, '2026-03-01');
    await waitFor(async () => (await h.sql('select 1 from candidate_journey where candidate_id = ?', [late])).length === 1, { what: 'the late referral' });
    await admit(h, late, w.c1, '2026-06-10', '2026-06-25');
    await waitFor(async () => (await admittedCount(h, w.ward, '2026-Q2')) === 4, { what: 'the late admission' });
    await h.publish(admissionDecided, dossiers.c1Decision, { dossierId: dossiers.c1Decision, candidateId: randomUUID(), cellId: w.c1, decisionDate: '2026-07-02', receivedOn: '2026-07-03' });
    await waitFor(async () => (await h.sql('select 1 from overdue_deadline where resolved_on is not null')).length === 2, { what: 'the late decision' });

    const again = (await report(board, '2026-Q2')).data?.periodReport as Report;
    expect({ ...again, lateNote: null }).toEqual(q2);
    expect(again.lateNote?.en).toBe('After this report was frozen, 1 admission of 2026-Q2 arrived late; this report keeps its numbers and the late ones count in the open period (2026-Q3).');
    expect(again.lateNote?.vi).toContain('1 đảng viên kết nạp của kỳ 2026-Q2');

    const q3 = (await report(board, '2026-Q3')).data?.periodReport as Report;
    expect(q3).toMatchObject({ frozen: false, frozenAt: null });
    // C3's July admission, and the late one of June.
    expect(q3.headline.find((f) => f.kind === 'WARD_ADMISSIONS')).toMatchObject({ actual: 5, inPeriod: 2 });
    expect(q3.lateNote?.en).toBe('This period also counts 1 admission of 2026-Q2, recorded after that period was frozen.');
    // The frozen Q2 still lists C1's decision; today C1's is decided and C4's meeting is 12
    // working days late (1–2 September are National Day).
    expect(q3.overdueDossiers.map((d) => [d.code, d.deadline, d.dueOn, d.workingDaysLate])).toEqual([['CB-04', 'RECOGNITION_MEETING', '2026-09-01', 12]]);
  });

  it('lets the board close a period once it has ended, and never refreezes it', async () => {
    expect((await close(board, '2026-Q3')).errors?.[0].extensions?.rule).toBe('EVALUATION.REPORT_PERIOD_ENDED');
    h.clock.set('2026-10-02T02:00:00Z');
    const closed = (await close(board, '2026-Q3')).data?.closeReportingPeriod as Report;
    expect(closed).toMatchObject({ frozen: true, frozenHow: 'CLOSED_BY_BOARD' });
    const reclosed = (await close(board, '2026-Q3')).data?.closeReportingPeriod as Report;
    expect(reclosed.frozenAt).toBe(closed.frozenAt);
    expect((await report(board, '2026-Q2')).data?.periodReport.frozenHow).toBe('FIRST_READ_AFTER_END');
    expect(await h.sql('select period_key, frozen_how from period_report order by period_key')).toEqual([
      { period_key: '2026-Q2', frozen_how: 'FIRST_READ_AFTER_END' },
      { period_key: '2026-Q3', frozen_how: 'CLOSED_BY_BOARD' },
    ]);
  });

  it('shows each role its view: the ward’s readers the report, a committee member their units; refuses the others', async () => {
    for (const role of ['WARD_STANDING_COMMITTEE', 'AUDITOR'] as const) expect((await report(identityOf(role), '2026-Q2')).data?.periodReport.units).toHaveLength(5);
    const supervisor: Identity = { userId: w.supervisor, role: 'COMMITTEE_MEMBER', scopeId: null };
    expect((await report(supervisor, '2026-Q2')).data?.periodReport.units.map((u) => u.code)).toEqual(['CB-03']);
    // C1's overdue dossier is under G, which `other` supervises: not shown to C3's supervisor.
    expect((await report(supervisor, '2026-Q2')).data?.periodReport.overdueDossiers).toEqual([]);
    const other: Identity = { userId: w.other, role: 'COMMITTEE_MEMBER', scopeId: null };
    expect((await report(other, '2026-Q2')).data?.periodReport.overdueDossiers.map((d) => d.code)).toEqual(['DB-01-CB-1']);
    expect((await report(identityOf('CELL_SECRETARY', w.g), '2026-Q2')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await report(null, '2026-Q2')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await close(identityOf('AUDITOR'), '2026-Q2')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await close(identityOf('COMMITTEE_MEMBER'), '2026-Q2')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await report(board, '2026-M07');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'period' }] });
  });

  // The report through the gateway's export mechanism (apps/gateway/src/exports/period-report.export.ts).
  const download = async (identity: Identity, format: 'xlsx' | 'pdf', period: string) => {
    const token = await signUserToken(identity, TEST_GATEWAY_JWT, '10m');
    const base = h.gateway.url.replace(/\/graphql$/, '');
    const response = await fetch(`${base}/exports/period-report.${format}?variables=${encodeURIComponent(JSON.stringify({ period }))}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  };

  it('exports the frozen quarter as an xlsx a meeting can use: Vietnamese headings, the units’ names and the frozen numbers', async () => {
    const file = await download(board, 'xlsx', '2026-Q2');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const rows = (sheet: number) => {
      const out: unknown[][] = [];
      workbook.worksheets[sheet].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    // A sheet per section after the summary, named by its title (Excel keeps 31 characters).
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', ...[1, 2, 3, 4, 5, 6, 7].map((n) => expect.stringMatching(new RegExp(`^${n}\\. (Kết quả|Các tổ chức|Các hồ sơ|Biểu đồ)`)))]);
    const summary = rows(0).map((r) => r[0]);
    expect(summary[0]).toBe('Báo cáo kết quả công tác phát triển đảng viên Quý II năm 2026');
    expect(summary).toEqual(expect.arrayContaining(['Tổ chức DU-PHUONG', 'Kỳ báo cáo: Quý II năm 2026', 'Từ ngày: 01/04/2026', 'Đến ngày: 30/06/2026', 'Chưa đạt: 4', 'Miễn chỉ tiêu: 1']));
    expect(String(summary.find((line) => String(line).startsWith('Số liệu đã chốt lúc')))).toContain('tự động khi kỳ báo cáo kết thúc');
    // The late June admission is in the note, not in the numbers.
    expect(String(summary.find((line) => String(line).startsWith('Ghi chú')))).toContain('1 đảng viên kết nạp của kỳ 2026-Q2');
    expect(rows(1).slice(0, 2)).toEqual([
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu giao', 'Thực hiện lũy kế', 'Trong kỳ', 'Còn thiếu', 'Đánh giá'],
      [1, 'Kết nạp đảng viên mới trong năm (toàn Đảng bộ)', 90, 3, 3, 87, 'Chưa đạt'],
    ]);
    expect(rows(2).map((r) => [r[1], r[2], r[5], r[6], r[7] ?? null])).toEqual([
      ['Mã', 'Tổ chức đảng', 'Đã kết nạp', 'Kết quả', 'Lý do miễn'],
      ['CB-03', 'Tổ chức CB-03', 2, 'Chưa đạt', null],
      ['CB-04', 'Tổ chức CB-04', 1, 'Miễn chỉ tiêu', 'Chi bộ khu dân cư'],
      ['DB-01', 'Tổ chức DB-01', 0, 'Chưa đạt', null],
      ['DB-01-CB-1', 'Tổ chức DB-01-CB-1', 0, 'Chưa đạt', null],
      ['DB-01-CB-2', 'Tổ chức DB-01-CB-2', 0, 'Chưa đạt', null],
    ]);
    expect(rows(4)).toEqual([
      ['STT', 'Mã', 'Tổ chức đảng', 'Thời hạn', 'Hạn cuối', 'Số ngày làm việc quá hạn'],
      [1, 'DB-01-CB-1', 'Tổ chức DB-01-CB-1', 'Ra quyết định kết nạp', new Date(Date.UTC(2026, 5, 15)), 11],
    ]);
    expect(rows(5)[1]).toEqual([1, 'Đoàn viên, hội viên các đoàn thể', 0, 0, 3]);
    expect(rows(6)).toEqual([
      ['Biểu đồ chỉ tiêu và kết quả kết nạp theo quý (lũy kế)', 'Chỉ tiêu lũy kế', 'Kết quả lũy kế'],
      ['Quý I', 23, 0],
      ['Quý II', 45, 3],
    ]);
  });

  it('exports it as a pdf with the period, when it was frozen, the charts and numbered pages', async () => {
    const file = await download(board, 'pdf', '2026-Q2');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    const { pages, title } = await pdfText(file.body);
    expect(title).toBe('Báo cáo kết quả công tác phát triển đảng viên Quý II năm 2026');
    const text = pages.join('\n');
    for (const expected of ['Tổ chức DU-PHUONG', 'Kỳ báo cáo: Quý II năm 2026', 'Số liệu đã chốt lúc', 'Kết quả của từng tổ chức đảng', 'Tổ chức CB-03', 'Miễn chỉ tiêu', 'Các hồ sơ quá thời hạn giải quyết', 'Ra quyết định kết nạp', 'Biểu đồ chỉ tiêu và kết quả kết nạp theo quý (lũy kế)', 'Quý II', 'Chỉ tiêu lũy kế', 'Biểu đồ chỉ tiêu và kết quả kết nạp của từng tổ chức đảng', 'T/M Ban Thường vụ']) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Kết nạp đảng viên mới trong năm \(toàn Đảng bộ\)\s+90\s+3\s+3\s+87\s+Chưa đạt/);
    expect(pages[pages.length - 1]).toContain(`Trang ${pages.length} / ${pages.length}`);
  });

  it('refuses the export to roles the report is not for', async () => {
    expect((await download(identityOf('CELL_SECRETARY', w.g), 'xlsx', '2026-Q2')).status).toBe(403);
    expect((await download(identityOf('MASS_ORG_STAFF', w.g), 'pdf', '2026-Q2')).status).toBe(403);
  });
});
