import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { configuredClock, onShutdown, runMain } from '@pdv/service-kit';
import { loadOrganisationConfig } from './config';
import { SERVICE_NAME, startOrganisationService } from './server';

// config → server → listen → graceful shutdown. The clock is the real one (in tests, TEST_CLOCK_FILE's).
const config = loadOrganisationConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const service = await startOrganisationService(config, { logger, clock: configuredClock(config) });
  onShutdown(logger, () => service.stop());
});
