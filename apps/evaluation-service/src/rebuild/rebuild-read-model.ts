import { createLogger } from '@pdv/observability';
import { openOrm } from '@pdv/persistence';
import { runMain } from '@pdv/service-kit';
import { loadEvaluationConfig } from '../config';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { SERVICE_NAME } from '../service-name';
import { compareReadModels, rebuildReadModel } from './rebuild';

// `npx nx run evaluation-service:rebuild [-- <database>]`: replays every event from the start
// of the streams into a fresh database (`<DATABASE_NAME>_rebuild` by default), prints how long
// it took, and compares it with the live read model. The live database is only read: an
// operator swaps databases (or repoints DATABASE_NAME) once satisfied.
const config = loadEvaluationConfig();
const logger = createLogger(`${SERVICE_NAME}-rebuild`, config.LOG_LEVEL);
const database = process.argv[2] ?? `${config.DATABASE_NAME}_rebuild`;

runMain(logger, async () => {
  const result = await rebuildReadModel({ config, database, logger });
  const total = Object.values(result.messages).reduce((a, b) => a + b, 0);
  process.stdout.write(`rebuilt the read model from ${total} messages in ${(result.durationMs / 1000).toFixed(1)} s (replay ${(result.replayMs / 1000).toFixed(1)} s, the rest creating and migrating the database)\n`);
  const rebuilt = await openOrm({ serverUrl: config.DATABASE_URL, dbName: database, entities, migrations, logger });
  // No live database (the service never ran here): there is nothing to compare with.
  const [liveExists] = await rebuilt.em.fork().execute('select 1 from pg_database where datname = ?', [config.DATABASE_NAME]);
  if (!liveExists) {
    process.stdout.write(`${JSON.stringify({ rebuilt: database, messages: result.messages, rows: result.rows, live: null }, null, 2)}\n`);
    await rebuilt.close();
    return;
  }
  const live = await openOrm({ serverUrl: config.DATABASE_URL, dbName: config.DATABASE_NAME, entities, migrations, logger });
  try {
    const differences = await compareReadModels(live, rebuilt);
    process.stdout.write(`${JSON.stringify({ rebuilt: database, messages: result.messages, rows: result.rows, sameAsLive: differences.length === 0, differences }, null, 2)}\n`);
  } finally {
    await live.close();
    await rebuilt.close();
  }
});
