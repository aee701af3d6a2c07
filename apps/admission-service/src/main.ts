import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { onShutdown, runMain } from '@pdv/service-kit';
import { loadAdmissionConfig } from './config';
import { SERVICE_NAME, startAdmissionService } from './server';

// config → server → listen → graceful shutdown.
const config = loadAdmissionConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startAdmissionService(config, { logger });
  onShutdown(logger, () => service.stop());
});
