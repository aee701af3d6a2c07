// Prints the ward dashboard's p50 / p99 through the gateway (target: p99 ≤ 50 ms).
//
//   node tools/benchmarks/ward-dashboard.mjs [runs]
//     The whole dashboard query as a front end sends it, the admission subgraph's overdue
//     dossiers (`ward { deadlines }`) included, through our gateway in front of every service
//     started as production runs them, on the demo ward with its demo year seeded
//     (tools/benchmarks/ward-dashboard-stack.ts).
//   node tools/benchmarks/ward-dashboard.mjs --synthetic-year [runs]
//     The evaluation subgraph's part alone (no admission subgraph), on a ward shaped like the
//     demo ward with a whole synthetic year of events through the evaluation service's
//     consumers, against a throwaway database and NATS namespace; it also prints the subgraph
//     without the gateway and a fresh evaluation in process
//     (apps/evaluation-service/test/ward-dashboard.bench.ts).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const synthetic = args.includes('--synthetic-year');
const entry = synthetic ? 'apps/evaluation-service/test/ward-dashboard.bench.ts' : 'tools/benchmarks/ward-dashboard-stack.ts';
const result = spawnSync(process.execPath, ['tools/build/run-ts.mjs', entry, ...args.filter((arg) => arg !== '--synthetic-year')], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
