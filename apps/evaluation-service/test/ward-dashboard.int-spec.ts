import type { Identity } from '@pdv/auth';
import { identityOf } from '@pdv/testing';
import { type Harness, startHarness } from './support/harness';
import { loadSyntheticWard, type SyntheticWard } from './support/synthetic-ward';

const DASHBOARD = `query ($period: String!, $first: Int, $after: String) {
  wardDashboard(period: $period) {
    ward { id } period year asOf
    headline { kind span required actual inPeriod shortfall status }
    summary { met behind exempt total }
    forecast { admittedSoFar required likelyAdmissions status explanationVi explanationEn }
    unitsAtRisk { organisation { id } code forecast { status explanationEn needs { acceptedReferrals by } } }
    units(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { organisation { id } code status exemptionReason membersAtStartOfYear supervisor { id }
        targets { kind required upper actual status } forecast { status likelyAdmissions } } }
    }
  }
}`;

interface Dashboard {
  wardDashboard: {
    ward: { id: string };
    period: string;
    year: number;
    headline: { kind: string; span: string; required: number; actual: number; inPeriod: number; status: string }[];
    summary: { met: number; behind: number; exempt: number; total: number };
    forecast: { admittedSoFar: number; required: number; status: string; explanationVi: string; explanationEn: string };
    unitsAtRisk: { code: string; forecast: { status: string; explanationEn: string; needs: { acceptedReferrals: number; by: string | null } | null } }[];
    units: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { code: string; status: string; exemptionReason: string | null; membersAtStartOfYear: number; supervisor: { id: string } | null; targets: { kind: string; required: number; actual: number; status: string }[] } }[];
    };
  };
}

