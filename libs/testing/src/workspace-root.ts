import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the folder with nx.json above this file, whether it runs from source
 * (Jest) or bundled into dist/run by tools/build/run-ts.mjs (the benchmarks), where a fixed
 * number of `..` would land elsewhere.
 */
export function workspaceRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
  }
  throw new Error(`no nx.json above ${__dirname}`);
}
