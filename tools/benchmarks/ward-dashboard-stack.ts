import { startGuideStack } from '../api-guide/guide-stack';
import { percentileOfSorted, sortedLatencies } from '../bench/bench-stats';

// The ward dashboard as a front end asks it, in one round trip through our gateway, with every
// service running as production runs it (the API guide's started stack: built bundles,
// migrated, the demo ward and its demo year seeded): the evaluation subgraph's figures, table
// and forecast, and — from the admission subgraph, through the same `ward` — the overdue
// dossiers. Entry point: node tools/benchmarks/ward-dashboard.mjs [runs]

const RUNS = Number(process.argv[2] ?? 300);
const PLACE = { portBase: 4780, databasePrefix: 'bench_dashboard_' };

const FULL_WARD_DASHBOARD = `query WardDashboard($period: String!) {
  wardDashboard(period: $period) {
    ward { id code name
      deadlines(state: OVERDUE, first: 20) { totalCount edges { node { dossierId cellId kind dueOn workingDaysLate } } } }
    period year asOf
    headline { kind span required actual inPeriod shortfall status }
    summary { met behind exempt total }
    forecast { admittedSoFar required likelyAdmissions status explanationVi explanationEn pipeline { stage count probability inTime } }
    unitsAtRisk { organisation { id } code forecast { status explanationVi explanationEn needs { acceptedReferrals by } } }
    units(first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { organisation { id } code status exemptionReason membersAtStartOfYear supervisor { id }
        targets { kind required upper actual shortfall status } forecast { status likelyAdmissions explanationVi } } }
    }
  }
}`;

interface Dashboard {
  ward: { deadlines: { totalCount: number } };
  summary: Record<string, number>;
  unitsAtRisk: unknown[];
}

async function main(): Promise<void> {
  const started = performance.now();
  const stack = await startGuideStack((line) => process.stderr.write(`ward dashboard: ${line}\n`), PLACE);
  try {
    const [token] = await stack.tokens([{ userId: 'bench-board', role: 'PARTY_BUILDING_BOARD', scopeId: null }]);
    console.log(`the stack (every service, the demo ward seeded) started in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const year = new Date().getUTCFullYear();
    for (const period of [`${year}-Q${Math.ceil((new Date().getUTCMonth() + 1) / 3)}`, String(year)]) {
      const samples: number[] = [];
      let summary = '';
      for (let run = 0; run <= RUNS; run += 1) {
        const at = performance.now();
        const response = await fetch(stack.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: FULL_WARD_DASHBOARD, variables: { period } }),
        });
        const body = (await response.json()) as { data?: { wardDashboard: Dashboard }; errors?: unknown[] };
        const elapsed = performance.now() - at;
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        const d = body.data?.wardDashboard;
        summary = `${JSON.stringify(d?.summary)}, ${d?.unitsAtRisk.length} at risk, ${d?.ward.deadlines.totalCount} overdue dossiers`;
        // The first run warms the gateway's query plan cache; it is not counted.
        if (run > 0) samples.push(elapsed);
      }
      const sorted = sortedLatencies(samples);
      console.log(
        `wardDashboard(period: "${period}") with the admission subgraph's overdue dossiers, through the gateway, ${RUNS} runs: p50 ${percentileOfSorted(sorted, 50).toFixed(1)} ms, p99 ${percentileOfSorted(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
      );
      console.log(`  ${summary}`);
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
