import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { TEST_INTERNAL_SECRET } from '@pdv/testing';

export const GATEWAY_JWT = { secret: 'sourcing-gateway-test-jwt-secret-0123456789', issuer: 'pdv-test', audience: 'pdv-api-test' };

const WORKSPACE = path.resolve(__dirname, '../../../..');

export interface GatewayProcess {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The real gateway app, started as its own process (as in production, and without importing
 * another app's code) over a supergraph composed from this subgraph's SDL.
 */
export async function startGateway(subgraphSdl: string, subgraphUrl: string): Promise<GatewayProcess> {
  const composed = composeServices([{ name: 'sourcing', typeDefs: parse(subgraphSdl), url: subgraphUrl }]);
  if (composed.errors) throw new Error(`composition failed: ${composed.errors.map((error) => error.message).join('; ')}`);
  const dir = await mkdtemp(path.join(tmpdir(), 'sourcing-gateway-'));
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
      SOURCING_SERVICE_URL: subgraphUrl,
      INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
      JWT_SECRET: GATEWAY_JWT.secret,
      JWT_ISSUER: GATEWAY_JWT.issuer,
      JWT_AUDIENCE: GATEWAY_JWT.audience,
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
