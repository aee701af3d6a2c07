import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findImportCycles } from './import-cycles';

describe('findImportCycles', () => {
  let dir: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'cycles-'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds a cycle made of type-only imports and re-exports, across folders', () => {
    write('a/scope.ts', `import type { Scopes } from '../b/scopes';\nexport type Scope = { s: Scopes };\n`);
    write('b/scopes.ts', `export type { Scope } from '../a/scope';\nexport interface Scopes { x: 1 }\n`);
    write('c/free.ts', `import { x } from '../b/scopes';\nimport { y } from '@pdv/auth';\n`);
    expect(findImportCycles(dir)).toEqual([['a/scope.ts', 'b/scopes.ts']]);
  });

  it('finds nothing in a tree that only imports downwards', () => {
    write('index.ts', `export * from './one';\n`);
    write('one.ts', `import { two } from './two';\nexport const one = two;\n`);
    write('two.ts', `export const two = 2;\n`);
    expect(findImportCycles(dir)).toEqual([]);
  });
});
