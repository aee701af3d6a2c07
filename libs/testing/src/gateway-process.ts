import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { TEST_INTERNAL_SECRET } from './identities';
import { workspaceRoot } from './workspace-root';

/** The user-token settings the test gateway verifies with (sign test tokens with them). */
export const TEST_GATEWAY_JWT = { secret: 'test-gateway-jwt-secret-0123456789abcdef', issuer: 'pdv-test', audience: 'pdv-api-test' };

const WORKSPACE = workspaceRoot();

export interface GatewayProcess {
  url: string;
  stop(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestSubgraph {
  /** The subgraph's name in the supergraph, e.g. 'organisation' (its URL variable is derived). */
  name: string;
  sdl: string;
  url: string;
}

/**
 * The real gateway app, started as its own process (as it runs in production, and without
 * importing another app's code) over a supergraph composed from the given subgraphs' SDL.
 */
export async function startGatewayProcess(subgraphs: TestSubgraph[]): Promise<GatewayProcess> {
  const composed = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, typeDefs: parse(sdl), url })));
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((error) => error.message).join('; ')}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'pdv-gateway-'));
  const supergraphPath = path.join(dir, 'supergraph.graphql');
  await writeFile(supergraphPath, composed.supergraphSdl);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(WORKSPACE, 'tools/build/run-ts.mjs'), 'apps/gateway/src/main.ts'], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
      SUPERGRAPH_PATH: supergraphPath,
      ...Object.fromEntries(subgraphs.map(({ name, url }) => [`${name.toUpperCase()}_SERVICE_URL`, url])),
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      JWT_SECRET: TEST_GATEWAY_JWT.secret,
      JWT_ISSUER: TEST_GATEWAY_JWT.issuer,
      JWT_AUDIENCE: TEST_GATEWAY_JWT.audience,
      // Suites send many anonymous requests on purpose (every refusal); the limit has its own spec.
      ANONYMOUS_REQUESTS_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`gateway exited (${child.exitCode}): ${stderr.slice(0, 2000)}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`gateway did not start within 30 s: ${stderr.slice(0, 2000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url: `${base}/graphql`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
