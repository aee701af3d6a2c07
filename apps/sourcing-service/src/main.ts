import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { configuredClock, onShutdown, runMain } from '@pdv/service-kit';
import { loadSourcingConfig } from './config';
import { SERVICE_NAME, startSourcingService } from './server';

// config → server → listen → graceful shutdown. The clock is the real one (in tests, TEST_CLOCK_FILE's).
const config = loadSourcingConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startSourcingService(config, { logger, clock: configuredClock(config) });
  onShutdown(logger, () => service.stop());
});
