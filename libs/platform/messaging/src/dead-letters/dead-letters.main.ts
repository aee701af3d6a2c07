import { z } from 'zod';
import { env, loadConfig } from '@pdv/config';
import { runDeadLetterCli } from './dead-letters.cli';

// `npm run dead-letters -- list [--consumer <name>] [--limit <n>] | replay <seq> | discard <seq>`:
// the operators' view of events a consumer could not apply after its retries. Reads the
// same NATS_URL and EVENT_NAMESPACE as the services.
const config = loadConfig('dead-letters', z.object({ NATS_URL: env.url('nats://127.0.0.1:4222'), EVENT_NAMESPACE: env.eventNamespace() }));
runDeadLetterCli(process.argv.slice(2), { natsUrl: config.NATS_URL, ns: config.EVENT_NAMESPACE })
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    process.stderr.write(`dead-letters: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
