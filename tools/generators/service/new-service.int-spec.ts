import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, type Dirent, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WORKSPACE_ROOT } from '../../stack/services';

// `npm run new-service -- example` in a copy of the workspace (the files git knows, with
// node_modules linked), then what CI would run for the new projects there: lint, typecheck,
// unit and integration tests, the specs that read the service and stream lists (docker-compose,
// .env.example, lint scopes, streams), and `supergraph:check`. Nothing is cached, nothing is edited.

// `example`, unless the workspace has one already (a scratch copy where it was generated).
const NAME = ['example', 'sample', 'specimen'].find((name) => !existsSync(path.join(WORKSPACE_ROOT, 'apps', `${name}-service`))) as string;
const NEW_PROJECTS = [`${NAME}-service`, `${NAME}-domain`, 'contracts'];

function run(cwd: string, command: string, args: string[], extraEnv: Record<string, string> = {}): { ok: boolean; output: string; seconds: number } {
  const started = Date.now();
  // Only what a fresh shell would have: the outer Nx and Jest runs must not leak into the copy's.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NX_|JEST_|npm_)/.test(key)));
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...env, CI: 'true', NX_DAEMON: 'false', NX_SKIP_NX_CACHE: 'true', NX_TUI: 'false', FORCE_COLOR: '0', LOG_LEVEL: 'silent', ...extraEnv },
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`, seconds: (Date.now() - started) / 1000 };
}

/** Output and state that a checkout does not carry: left out of the copy when there is no git to ask. */
const NOT_SOURCE = new Set(['node_modules', '.git', '.data', '.nx', 'dist', 'tmp', 'coverage']);

/**
 * The files git knows (tracked, and untracked but not ignored); in a workspace that is no git
 * checkout (an exported or copied tree), every file but output and local state.
 */
function workspaceFiles(): string[] {
  try {
    return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: WORKSPACE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\0');
  } catch {
    return (readdirSync(WORKSPACE_ROOT, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(WORKSPACE_ROOT, path.join(entry.parentPath, entry.name)))
      .filter((file) => !NOT_SOURCE.has(file.split(path.sep)[0]));
  }
}

/** The last lines of a failed step's output, so the failure says where it broke. */
function tail(output: string, lines = 60): string {
  return output.trim().split('\n').slice(-lines).join('\n');
}

describe(`npm run new-service -- ${NAME}`, () => {
  let copy: string;
  const timings: string[] = [];

  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'pdv-new-service-'));
    const files = workspaceFiles()
      // node_modules is linked below (a checkout that tracks its symlink must not copy it).
      .filter((file) => file !== '' && file !== 'node_modules' && !file.startsWith('node_modules/') && existsSync(path.join(WORKSPACE_ROOT, file)));
    for (const file of files) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(path.join(WORKSPACE_ROOT, file), path.join(copy, file));
    }
    symlinkSync(realpathSync(path.join(WORKSPACE_ROOT, 'node_modules')), path.join(copy, 'node_modules'));
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    console.log(`new-service ${NAME} in a copy of the workspace:\n  ${timings.join('\n  ')}`);
  });

  const step = (name: string, command: string, args: string[], env: Record<string, string> = {}) => {
    const result = run(copy, command, args, env);
    timings.push(`${name.padEnd(28)} ${result.seconds.toFixed(1)} s`);
    if (!result.ok) throw new Error(`${name} failed:\n${tail(result.output)}`);
    return result.output;
  };

  it('generates the service, registers it and composes the supergraph', () => {
    const output = step('generate', 'npm', ['run', '-s', 'new-service', '--', NAME]);
    expect(output).toMatch(new RegExp(`composed organisation, sourcing(, \\w+)*, ${NAME} in`));
    for (const file of [`apps/${NAME}-service/src/server.ts`, `apps/${NAME}-service/schema.graphql`, `libs/${NAME}/domain/src/${NAME}-item.rules.ts`]) {
      expect(existsSync(path.join(copy, file))).toBe(true);
    }
    expect(readFileSync(path.join(copy, 'apps/gateway/supergraph.graphql'), 'utf8')).toMatch(
      new RegExp(`${NAME.toUpperCase()} @join__graph\\(name: "${NAME}", url: "http://127\\.0\\.0\\.1:\\d+/graphql"\\)`),
    );
    expect(readFileSync(path.join(copy, 'tsconfig.base.json'), 'utf8')).toContain(`"@pdv/${NAME}-domain"`);
  }, 120_000);

  it('passes lint, typecheck, unit and integration tests of the new projects', () => {
    step('lint, typecheck, test, int-test', 'npx', ['nx', 'run-many', '-t', 'lint,typecheck,test,int-test', '-p', NEW_PROJECTS.join(','), '--outputStyle=stream']);
  }, 600_000);

  it('keeps the tooling specs that read the service list green (docker-compose, .env.example, lint scopes)', () => {
    // As the tools project's test target runs them: the lint spec loads the ESLint config by dynamic import.
    const output = step('tools specs', 'npx', ['jest', '-c', 'tools/jest.config.cjs', 'tools/stack', 'tools/eslint'], {
      NODE_OPTIONS: '--experimental-vm-modules --disable-warning=ExperimentalWarning',
    });
    expect(output).toMatch(/Tests: +\d+ passed, \d+ total/);
  }, 300_000);

  it('keeps the messaging library’s stream list in step (the generator lists the new stream there)', () => {
    expect(step('messaging stream spec', 'npx', ['jest', '-c', 'libs/platform/messaging/jest.config.cjs', 'stream-definitions'])).toMatch(/Tests: +\d+ passed, \d+ total/);
  }, 120_000);

  it('composes: supergraph:check finds the committed schemas fresh', () => {
    expect(step('supergraph:check', 'npm', ['run', '-s', 'supergraph:check'])).toContain('up to date');
  }, 120_000);
});
