// Prints how long the sourcing service takes to import 10,000 referral rows from an xlsx
// and from a csv file (ALL_OR_NOTHING, against a throwaway PostgreSQL database).
// The benchmark itself lives with the code it measures, in the sourcing service; this is
// its entry point among the workspace's tools:  node tools/benchmarks/import-referrals.mjs
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const result = spawnSync(
  process.execPath,
  ['tools/build/run-ts.mjs', 'apps/sourcing-service/src/benchmarks/import-referrals.bench.ts', ...process.argv.slice(2)],
  { cwd: workspaceRoot, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
