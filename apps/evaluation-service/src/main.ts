import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadEvaluationConfig } from './config';
import { SERVICE_NAME, startEvaluationService } from './server';

// config → server → listen → graceful shutdown.
const config = loadEvaluationConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startEvaluationService(config, { logger });
  onShutdown(logger, () => service.stop());
});
