import 'reflect-metadata';
import { buildAdmissionSubgraph } from './schema';

// Prints this subgraph's SDL for tools/supergraph (one subgraph per process: type-graphql's
// metadata is global). Needs no database or broker.
buildAdmissionSubgraph()
  .then(({ sdl }) => process.stdout.write(sdl))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
