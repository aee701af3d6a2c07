import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadSourcingConfig } from './config';
import { SERVICE_NAME, startSourcingService } from './server';

// config → server → listen → graceful shutdown.
const config = loadSourcingConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startSourcingService(config, { logger });
  onShutdown(logger, () => service.stop());
});
