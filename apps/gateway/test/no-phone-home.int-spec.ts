// First import: records connections, lookups and timers before any Apollo module loads.
import { recorded, restoreNetwork } from './network-recorder';

import type { Identity } from '@pdv/auth';
import { createLogger } from '@pdv/observability';
import { postGraphQL } from '@pdv/testing';
import { composeSupergraph, type FakeSubgraph, type Observed, startFakeSubgraphs, testGatewayConfig, tokenFor } from './fake-subgraphs';

// Regression guard: @apollo/gateway 2.x reports to Apollo and probes cloud metadata
// addresses unless told not to (see src/no-phone-home.ts). This starts the real gateway with
// an Apollo key in the environment, runs a few queries, and asserts the only sockets opened
// were to our own processes on 127.0.0.1 and that no Apollo reporter scheduled a timer.

const APOLLO_REPORTERS = /opentelemetry|usageReporting|schemaReporting|uplink|apollographql|resource-detector|gcp-metadata/i;
const board: Identity = { userId: 'u-board', role: 'PARTY_BUILDING_BOARD', scopeId: null };

describe('the gateway never phones home', () => {
  const observed: Observed = { requests: [] };
  let subgraphs: FakeSubgraph[] = [];
  let stopGateway: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await stopGateway?.();
    await Promise.all(subgraphs.map((subgraph) => subgraph.server.stop()));
    restoreNetwork();
  });

  it('contacts only the subgraphs on 127.0.0.1 during start-up and queries, with an Apollo key set', async () => {
    process.env.APOLLO_KEY = 'service:pdv:not-a-real-key';
    process.env.APOLLO_GRAPH_REF = 'pdv@current';
    process.env.APOLLO_SCHEMA_REPORTING = 'true';
    delete process.env.APOLLO_TELEMETRY_DISABLED;

    subgraphs = await startFakeSubgraphs(observed);
    const { startGatewayServer } = await import('../src/server');
    const gateway = await startGatewayServer({
      config: testGatewayConfig(),
      supergraphSdl: composeSupergraph(subgraphs),
      logger: createLogger('gateway-test', 'silent'),
    });
    stopGateway = gateway.stop;

    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    expect(process.env.APOLLO_KEY).toBeUndefined();
    expect(process.env.APOLLO_GRAPH_REF).toBeUndefined();

    const token = await tokenFor(board);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    for (let round = 0; round < 3; round++) {
      const response = await postGraphQL(gateway.url, '{ me { userId } organisations(first: 2) { id candidateCount } }', {}, headers);
      expect(response.errors).toBeUndefined();
    }
    expect(observed.requests.length).toBeGreaterThanOrEqual(6);
    // Cloud-metadata probes and exporters start asynchronously after construction.
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    const ownPorts = new Set([gateway.port, ...subgraphs.map((subgraph) => subgraph.server.port)].map(String));
    const foreign = recorded.connections.filter((target) => target.host !== '127.0.0.1' || !ownPorts.has(target.port));
    expect(foreign).toEqual([]);
    expect(recorded.connections.some((target) => target.port === String(subgraphs[1].server.port))).toBe(true);
    expect(recorded.lookups.filter((host) => host !== 'localhost' && host !== '127.0.0.1')).toEqual([]);
    const reporterTimers = recorded.timers.filter((timer) => APOLLO_REPORTERS.test(timer.stack));
    expect(reporterTimers.map((timer) => timer.stack.split('\n').slice(0, 6).join('\n'))).toEqual([]);
  });
});
