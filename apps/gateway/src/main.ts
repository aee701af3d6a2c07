// First: Apollo's telemetry is switched off before any Apollo module is loaded.
import './no-phone-home';

import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadGatewayConfig } from './config';
import { startGatewayServer } from './server';
import { readSupergraph } from './supergraph';

// Config errors go to stderr as plain text (there is no logger before there is a config).
runMain(null, async () => {
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const supergraphSdl = await readSupergraph(config.supergraphPath);
  const running = await startGatewayServer({ config, supergraphSdl, logger });
  onShutdown(logger, () => running.stop());
});
