import { createLogger } from '@pdv/observability';
import { ensureDatabase, migrate, openOrm } from '@pdv/persistence';
import { runMain } from '@pdv/service-kit';
import { loadSourcingConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';

// `nx run sourcing-service:migrate`: creates this service's database if missing and applies
// every pending committed migration. Safe to run at every start.
const config = loadSourcingConfig();
const logger = createLogger('sourcing-service', config.LOG_LEVEL);
runMain(logger, async () => {
  const created = await ensureDatabase(config.DATABASE_URL, config.DATABASE_NAME);
  const orm = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  try {
    const applied = await migrate(orm);
    logger.info({ database: config.DATABASE_NAME, created, applied }, `migrations applied: ${applied.length}`);
  } finally {
    await orm.close();
  }
});