// The ward dashboard through the gateway, on a synthetic year of events (test/support/synthetic-ward.ts).
describe('the ward dashboard', () => {
  let h: Harness;
  let w: SyntheticWard;
  const board = identityOf('PARTY_BUILDING_BOARD');

  beforeAll(async () => {
    h = await startHarness('ward dashboard', { today: '2026-09-20' });
    w = await loadSyntheticWard(h);
  }, 180_000);

  afterAll(async () => {
    await h?.stop();
  });

  const dashboard = async (identity: Identity | null, variables: Record<string, unknown>) => h.gql<Dashboard>(identity, DASHBOARD, variables);

  it('answers the headline numbers against the targets for a quarter, the year so far and the quarter itself', async () => {
    const { data, errors } = await dashboard(board, { period: '2026-Q2' });
    expect(errors).toBeUndefined();
    expect(data?.wardDashboard).toMatchObject({ ward: { id: w.ward }, period: '2026-Q2', year: 2026 });
    expect(data?.wardDashboard.headline.map((f) => [f.kind, f.span, f.required, f.actual, f.inPeriod, f.status])).toEqual([
      ['WARD_ADMISSIONS', 'YEAR', 90, 3, 3, 'BEHIND'],
      ['WARD_AWARENESS_TRAINED', 'YEAR', 100, 0, 0, 'BEHIND'],
      // The term totals as they stand (the term's counters), with the quarter's share.
      ['TERM_ADMISSIONS', 'TERM', 540, 4, 3, 'BEHIND'],
      ['TERM_AWARENESS_TRAINED', 'TERM', 600, 0, 0, 'BEHIND'],
    ]);
  });

  it('lists each unit met, behind or exempt with its members, targets and supervisor, a page at a time', async () => {
    const first = await dashboard(board, { period: '2026-Q3', first: 3 });
    expect(first.errors).toBeUndefined();
    const page = first.data?.wardDashboard.units;
    expect(page?.totalCount).toBe(5);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const rest = await dashboard(board, { period: '2026-Q3', first: 3, after: page?.pageInfo.endCursor });
    const rows = [...(page?.edges ?? []), ...(rest.data?.wardDashboard.units.edges ?? [])].map((e) => e.node);
    expect(rows.map((r) => [r.code, r.status, r.membersAtStartOfYear, r.supervisor?.id ?? null])).toEqual([
      ['CB-03', 'MET', 97, w.supervisor],
      ['CB-04', 'EXEMPT', 10, null],
      ['DB-01', 'BEHIND', 40, w.other],
      ['DB-01-CB-1', 'BEHIND', 25, null],
      ['DB-01-CB-2', 'BEHIND', 15, null],
    ]);
    // The 3% of 97 members is 3 people; the 3–5 band's 3 are met too.
    expect(rows[0].targets.map((t) => [t.kind, t.required, t.actual, t.status])).toEqual([
      ['CELL_SENT_TO_TRAINING', 5, 5, 'MET'],
      ['UNIT_ADMISSIONS', 3, 3, 'MET'],
      ['UNIT_ADMISSION_RATE', 3, 3, 'MET'],
    ]);
    expect(rows[1].exemptionReason).toBe('RESIDENTIAL_AREA_CELL');
    expect(first.data?.wardDashboard.summary).toEqual({ met: 1, behind: 3, exempt: 1, total: 5 });
    // The exempt cell's admission counts in the ward's totals.
    expect(first.data?.wardDashboard.headline[0]).toMatchObject({ kind: 'WARD_ADMISSIONS', actual: 4, inPeriod: 1 });
  });

  it('forecasts the ward and names the units at risk, explained in Vietnamese and English', async () => {
    const { data } = await dashboard(board, { period: '2026-Q3' });
    expect(data?.wardDashboard.forecast).toMatchObject({ admittedSoFar: 4, required: 90, status: 'AT_RISK' });
    expect(data?.wardDashboard.forecast.explanationVi).toContain('Đã kết nạp 4/90');
    const atRisk = data?.wardDashboard.unitsAtRisk ?? [];
    expect(atRisk.map((u) => u.code)).toEqual(['DB-01']);
    expect(atRisk[0].forecast.explanationEn).toMatch(/^0 admitted of 3 required, likely 0 by year end; 2 in training; /);
    expect(atRisk[0].forecast.needs?.acceptedReferrals).toBeGreaterThan(0);
  });

  it('shows a committee member the units they supervise, and auditors and the standing committee everything', async () => {
    const supervisor: Identity = { userId: w.supervisor, role: 'COMMITTEE_MEMBER', scopeId: null };
    const mine = await dashboard(supervisor, { period: '2026-Q3' });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.wardDashboard.units.edges.map((e) => e.node.code)).toEqual(['CB-03']);
    expect(mine.data?.wardDashboard.summary).toEqual({ met: 1, behind: 0, exempt: 0, total: 1 });
    const other: Identity = { userId: w.other, role: 'COMMITTEE_MEMBER', scopeId: null };
    expect((await dashboard(other, { period: '2026-Q3' })).data?.wardDashboard.units.edges.map((e) => e.node.code)).toEqual(['DB-01', 'DB-01-CB-1', 'DB-01-CB-2']);
    for (const role of ['AUDITOR', 'WARD_STANDING_COMMITTEE'] as const) {
      expect((await dashboard(identityOf(role), { period: '2026-Q3' })).data?.wardDashboard.units.totalCount).toBe(5);
    }
  });

  it('refuses the dashboard to other roles and anonymous callers, and bad input', async () => {
    expect((await dashboard(identityOf('CELL_SECRETARY', w.g), { period: '2026-Q3' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await dashboard(identityOf('MASS_ORG_STAFF', w.g), { period: '2026-Q3' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await dashboard(null, { period: '2026-Q3' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await dashboard(board, { period: '2026-Q3', after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'after' }] });
    expect((await dashboard(board, { period: '2031' })).errors?.[0].extensions?.rule).toBe('EVALUATION.TARGET_YEAR_IN_TERM');
  });

  const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organisation { id
    targets(year: 2026) { kind required actual status } forecast(year: 2026) { status admittedSoFar } progress(period: "2026") { stages { stage entered } } } } }`;
  const entities = (identity: Identity, ids: string[]) => h.gqlSubgraph<{ _entities: { id: string; targets: { kind: string; actual: number }[]; forecast: { status: string; admittedSoFar: number }; progress: { stages: { stage: string; entered: number }[] } }[] }>(identity, ENTITIES, { reps: ids.map((id) => ({ __typename: 'Organisation', id })) });

  it('adds targets, forecast and progress to a page of organisations, a cell secretary within their subtree', async () => {
    const page = await entities(board, [w.c3, w.g, w.c4]);
    expect(page.errors).toBeUndefined();
    expect(page.data?._entities.map((o) => [o.forecast.status, o.forecast.admittedSoFar, o.targets.length])).toEqual([
      ['MET', 3, 3],
      ['AT_RISK', 0, 2],
      ['EXEMPT', 1, 3],
    ]);
    expect(page.data?._entities[0].progress.stages.find((s) => s.stage === 'ADMITTED')?.entered).toBe(3);
    const secretary = identityOf('CELL_SECRETARY', w.g);
    expect((await entities(secretary, [w.c1])).errors).toBeUndefined();
    expect((await entities(secretary, [w.c3])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const supervisor: Identity = { userId: w.supervisor, role: 'COMMITTEE_MEMBER', scopeId: null };
    expect((await entities(supervisor, [w.c3])).errors).toBeUndefined();
    expect((await entities(supervisor, [w.g])).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
