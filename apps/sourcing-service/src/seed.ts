import 'reflect-metadata';
import { createLogger } from '@pdv/observability';
import { openMigratedOrm } from '@pdv/persistence';
import { runMain } from '@pdv/service-kit';
import { loadSourcingConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { loadDemoSourcing, SeedClock, waitForWard } from './seed/demo-loader';
import { SERVICE_NAME, startSourcingService } from './server';

// `nx run sourcing-service:seed`: the ward's mass organisations, quotas for 2025–2026 and a
// year of referrals into the cells of the organisation service's demo ward. The cells and
// members arrive the normal way — the organisation service's events, consumed here — so the
// seed runs the service's consumers and relay (no GraphQL) and waits for them. Idempotent:
// deterministic ids, and people already loaded are skipped.
const config = loadSourcingConfig();
const logger = createLogger(`${SERVICE_NAME}-seed`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm: migrationOrm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  await migrationOrm.close();
  const clock = new SeedClock();
  const service = await startSourcingService(config, { logger, clock, serveGraphql: false });
  try {
    const cells = await waitForWard(service.orm, logger);
    const report = await loadDemoSourcing(service.orm, service.deps, clock, cells, logger);
    const published = await service.relay.drain(60_000);
    const byStatus = await service.orm.em
      .fork()
      .execute<{ status: string; count: string }[]>('select status, count(*) as count from candidate group by status order by status');
    logger.info(
      {
        ...report,
        cells: cells.length,
        eventsPublished: published,
        candidates: Object.fromEntries(byStatus.map((row) => [row.status, Number(row.count)])),
        elapsedMs: Date.now() - started,
      },
      report.peopleCreated === 0 && report.massOrganisationsCreated === 0 ? 'demo sourcing data already loaded' : 'demo sourcing data loaded',
    );
    if (report.failures > 0) process.exitCode = 1;
  } finally {
    await service.stop();
  }
});
