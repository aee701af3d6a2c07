import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain } from '@pdv/service-kit';
import { loadEvaluationConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { SERVICE_NAME } from './service-name';

// `npm run migrate`: creates this service's database if missing and applies every pending
// committed migration. Safe to run at every start.
const config = loadEvaluationConfig();
const logger = createLogger(SERVICE_NAME, config.LOG_LEVEL);
runMain(logger, async () => {
  const { orm, created, applied } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  await orm.close();
  logger.info({ database: config.DATABASE_NAME, created, applied }, `migrations applied: ${applied.length}`);
});
