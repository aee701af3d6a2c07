import { renderPdf, renderXlsx, exportTable } from '@pdv/exports';
import { sourcePoolExport } from '../src/exports/source-pool.export';
import { syntheticPerson as person, timingStats as stats } from '@pdv/testing';
import { startExportsStack } from './exports-stack';

// How long one export of a 200-person list takes, end to end: the real gateway (in process)
// pages the committed query through the real sourcing service (its own process, PostgreSQL,
// the personal-data audit written for every date of birth read), lays the rows out and
// renders the file. Entry point: node tools/benchmarks/export-200-rows.mjs [runs]
const PEOPLE = 200;
const RUNS = Number(process.argv[2] ?? 10);

async function main(): Promise<void> {
  const loading = performance.now();
  const stack = await startExportsStack({ cellA: Array.from({ length: PEOPLE }, (_, i) => person(i)), cellB: [] });
  console.log(`stack up with ${PEOPLE} candidates in ${((performance.now() - loading) / 1000).toFixed(1)} s`);
  try {
    const token = await stack.token(stack.who.secretaryA);
    for (const format of ['xlsx', 'pdf'] as const) {
      const samples: number[] = [];
      let bytes = 0;
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        const response = await fetch(`${stack.base}/exports/source-pool.${format}`, { headers: { authorization: `Bearer ${token}` } });
        const body = Buffer.from(await response.arrayBuffer());
        if (response.status !== 200) throw new Error(`${format}: HTTP ${response.status} ${body.toString('utf8').slice(0, 500)}`);
        bytes = body.length;
        // The first run warms the query plan and the font cache; it is not counted.
        if (run > 0) samples.push(performance.now() - started);
      }
      console.log(`source-pool.${format}, ${PEOPLE} rows through the gateway: ${stats(samples)} (${RUNS} runs, ${(bytes / 1024).toFixed(0)} KiB)`);
    }
    // The renderers alone, on the same rows, to tell the query from the file.
    const nodes = Array.from({ length: PEOPLE }, (_, i) => ({ ...person(i), birthYear: null, occupation: 'Giáo viên', educationLevel: 'UNIVERSITY', sourceCategory: 'MASS_ORGANISATION_MEMBER', acceptedOn: '2026-03-01', status: 'IN_SOURCE_POOL' }));
    const table = exportTable(sourcePoolExport, nodes, {}, '2026-03-16');
    for (const [format, render] of [
      ['xlsx', () => renderXlsx(table)],
      ['pdf', () => renderPdf(table, sourcePoolExport.pdf)],
    ] as const) {
      const samples: number[] = [];
      for (let run = 0; run <= RUNS; run += 1) {
        const started = performance.now();
        await render();
        if (run > 0) samples.push(performance.now() - started);
      }
      console.log(`render ${format} alone, ${PEOPLE} rows: ${stats(samples)}`);
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
