import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { configuredClock, onShutdown, runMain } from '@pdv/service-kit';
import { loadAdmissionConfig } from './config';
import { SERVICE_NAME, startAdmissionService } from './server';

// config → server → listen → graceful shutdown. The clock is the real one (in tests, TEST_CLOCK_FILE's).
const config = loadAdmissionConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startAdmissionService(config, { logger, clock: configuredClock(config) });
  onShutdown(logger, () => service.stop());
});
