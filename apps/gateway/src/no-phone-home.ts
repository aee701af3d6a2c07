/**
 * Imported first by server.ts, before anything from Apollo, so every switch is set before
 * any Apollo module runs. This system holds personal data of party members and candidates;
 * nothing in it may talk to a third-party service.
 *
 * - @apollo/gateway (2.x) constructs, in `new ApolloGateway()`, an OpenTelemetry meter
 *   provider that probes cloud metadata endpoints (AWS 169.254.169.254, GCP
 *   metadata.google.internal, Azure, Alibaba) and exports hourly to
 *   https://usage-reporting.api.apollographql.com/v1/metrics — unless
 *   APOLLO_TELEMETRY_DISABLED is 'true' (see dist/index.js, createDataCollectionExporter).
 * - @apollo/server reads APOLLO_KEY / APOLLO_GRAPH_REF / APOLLO_GRAPH_ID /
 *   APOLLO_GRAPH_VARIANT itself and, with a key, installs usage reporting; with
 *   APOLLO_SCHEMA_REPORTING=true it installs schema reporting; and it passes the key to the
 *   gateway, which would use Apollo's uplink for managed federation if it had no
 *   supergraph of its own. Removing them makes a stray key in the environment harmless; the
 *   `…Disabled()` plugins (noPhoneHomePlugins) are the second lock.
 */
export const APOLLO_CLOUD_VARIABLES = [
  'APOLLO_KEY',
  'APOLLO_GRAPH_REF',
  'APOLLO_GRAPH_ID',
  'APOLLO_GRAPH_VARIANT',
  'APOLLO_SCHEMA_REPORTING',
] as const;

export function disableApolloPhoneHome(environment: NodeJS.ProcessEnv = process.env): string[] {
  environment.APOLLO_TELEMETRY_DISABLED = 'true';
  const removed: string[] = [];
  for (const name of APOLLO_CLOUD_VARIABLES) {
    if (environment[name] !== undefined) {
      removed.push(name);
      delete environment[name];
    }
  }
  return removed;
}

/** Names of Apollo cloud variables that were set (and removed); server.ts logs them. */
export const removedApolloVariables = disableApolloPhoneHome();
