// Prints how long an export of a 200-person list takes through the gateway (xlsx and pdf),
// against the real sourcing service and a throwaway PostgreSQL database, and the renderers
// alone. The benchmark lives with the code it measures, in the gateway's tests; this is its
// entry point among the workspace's tools:  node tools/benchmarks/export-200-rows.mjs [runs]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const result = spawnSync(process.execPath, ['tools/build/run-ts.mjs', 'apps/gateway/test/exports.bench.ts', ...process.argv.slice(2)], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
