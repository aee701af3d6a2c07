import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadOrganisationConfig } from './config';
import { SERVICE_NAME, startOrganisationService } from './server';

// config → server → listen → graceful shutdown.
const config = loadOrganisationConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startOrganisationService(config, { logger });
  onShutdown(logger, () => service.stop());
});
