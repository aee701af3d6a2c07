// Runs a TypeScript entry point of this workspace: bundles it with esbuild (the same
// transform as production builds, with legacy decorators) into dist/run/ and executes it
// with the remaining arguments. tsx is not used for code with decorators: it applies the
// tsconfig only to files inside the entry project's `include`, so library decorators break.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/build/run-ts.mjs <path/to/entry.ts> [args...]');
  process.exit(2);
}
const entryPath = path.resolve(entry);
const projectRoot = entryPath.match(/^(.*\/(?:apps|libs)\/[^/]+(?:\/[^/]+)?)\/(?:src|test)\//)?.[1];
const outfile = path.join(workspaceRoot, 'dist', 'run', `${createHash('sha1').update(entryPath).digest('hex').slice(0, 12)}.cjs`);
// Written to a file of its own and renamed into place: several runs of one entry at once (a
// tool minting tokens in parallel) must never execute a bundle another run is rewriting — a
// truncated file runs as an empty program and exits 0 having done nothing.
const { outputFiles } = await build({
  absWorkingDir: workspaceRoot,
  entryPoints: [entryPath],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'inline',
  tsconfig: projectRoot && !projectRoot.endsWith('/tools') ? path.join(projectRoot, 'tsconfig.json') : path.join(workspaceRoot, 'tsconfig.base.json'),
  logLevel: 'warning',
  write: false,
});
mkdirSync(path.dirname(outfile), { recursive: true });
const partial = `${outfile}.${process.pid}.partial`;
writeFileSync(partial, outputFiles[0].contents);
renameSync(partial, outfile);
const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
