import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// `npm run token -- <ROLE> [scopeId]`: prints a development JWT, and nothing else, on stdout
// (what it is and how to send it go to stderr), so `TOKEN=$(npm run -s token -- <ROLE>)` works.
// The gateway owns its token settings (apps/gateway/src/config.ts) and signs the token
// itself (apps/gateway/src/print-dev-token.ts): the same environment that configures the
// gateway configures the token, so the two cannot drift. It runs as a child process because
// tools may not import an app; run-ts bundles it with the gateway's tsconfig.

const WORKSPACE_ROOT = path.resolve(__dirname, '../..');
const ENTRY = ['tools/build/run-ts.mjs', 'apps/gateway/src/print-dev-token.ts'];

/** The token for a role (and scope), as the launcher needs it. */
export async function developmentToken(role: string, scopeId?: string, environment: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [...ENTRY, role, ...(scopeId ? [scopeId] : [])], {
    cwd: WORKSPACE_ROOT,
    env: environment,
  });
  const lines = stdout.trim().split('\n');
  if (lines.length !== 1 || lines[0] === '') throw new Error(`apps/gateway/src/print-dev-token.ts must print the token alone on stdout, printed ${lines.length} lines`);
  return lines[0];
}

if (require.main === module) {
  const child = spawn(process.execPath, [...ENTRY, ...process.argv.slice(2)], { cwd: WORKSPACE_ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
