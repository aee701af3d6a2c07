import 'reflect-metadata';
import { todayInVietnam } from '@pdv/calendar';
import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain, systemClock } from '@pdv/service-kit';
import { loadTrainingConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { loadDemoTraining, waitForPeople } from './seed/demo-training';
import { SERVICE_NAME, startTrainingService } from './server';

// `nx run training-service:seed`: the demo year's courses, class lists, attendance, results
// and certificates, for the candidates and members that arrive from the sourcing and
// organisation services over NATS (so this seed runs the service's consumers and relay, with
// no GraphQL, and waits for them). Its facts move those candidates on in sourcing.
const config = loadTrainingConfig();
const logger = createLogger(`${SERVICE_NAME}-seed`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm: migrationOrm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  await migrationOrm.close();
  const service = await startTrainingService(config, { logger, serveGraphql: false });
  try {
    await waitForPeople(service.orm, logger);
    const report = await loadDemoTraining(service.orm, service.events, logger, todayInVietnam(systemClock));
    const published = await service.relay.drain(60_000);
    logger.info({ ...report, eventsPublished: published, elapsedMs: Date.now() - started }, report.skipped ? 'demo training data already loaded' : 'demo training data loaded');
  } finally {
    await service.stop();
  }
});
