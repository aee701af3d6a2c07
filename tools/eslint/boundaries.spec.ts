import path from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';
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
  ['contracts import the ORM', 'libs/contracts/src/probe.ts', "import { MikroORM } from '@mikro-orm/core';\nexport const probe = MikroORM;\n", /type:contracts/],
];

const allowed: [string, string, string][] = [
  ['domain code imports the error library', 'libs/organisation/domain/src/probe.ts', "import { AppError } from '@pdv/errors';\nexport const probe = AppError;\n"],
  ['a service imports its own domain', 'apps/organisation-service/src/probe.ts', "import { ORGANISATION_RULES } from '@pdv/organisation-domain';\nexport const probe = ORGANISATION_RULES;\n"],
];

describe('module boundaries', () => {
  let eslint: ESLint;

  beforeAll(async () => {
    process.env.NX_DAEMON = 'false';
    await createProjectGraphAsync({ exitOnError: false });
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
});
