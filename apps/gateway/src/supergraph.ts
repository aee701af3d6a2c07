import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, parse, type ValueNode } from 'graphql';

export interface SubgraphEndpoint {
  /** The subgraph's name in the supergraph, e.g. `organisation`. */
  name: string;
  /** Its /graphql URL: the environment's override, else the URL recorded at composition. */
  url: string;
}

/**
 * Reads the committed supergraph. It is composed offline (`npm run supergraph`), so the
 * gateway never introspects subgraphs or fetches a schema from anywhere at run time.
 */
export async function readSupergraph(supergraphPath: string): Promise<string> {
  const file = path.resolve(supergraphPath);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`No supergraph at ${file}. Compose it with \`npm run supergraph\` (or set SUPERGRAPH_PATH).`);
    }
    throw error;
  }
}

function stringValue(node: ValueNode | undefined): string | undefined {
  return node?.kind === Kind.STRING ? node.value : undefined;
}

/**
 * Lists the subgraphs a supergraph joins (the `join__Graph` enum), with the URL each should
 * be called at. Readiness checks and URL overrides use this list, so the gateway has no
 * list of services of its own to keep in step.
 */
export function subgraphEndpoints(supergraphSdl: string, urlOverrides: Record<string, string> = {}): SubgraphEndpoint[] {
  const document = parse(supergraphSdl, { noLocation: true });
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
      const name = stringValue(directive?.arguments?.find((argument) => argument.name.value === 'name')?.value);
      const url = stringValue(directive?.arguments?.find((argument) => argument.name.value === 'url')?.value);
      if (!name) continue;
      const resolved = urlOverrides[name] ?? url;
      if (!resolved) throw new Error(`The supergraph gives no URL for subgraph ${name}; set its *_SERVICE_URL.`);
      endpoints.push({ name, url: resolved });
    }
  }
  return endpoints;
}

/**
 * `http://host:4001/graphql` → `http://host:4001/healthz`: every service serves both, side by
 * side, also when a proxy mounts it under a prefix (`/org/graphql` → `/org/healthz`).
 */
export function healthUrlOf(subgraphUrl: string): string {
  const url = new URL(subgraphUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/healthz`;
  url.search = '';
  url.hash = '';
  return url.toString();
}
