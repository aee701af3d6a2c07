// One ESLint configuration for the whole workspace (kept under tools/ so the repository's
// top level stays as documented). The module-boundary rule is the architecture's fence:
// a service never imports another service, and domain code stays free of the ORM, the
// GraphQL server and the NATS client. tools/eslint/boundaries.spec.ts proves it fails.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nx from '@nx/eslint-plugin';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every project.json under apps/, libs/ and tools/ (the folders Nx finds projects in here). */
function projectFiles(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...projectFiles(full));
    else if (entry.name === 'project.json') found.push(full);
  }
  return found;
}

/**
 * The service scopes, read from the projects' own tags when ESLint loads: a new service
 * (`npm run new-service`) tags its app and domain `scope:<name>` and is fenced in from its
 * first lint, with nothing to add here. `shared` and `tools` have constraints of their own.
 */
export function serviceScopes(root = workspaceRoot) {
  const scopes = new Set();
  for (const file of ['apps', 'libs', 'tools'].flatMap((dir) => projectFiles(path.join(root, dir)))) {
    const { tags = [] } = JSON.parse(readFileSync(file, 'utf8'));
    for (const tag of tags) if (tag.startsWith('scope:')) scopes.add(tag.slice('scope:'.length));
  }
  scopes.delete('shared');
  scopes.delete('tools');
  return [...scopes].sort();
}

const infrastructure = [
  '@mikro-orm/*', 'pg', 'knex', '@apollo/*', 'type-graphql', 'graphql', 'graphql-*', '@graphql-tools/*',
  '@nats-io/*', 'nats', 'express', '@as-integrations/*', 'pino', 'prom-client', 'jose',
];

/**
 * The architecture's dependency rules; `inTests` lets test code use the testing harness
 * (production code of no project may: an app importing @pdv/testing would ship it).
 */
export function boundaries(inTests, scopes = serviceScopes()) {
  const testing = inTests ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      // A service (and the gateway) sees its own projects and the shared ones, never another service's.
      ...scopes.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] })),
      { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared', 'scope:tools'] },
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform', 'type:util', ...testing] },
      {
        sourceTag: 'type:domain',
        onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:util', ...testing],
        bannedExternalImports: infrastructure,
      },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util', ...testing], bannedExternalImports: infrastructure },
      { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', ...testing], bannedExternalImports: infrastructure },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util', ...testing] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util', 'type:testing'] },
      { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:util', 'type:testing'] },
    ],
  };
}

export default [
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.nx/**', '**/.data/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'error',
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
    },
  },
  {
    // Tests of any project may use the test harness; nothing else may.
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/test/**/*.ts', 'tools/**/*.ts'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
