import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { decodeJwt } from 'jose';

/** A caller as the internal token names it (the shape of @pdv/auth's Identity). */
export interface BenchIdentity {
  userId: string;
  role: string;
  scopeId: string | null;
}

/** The header our gateway signs the caller into (@pdv/auth's INTERNAL_IDENTITY_HEADER). */
const INTERNAL_IDENTITY_HEADER = 'x-pdv-identity';

// Records what our gateway sends each subgraph, so the "subgraph alone" target replays the
// gateway's own operations (the dashboard's `_entities` fetch with its representations, the
// card's root field) instead of hand-written ones. A capture proxy per subgraph sits in
// front of it only while a capture gateway answers each distinct request once; the measured
// gateways talk to the subgraphs directly.

/** One fetch the gateway made: to which subgraph, for which incoming request, for whom. */
export interface CapturedFetch {
  subgraph: string;
  /** The x-request-id our gateway forwards: the tag of the incoming request. */
  requestId: string;
  body: string;
  identity: BenchIdentity | null;
  latencyMs: number;
}

/** The identity inside an internal token (the capture only reads it; the replay signs its own). */
export function identityOfInternalToken(token: string): BenchIdentity | null {
  const payload = decodeJwt(token) as { sub?: string; role?: unknown; scope?: unknown };
  if (!payload.sub || payload.sub === 'anonymous' || typeof payload.role !== 'string') return null;
  return { userId: payload.sub, role: payload.role, scopeId: typeof payload.scope === 'string' && payload.scope ? payload.scope : null };
}

export interface CaptureProxy {
  url: string;
  stop(): Promise<void>;
}

/** A proxy to one subgraph that records every request it forwards. */
export async function startCaptureProxy(subgraph: string, targetUrl: string, into: CapturedFetch[]): Promise<CaptureProxy> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === 'string' && !['host', 'connection', 'content-length', 'transfer-encoding'].includes(name)) headers[name] = value;
        }
        const started = performance.now();
        try {
          // Same path on the subgraph: the gateway's readiness asks each subgraph's /healthz.
          const answer = await fetch(new URL(request.url ?? '/', targetUrl), { method: request.method, headers, body: request.method === 'POST' ? body : undefined });
          const text = await answer.text();
          const token = headers[INTERNAL_IDENTITY_HEADER];
          into.push({
            subgraph,
            requestId: headers['x-request-id'] ?? '',
            body,
            identity: token ? identityOfInternalToken(token) : null,
            latencyMs: performance.now() - started,
          });
          response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
          response.end(text);
        } catch (error) {
          response.writeHead(502, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ errors: [{ message: `capture proxy: ${error instanceof Error ? error.message : String(error)}` }] }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The subgraph the captured requests spent the most time in: the slowest one alone is the third target. */
export function slowestSubgraph(fetches: readonly CapturedFetch[]): string | null {
  const total = new Map<string, number>();
  for (const fetch of fetches) total.set(fetch.subgraph, (total.get(fetch.subgraph) ?? 0) + fetch.latencyMs);
  let slowest: string | null = null;
  for (const [subgraph, ms] of total) if (slowest === null || ms > (total.get(slowest) ?? 0)) slowest = subgraph;
  return slowest;
}
