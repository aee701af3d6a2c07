import { defineConfig, type GatewayPlugin } from '@graphql-hive/gateway';
import { type Identity, INTERNAL_IDENTITY_HEADER, signInternalIdentity, verifyUserToken } from '@pdv/auth';

// Hive Gateway's config file for the benchmark (bench.ts bundles it to an ES module that the
// `hive-gateway` CLI imports). Everything is Hive's default except one plugin, which does for
// the subgraphs exactly what our gateway does (apps/gateway/src/authentication.ts and
// identity-data-source.ts), with the same @pdv/auth functions: verify the caller's JWT once
// per request (401 when it is bad), then sign the internal identity token on every subgraph
// fetch. Without it the subgraphs would refuse every request, and with less than it Hive would
// be doing less work than ours.

const BEARER = /^Bearer\s+(\S+)\s*$/i;

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`hive-gateway.config: ${name} is not set (bench.ts sets it)`);
  return value;
}

const jwt = { secret: setting('BENCH_JWT_SECRET'), issuer: setting('BENCH_JWT_ISSUER'), audience: setting('BENCH_JWT_AUDIENCE') };
const internalAuthSecret = setting('BENCH_INTERNAL_AUTH_SECRET');

function unauthenticated(fetchAPI: { Response: typeof Response }, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] }), {
    status: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer' },
  });
}

export function identityForwardingPlugin(): GatewayPlugin {
  const identities = new WeakMap<Request, Identity | null>();
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const header = request.headers.get('authorization');
      if (header === null || header.trim() === '') {
        identities.set(request, null);
        return;
      }
      const match = BEARER.exec(header);
      if (!match) {
        endResponse(unauthenticated(fetchAPI, 'The Authorization header must be "Bearer <token>".'));
        return;
      }
      try {
        identities.set(request, await verifyUserToken(match[1], jwt));
      } catch {
        endResponse(unauthenticated(fetchAPI, 'The token is invalid or has expired; sign in again.'));
      }
    },
    async onFetch({ context, options, setOptions }) {
      const request = 'request' in context ? (context.request as Request | undefined) : undefined;
      const identity = request ? (identities.get(request) ?? null) : null;
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set(INTERNAL_IDENTITY_HEADER, await signInternalIdentity(identity, internalAuthSecret));
      setOptions({ ...options, headers: Object.fromEntries(headers) });
    },
  };
}

export const gatewayConfig = defineConfig({
  plugins: () => [identityForwardingPlugin()],
});
