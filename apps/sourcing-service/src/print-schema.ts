import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildSourcingSubgraph } from './schema';

// Prints this subgraph's SDL for tools/supergraph (one subgraph per process: type-graphql's
// metadata is global). Needs no database or broker. `--write <file>` writes it there
// (the committed apps/sourcing-service/schema.graphql) instead of standard output.
async function main(): Promise<void> {
  const { sdl } = await buildSourcingSubgraph();
  const at = process.argv.indexOf('--write');
  if (at >= 0) {
    const file = process.argv[at + 1];
    if (!file) throw new Error('--write needs a file path');
    await writeFile(file, sdl, 'utf8');
  } else {
    process.stdout.write(sdl);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
