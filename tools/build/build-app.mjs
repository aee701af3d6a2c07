// Bundles one app's TypeScript sources (workspace libs included) into dist/<app>/main.js.
// Packages from node_modules stay external and are resolved at run time. esbuild emits no
// decorator metadata, so every type-graphql decorator carries an explicit type function.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const projectRoot = process.argv[2];
if (!projectRoot) {
  console.error('usage: node tools/build/build-app.mjs apps/<app>');
  process.exit(2);
}
const entries = process.argv.slice(3).length ? process.argv.slice(3) : ['src/main.ts'];
const started = Date.now();
await build({
  absWorkingDir: workspaceRoot,
  entryPoints: entries.map((entry) => path.join(projectRoot, entry)),
  outdir: path.join('dist', projectRoot),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: true,
  tsconfig: path.join(projectRoot, 'tsconfig.json'),
  logLevel: 'warning',
});
console.log(`built ${projectRoot} in ${Date.now() - started} ms`);
