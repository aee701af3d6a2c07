import { EventRecorder } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain, systemClock } from '@pdv/service-kit';
import { todayOf } from './common/today';
import { loadOrganisationConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { DEMO_WARD_DEFAULTS, generateDemoWard } from './seed/demo-ward';
import { loadDemoWard } from './seed/demo-ward.loader';
import { SERVICE_NAME } from './service-name';

// `npm run seed`: creates the database and applies migrations if needed, then loads the demo
// ward. Idempotent: a second run adds nothing and publishes nothing. Its events wait in the
// outbox until the service's relay publishes them (the service need not be running now).
const config = loadOrganisationConfig();
const logger = createLogger(`${SERVICE_NAME}-seed`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  try {
    const today = todayOf(systemClock);
    // The demo's data ends on its default date, or today if that is still ahead (nothing may
    // be dated after today). Ids depend only on the seed, so re-runs find the same rows.
    const ward = generateDemoWard({ asOf: today < DEMO_WARD_DEFAULTS.asOf ? today : DEMO_WARD_DEFAULTS.asOf });
    const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
    const report = await loadDemoWard(orm.em.fork(), ward, { events, today, now: systemClock.now() });
    logger.info({ ...report, elapsedMs: Date.now() - started }, report.members + report.organisations === 0 ? 'demo ward already loaded' : 'demo ward loaded');
  } finally {
    await orm.close();
  }
});
