import { todayInVietnam } from '@pdv/calendar';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EventRecorder } from '@pdv/messaging';
import { createLogger } from '@pdv/observability';
import { analyzeAfterBulkWrite, openMigratedOrm } from '@pdv/persistence';
import { runMain, systemClock } from '@pdv/service-kit';
import { loadOrganisationConfig } from './config';
import { entities } from './entities';
import { migrations } from './migrations';
import { CITY_NOTICE, generateCityReferrals } from './seed/city-referrals';
import { CITY_DEFAULTS, generateCityWards, planCity } from './seed/city-ward';
import { DEMO_WARD_DEFAULTS } from './seed/demo-ward';
import { loadDemoWard, type SeedReport } from './seed/demo-ward.loader';
import { SERVICE_NAME } from './service-name';

// The city-scale data (issue 7), for `npm run generate:city` (tools/city): loads the wards
// of planCity one at a time through the demo ward's loader (domain checks, bulk SQL, outbox
// events), one transaction per ward, so memory holds one ward. Idempotent like the demo seed.
// With --referrals-dir it also writes the city's referral spreadsheets there (csv files and
// manifest.json) for the tool to submit to the sourcing service's importReferrals.
//   node dist/apps/organisation-service/seed-city.js [--wards 126] [--seed N] [--members N]
//        [--referrals-dir DIR --candidates N]
// The last line of output is `city-seed {json}`: the totals, for the calling tool.
const { values } = parseArgs({
  options: {
    wards: { type: 'string' },
    seed: { type: 'string' },
    members: { type: 'string' },
    candidates: { type: 'string' },
    'referrals-dir': { type: 'string' },
  },
});
const config = loadOrganisationConfig();
const logger = createLogger(`${SERVICE_NAME}-seed-city`, config.LOG_LEVEL);
runMain(logger, async () => {
  const started = Date.now();
  const { orm } = await openMigratedOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  try {
    const today = todayInVietnam(systemClock);
    const plan = planCity({
      wards: values.wards === undefined ? CITY_DEFAULTS.wards : Number(values.wards),
      seed: values.seed === undefined ? CITY_DEFAULTS.seed : Number(values.seed),
      memberCount: values.members === undefined ? undefined : Number(values.members),
      asOf: today < DEMO_WARD_DEFAULTS.asOf ? today : DEMO_WARD_DEFAULTS.asOf,
    });
    logger.info({ wards: plan.wards.length, cells: plan.cells, members: plan.members, seed: plan.seed }, 'loading the city');
    const events = new EventRecorder({ source: SERVICE_NAME, ns: config.EVENT_NAMESPACE });
    const totals: SeedReport & { wards: number; generateMs: number; loadMs: number } = {
      wards: 0, organisations: 0, members: 0, movements: 0, exemptions: 0, supervisionAssignments: 0, events: 0, generateMs: 0, loadMs: 0,
    };
    let peakRss = 0;
    const takenNationalIds = new Set<string>();
    const wards = generateCityWards(plan, takenNationalIds);
    for (;;) {
      const generating = Date.now();
      const next = wards.next();
      if (next.done) break;
      const loading = Date.now();
      const report = await loadDemoWard(orm.em.fork(), next.value, { events, today, now: systemClock.now() });
      totals.generateMs += loading - generating;
      totals.loadMs += Date.now() - loading;
      totals.wards += 1;
      for (const key of ['organisations', 'members', 'movements', 'exemptions', 'supervisionAssignments', 'events'] as const) totals[key] += report[key];
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      if (totals.wards % 10 === 0 || totals.wards === plan.wards.length) {
        // Each ten wards grow the tables by a large share: the loader's own lookups and the
        // reads after it plan on fresh statistics, whether or not autovacuum runs.
        await analyzeAfterBulkWrite(orm.em.fork(), 'every table', report.members * 10);
        logger.info({ ward: totals.wards, of: plan.wards.length, members: totals.members, events: totals.events, elapsedMs: Date.now() - started }, 'city wards loaded');
      }
    }
    const directory = values['referrals-dir'];
    let referralFiles = 0;
    if (directory !== undefined) {
      const candidates = values.candidates === undefined ? Math.round((60_000 * plan.wards.length) / CITY_DEFAULTS.wards) : Number(values.candidates);
      const files = generateCityReferrals(plan, candidates, takenNationalIds);
      mkdirSync(directory, { recursive: true });
      for (const file of files) writeFileSync(path.join(directory, file.fileName), file.content);
      const manifest = { notice: CITY_NOTICE, files: files.map(({ fileName, massOrganisation, rows, cellCodes }) => ({ fileName, massOrganisation, rows, cellCodes })) };
      writeFileSync(path.join(directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      referralFiles = files.length;
    }
    process.stdout.write(`city-seed ${JSON.stringify({ ...totals, referralFiles, peakRssMb: Math.round(peakRss / 2 ** 20), elapsedMs: Date.now() - started })}\n`);
  } finally {
    await orm.close();
  }
});
