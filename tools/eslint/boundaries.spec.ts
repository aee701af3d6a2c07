import path from 'node:path';
import { createProjectGraphAsync, type ProjectGraph } from '@nx/devkit';
import { ESLint } from 'eslint';

// Proves the module-boundary rule is enforced, not merely declared: each probe is code that
// breaks the architecture, linted as if it sat in the named project, and must be refused.
// (Without a computed project graph the Nx rule silently skips itself, so compute it first.)
const workspaceRoot = path.resolve(__dirname, '../..');
const BOUNDARY_RULE = '@nx/enforce-module-boundaries';

const violations: [string, string, string, RegExp][] = [
  ['domain code imports the ORM', 'libs/organisation/domain/src/probe.ts', "import { MikroORM } from '@mikro-orm/core';\nexport const probe = MikroORM;\n", /type:domain.*@mikro-orm\/core/],
  ['domain code imports the NATS client', 'libs/sourcing/domain/src/probe.ts', "import { connect } from '@nats-io/transport-node';\nexport const probe = connect;\n", /type:domain.*@nats-io/],
  ['domain code imports the GraphQL server', 'libs/organisation/domain/src/probe.ts', "import { ApolloServer } from '@apollo/server';\nexport const probe = ApolloServer;\n", /type:domain.*@apollo\/server/],
  ['domain code imports type-graphql', 'libs/sourcing/domain/src/probe.ts', "import { Field } from 'type-graphql';\nexport const probe = Field;\n", /type:domain.*type-graphql/],
  ['a service imports another service\'s domain', 'apps/organisation-service/src/probe.ts', "import { SOURCING_RULES } from '@pdv/sourcing-domain';\nexport const probe = SOURCING_RULES;\n", /scope:organisation/],
  ['a service imports another service by path', 'apps/organisation-service/src/probe.ts', "import * as other from '../../sourcing-service/src/config';\nexport const probe = other;\n", /relative or absolute path/],
  ['a platform library imports a domain', 'libs/platform/messaging/src/probe.ts', "import { ORGANISATION_RULES } from '@pdv/organisation-domain';\nexport const probe = ORGANISATION_RULES;\n", /scope:shared|type:platform/],
  ['app production code imports the test harness', 'apps/organisation-service/src/probe.ts', "import { identityOf } from '@pdv/testing';\nexport const probe = identityOf;\n", /type:app/],
  ['a domain imports the test harness outside its specs', 'libs/sourcing/domain/src/probe.ts', "import { identityOf } from '@pdv/testing';\nexport const probe = identityOf;\n", /type:domain/],
  ['contracts import the ORM', 'libs/contracts/src/probe.ts', "import { MikroORM } from '@mikro-orm/core';\nexport const probe = MikroORM;\n", /type:contracts/],
];

const allowed: [string, string, string][] = [
  ['domain code imports the error library', 'libs/organisation/domain/src/probe.ts', "import { AppError } from '@pdv/errors';\nexport const probe = AppError;\n"],
  ['a service imports its own domain', 'apps/organisation-service/src/probe.ts', "import { ORGANISATION_RULES } from '@pdv/organisation-domain';\nexport const probe = ORGANISATION_RULES;\n"],
  ['an app\'s integration test imports the test harness', 'apps/organisation-service/test/probe.int-spec.ts', "import { identityOf } from '@pdv/testing';\nexport const probe = identityOf;\n"],
  ['an app\'s unit spec imports the test harness', 'apps/sourcing-service/src/probe.spec.ts', "import { identityOf } from '@pdv/testing';\nexport const probe = identityOf;\n"],
];

interface DepConstraint {
  sourceTag: string;
  onlyDependOnLibsWithTags?: string[];
}

describe('module boundaries', () => {
  let eslint: ESLint;
  let graph: ProjectGraph;

  beforeAll(async () => {
    process.env.NX_DAEMON = 'false';
    graph = await createProjectGraphAsync({ exitOnError: false });
    eslint = new ESLint({ cwd: workspaceRoot, overrideConfigFile: path.join(workspaceRoot, 'tools/eslint/eslint.config.mjs') });
  }, 120_000);

  async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(workspaceRoot, filePath) });
    return result.messages.filter((message) => message.ruleId === BOUNDARY_RULE).map((message) => message.message);
  }

  it.each(violations)('fails lint when %s', async (_case, filePath, code, expected) => {
    const messages = await boundaryMessages(filePath, code);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(expected);
  });

  it.each(allowed)('passes when %s', async (_case, filePath, code) => {
    expect(await boundaryMessages(filePath, code)).toEqual([]);
  });

  // The scope constraints are generated from the projects' tags (eslint.config.mjs), so a
  // new service is fenced in without an edit there; this proves none is left out, for
  // production and for test files alike.
  it.each([['production code', 'src/probe.ts'], ['test code', 'test/probe.int-spec.ts']])(
    'has a scope constraint for every scope tag of every project (%s)',
    async (_kind, file) => {
      const projects = Object.values(graph.nodes);
      expect(projects.length).toBeGreaterThan(5);
      const unfenced: string[] = [];
      for (const project of projects) {
        const config = await eslint.calculateConfigForFile(path.join(workspaceRoot, project.data.root, file));
        const [, options] = config.rules[BOUNDARY_RULE] as [unknown, { depConstraints: DepConstraint[] }];
        const constrained = new Set(options.depConstraints.map((constraint) => constraint.sourceTag));
        for (const tag of project.data.tags ?? []) {
          if (tag.startsWith('scope:') && !constrained.has(tag)) unfenced.push(`${project.name}: ${tag}`);
        }
      }
      expect(unfenced).toEqual([]);
    },
  );

  it('fences each service scope in to itself and the shared libraries', async () => {
    const config = await eslint.calculateConfigForFile(path.join(workspaceRoot, 'apps/organisation-service/src/probe.ts'));
    const [, options] = config.rules[BOUNDARY_RULE] as [unknown, { depConstraints: DepConstraint[] }];
    const scopes = new Set(Object.values(graph.nodes).flatMap((project) => (project.data.tags ?? []).filter((tag) => tag.startsWith('scope:'))));
    for (const scope of [...scopes].filter((tag) => tag !== 'scope:shared' && tag !== 'scope:tools')) {
      expect(options.depConstraints.find((constraint) => constraint.sourceTag === scope)?.onlyDependOnLibsWithTags).toEqual([scope, 'scope:shared']);
    }
  });
});
