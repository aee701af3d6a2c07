// Prints how long the export of a 200-person class list (course-class-list.xlsx) takes through
// the gateway, over the real organisation, sourcing and training services and throwaway
// PostgreSQL databases. The benchmark lives with the code it measures, in the training
// service's tests; this is its entry point among the workspace's tools:
//   node tools/benchmarks/export-class-list-200.mjs [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const result = spawnSync(process.execPath, ['tools/build/run-ts.mjs', 'apps/training-service/test/exports.bench.ts', ...process.argv.slice(2)], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
