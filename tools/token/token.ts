import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

// `npm run token -- <ROLE> [scopeId]`: prints a development JWT as the last line.
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
  const token = stdout.trim().split('\n').at(-1);
  if (!token) throw new Error('apps/gateway/src/print-dev-token.ts printed no token');
  return token;
}

if (require.main === module) {
  const child = spawn(process.execPath, [...ENTRY, ...process.argv.slice(2)], { cwd: WORKSPACE_ROOT, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
