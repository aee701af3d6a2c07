// Prints the ward dashboard's p50 / p99 through the gateway (target: p99 ≤ 50 ms), on a ward
// shaped like the demo ward with a whole synthetic year of events through the evaluation
// service's consumers, against a throwaway PostgreSQL database and NATS namespace. The
// benchmark lives with the code it measures, in the evaluation service's tests; this is its
// entry point among the workspace's tools:  node tools/benchmarks/ward-dashboard.mjs [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const result = spawnSync(process.execPath, ['tools/build/run-ts.mjs', 'apps/evaluation-service/test/ward-dashboard.bench.ts', ...process.argv.slice(2)], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
