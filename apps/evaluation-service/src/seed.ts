import { todayInVietnam } from '@pdv/calendar';
import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain, systemClock } from '@pdv/service-kit';
import { loadEvaluationConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { loadDemoEvaluation, waitForWard } from './seed/demo-evaluation';
import { SERVICE_NAME, startEvaluationService } from './server';

// `nx run evaluation-service:seed`: the demo year's targets, supervision reviews and drafted
// ratings, on the demo ward that arrives from the organisation service over NATS (so this seed
// runs the service's consumers and relay, on a port of its own beside a running service, and
// waits for them). The progress it reads is counted from the other services' demo events.
const config = loadEvaluationConfig();
const logger = createLogger(`${SERVICE_NAME}-seed`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm: migrationOrm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  await migrationOrm.close();
  const service = await startEvaluationService({ ...config, PORT: 0 }, { logger });
  try {
    await waitForWard(service.orm, logger);
    const report = await loadDemoEvaluation(service.orm, service.events, logger, todayInVietnam(systemClock));
    const published = await service.relay.drain(60_000);
    logger.info({ ...report, eventsPublished: published, elapsedMs: Date.now() - started }, report.skipped ? 'demo evaluation data already loaded' : 'demo evaluation data loaded');
  } finally {
    await service.stop();
  }
});
