// Shared Jest configuration. Every project has two one-line configs built from this:
// jest.config.cjs (unit: *.spec.ts, pure, no I/O) and jest.int.config.cjs (integration:
// *.int-spec.ts, against the real PostgreSQL and NATS).
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');

// Map every tsconfig path alias to its source entry so tests run on sources, not builds.
const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/-]/g, (c) => `\\${c}`)}$`,
    path.join(workspaceRoot, target),
  ]),
);

// swc without decorator metadata: the same as the esbuild production bundle, so a
// missing explicit type function on a type-graphql decorator fails in tests too.
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: false },
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

function config(projectDir, kind) {
  const name = path.relative(workspaceRoot, projectDir);
  return {
    displayName: `${name}${kind === 'int' ? ' (integration)' : ''}`,
    rootDir: projectDir,
    testEnvironment: 'node',
    transform,
    moduleNameMapper,
    moduleFileExtensions: ['ts', 'js', 'json'],
    testMatch: kind === 'int' ? ['<rootDir>/**/*.int-spec.ts'] : ['<rootDir>/**/*.spec.ts'],
    passWithNoTests: false,
    testTimeout: kind === 'int' ? 60_000 : 10_000,
    setupFiles: [path.join(__dirname, 'setup.cjs')],
  };
}

module.exports = { unit: (dir) => config(dir, 'unit'), integration: (dir) => config(dir, 'int') };
