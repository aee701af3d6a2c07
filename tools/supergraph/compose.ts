import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { appDirOf, appOf, filesOf, localUrlOf, type ServiceDefinition, SERVICES, WORKSPACE_ROOT } from '../stack/services';

// `npm run supergraph`: prints each service's subgraph SDL (apps/<app>/schema.graphql) and
// composes them into the gateway's static supergraph (apps/gateway/supergraph.graphql).
// `npm run supergraph:check` (CI) rewrites nothing and fails naming every stale file.

const run = promisify(execFile);

export const SUPERGRAPH_FILE = path.join(WORKSPACE_ROOT, 'apps/gateway/supergraph.graphql');
const SUPERGRAPH_HEADER =
  '# Composed by `npm run supergraph` from apps/*/schema.graphql (tools/supergraph/compose.ts). Do not edit;\n' +
  '# CI fails when it is stale. The gateway serves exactly this schema: it never introspects subgraphs.\n';

export interface PrintedSubgraph {
  service: ServiceDefinition;
  schemaFile: string;
  sdl: string;
}

/**
 * Runs the service's own print-schema entry in a child process: type-graphql keeps its
 * metadata in globals, so two subgraphs cannot be built in one process. run-ts bundles it
 * with esbuild (tsx would compile library decorators without the workspace tsconfig).
 */
export async function printSubgraph(service: ServiceDefinition): Promise<PrintedSubgraph> {
  const app = appOf(service);
  const entry = path.join('apps', app, 'src/print-schema.ts');
  try {
    const { stdout } = await run(process.execPath, ['tools/build/run-ts.mjs', entry], {
      cwd: WORKSPACE_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    const sdl = `${stdout.trim()}\n`;
    if (sdl.trim() === '') throw new Error('printed nothing');
    return { service, schemaFile: path.join(appDirOf(app), 'schema.graphql'), sdl };
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`${entry} failed: ${stderr?.trim() || message}`);
  }
}

export type CompositionOutcome = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Composes printed subgraphs, with the local URLs as the defaults the gateway may override. */
export function composeSubgraphs(subgraphs: PrintedSubgraph[]): CompositionOutcome {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.service.name, url: localUrlOf(subgraph.service), typeDefs: parse(subgraph.sdl) })),
  );
  if (result.errors) {
    return { ok: false, errors: result.errors.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`) };
  }
  return { ok: true, supergraphSdl: `${SUPERGRAPH_HEADER}${result.supergraphSdl.trim()}\n` };
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const started = Date.now();
  const present = SERVICES.filter((service) => filesOf(service).printSchema);
  const skipped = SERVICES.filter((service) => !filesOf(service).printSchema);
  if (skipped.length > 0) {
    console.log(`skipped (no src/print-schema.ts yet): ${skipped.map(appOf).join(', ')}`);
  }
  if (present.length === 0) {
    console.log('no service prints a schema yet: nothing to compose');
    return;
  }

  const printed = await Promise.all(present.map(printSubgraph));
  const composition = composeSubgraphs(printed);
  if (!composition.ok) {
    console.error(`composition failed (${composition.errors.length} errors):`);
    for (const error of composition.errors) console.error(`  - ${error}`);
    process.exit(1);
  }

  const outputs = [
    ...printed.map((subgraph) => ({ file: subgraph.schemaFile, content: subgraph.sdl })),
    { file: SUPERGRAPH_FILE, content: composition.supergraphSdl },
  ];
  const stale: string[] = [];
  for (const output of outputs) {
    if ((await readIfExists(output.file)) !== output.content) stale.push(path.relative(WORKSPACE_ROOT, output.file));
  }

  if (check) {
    if (stale.length > 0) {
      console.error('stale (run `npm run supergraph` and commit the result):');
      for (const file of stale) console.error(`  - ${file}`);
      process.exit(1);
    }
    console.log(`supergraph and ${printed.length} subgraph schemas are up to date (${Date.now() - started} ms)`);
    return;
  }
  for (const output of outputs) {
    if (stale.includes(path.relative(WORKSPACE_ROOT, output.file))) await writeFile(output.file, output.content);
  }
  console.log(
    `composed ${printed.map((subgraph) => subgraph.service.name).join(', ')} in ${Date.now() - started} ms; ` +
      (stale.length > 0 ? `wrote ${stale.join(', ')}` : 'nothing changed'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
