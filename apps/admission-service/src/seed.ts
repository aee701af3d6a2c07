import 'reflect-metadata';
import { todayInVietnam } from '@pdv/calendar';
import { EventRecorder } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain, systemClock } from '@pdv/service-kit';
import { loadAdmissionConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { loadDemoAdmission, waitForCandidates } from './seed/demo-admission';
import { SERVICE_NAME, startAdmissionService } from './server';

// `nx run admission-service:seed`: the demo year's admission dossiers, one at each stage, for
// the candidates the training service's demo course certified, in the cells the organisation
// service announced — both arrive over NATS, so this seed runs the service's consumers and
// relay (on a port of its own beside a running service) and waits for them. Its events move
// those candidates on in sourcing and register the probationary members in the organisation
// service. Then the overdue deadlines are announced, as the running service's sweep would.
const config = loadAdmissionConfig();
const logger = createLogger(`${SERVICE_NAME}-seed`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm: migrationOrm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  await migrationOrm.close();
  const service = await startAdmissionService({ ...config, PORT: 0 }, { logger, overdueSweepMs: 0 });
  try {
    await waitForCandidates(service.orm, logger);
    // The service's own outbox: what the seed records there, the service's relay publishes.
    const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
    const report = await loadDemoAdmission(service.orm, events, logger, todayInVietnam(systemClock));
    const overdueAnnounced = await service.sweepOverdueDeadlines();
    const published = await service.relay.drain(60_000);
    logger.info(
      { ...report, overdueAnnounced, eventsPublished: published, elapsedMs: Date.now() - started },
      report.dossiers === 0 && report.alreadyThere > 0 ? 'demo admission data already loaded' : 'demo admission data loaded',
    );
    if (report.failures > 0) process.exitCode = 1;
  } finally {
    await service.stop();
  }
});
