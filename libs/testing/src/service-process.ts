import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './gateway-process';
import { TEST_INTERNAL_SECRET } from './identities';
import { createTestDatabase, type TestDatabase } from './test-database';
import { workspaceRoot } from './workspace-root';

const WORKSPACE = workspaceRoot();

export interface ServiceProcess {
  /** The subgraph's /graphql endpoint. */
  url: string;
  stop(): Promise<void>;
}

export interface ServiceProcessOptions {
  /** The suite's event namespace (stream and subject prefix). */
  eventNamespace: string;
  /** Names the fresh database (`t_<service>_<label>_<random>`). */
  label: string;
  /** More environment for the service, e.g. TEST_CLOCK_FILE. */
  environment?: Record<string, string>;
  /** How long it may take to answer /readyz (default 120 s: several services bundle and start at once on a busy machine). */
  readyTimeoutMs?: number;
}

function run(script: string, env: Record<string, string>, what: string): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, [path.join(WORKSPACE, 'tools/build/run-ts.mjs'), script], { cwd: WORKSPACE, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.once('error', (error) => {
    stderr += `${what}: ${error.message}`;
  });
  return { child, stderr: () => stderr };
}

/**
 * A real service (`apps/<service>-service`) as its own process, as the gateway process is
 * started (no import of another app's code), on a fresh database built by its own migrate
 * command and the suite's event namespace, so a round trip over NATS runs the services for
 * real. stop() ends the process and drops its database.
 */
export async function startServiceProcess(service: string, options: ServiceProcessOptions): Promise<ServiceProcess> {
  const app = `apps/${service}-service`;
  const db: TestDatabase = await createTestDatabase(`${service} ${options.label}`);
  const port = await freePort();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.dbName,
    EVENT_NAMESPACE: options.eventNamespace,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
    OUTBOX_POLL_MS: '200',
    ...options.environment,
  };
  const migrate = run(`${app}/src/migrate.ts`, env, 'migrate');
  const code = await new Promise<number | null>((resolve) => migrate.child.once('exit', resolve));
  if (code !== 0) {
    await db.drop();
    throw new Error(`${service} migrations failed (${code}): ${migrate.stderr().slice(0, 2000)}`);
  }
  const child = run(`${app}/src/main.ts`, env, service);
  const base = `http://127.0.0.1:${port}`;
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.child.exitCode !== null) {
      await db.drop();
      throw new Error(`${service} exited (${child.child.exitCode}): ${child.stderr().slice(0, 2000)}`);
    }
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // SIGTERM, which tools/build/run-ts.mjs passes on: a SIGKILL would leave the service
      // itself running, holding the stderr pipe (and so the test runner) open.
      const exited = new Promise((resolve) => child.child.once('exit', resolve));
      child.child.kill('SIGTERM');
      await exited;
      await db.drop();
      throw new Error(`${service} did not start within ${Math.round(readyTimeoutMs / 1000)} s: ${child.stderr().slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url: `${base}/graphql`,
    async stop() {
      if (child.child.exitCode === null) {
        const exited = new Promise((resolve) => child.child.once('exit', resolve));
        child.child.kill('SIGTERM');
        await exited;
      }
      await db.drop();
    },
  };
}
