import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadTrainingConfig } from './config';
import { SERVICE_NAME, startTrainingService } from './server';

// config → server → listen → graceful shutdown.
const config = loadTrainingConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startTrainingService(config, { logger });
  onShutdown(logger, () => service.stop());
});
