import 'reflect-metadata';
import { buildEvaluationSubgraph } from './schema';

// Prints this subgraph's SDL for tools/supergraph (one subgraph per process: type-graphql's
// metadata is global). Needs no database or broker.
buildEvaluationSubgraph()
  .then(({ sdl }) => process.stdout.write(sdl))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
