import path from 'node:path';
import { generateFiles, type Tree, updateJson } from '@nx/devkit';
import {
  registerContractsExport,
  registerInCatalogue,
  registerInCompose,
  registerInEnvExample,
  registerInServiceList,
  registerInStreamSpec,
  registerStream,
  serviceNames,
} from './registration';

export interface ServiceGeneratorOptions {
  /** The service's name: `training` makes apps/training-service and libs/training/domain. */
  name: string;
  /** The day the first migration is stamped with (default: today). */
  now?: Date;
}

export interface GeneratedService {
  name: string;
  app: string;
  domain: string;
  port: number;
}

function edit(tree: Tree, file: string, change: (source: string) => string): void {
  const source = tree.read(file, 'utf8');
  if (source === null) throw new Error(`${file} is missing`);
  const changed = change(source);
  if (changed !== source) tree.write(file, changed);
}

/**
 * `npm run new-service -- <name>`: a service in the one layout (apps/organisation-service's),
 * with its domain library, its first event contract and every registration a service needs.
 */
export function serviceGenerator(tree: Tree, options: ServiceGeneratorOptions): GeneratedService {
  const names = serviceNames(options.name);
  const app = `apps/${names.name}-service`;
  const domain = `libs/${names.name}/domain`;
  for (const taken of [app, domain]) {
    if (tree.exists(taken)) throw new Error(`${taken} exists already: the generator only creates new services`);
  }

  let port = 0;
  edit(tree, 'tools/stack/services.ts', (source) => {
    const registered = registerInServiceList(source, names);
    port = registered.port;
    return registered.source;
  });

  const day = (options.now ?? new Date()).toISOString().slice(0, 10).replace(/-/g, '');
  const substitutions = {
    ...names,
    port,
    migrationName: `Migration${day}000100_${names.name}_item`,
    migrationClass: `Migration${day}000100${names.Name}Item`,
    tmpl: '',
  };
  generateFiles(tree, path.join(__dirname, 'files/app'), app, substitutions);
  generateFiles(tree, path.join(__dirname, 'files/domain'), domain, substitutions);
  generateFiles(tree, path.join(__dirname, 'files/contracts'), 'libs/contracts/src', substitutions);

  updateJson(tree, 'tsconfig.base.json', (json: { compilerOptions: { paths: Record<string, string[]> } }) => {
    json.compilerOptions.paths[`@pdv/${names.name}-domain`] = [`./${domain}/src/index.ts`];
    return json;
  });
  edit(tree, 'libs/contracts/src/envelope.ts', (source) => registerStream(source, names));
  edit(tree, 'libs/platform/messaging/src/stream-definitions.spec.ts', (source) => registerInStreamSpec(source, names));
  edit(tree, 'libs/contracts/src/index.ts', (source) => registerContractsExport(source, names));
  edit(tree, 'libs/contracts/src/catalogue.ts', (source) => registerInCatalogue(source, names));
  edit(tree, 'docker-compose.yml', (source) => registerInCompose(source, names, port));
  edit(tree, '.env.example', (source) => registerInEnvExample(source, names, port));
  return { name: names.name, app, domain, port };
}

export default serviceGenerator;
