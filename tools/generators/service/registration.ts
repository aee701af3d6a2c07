/**
 * The registration edits of a new service, as pure text → text functions (the generator
 * reads and writes the files; registration.spec.ts runs these on the committed files).
 * Each is idempotent: what is already registered — training, admission and evaluation are
 * listed in advance — is left as it is.
 */

/** Subgraph names become stream tokens and event-type prefixes, which allow lower-case letters only. */
export const SERVICE_NAME = /^[a-z]{3,20}$/;

/** Names that are taken by something that is not a service. */
const RESERVED = new Set(['gateway', 'shared', 'tools', 'platform', 'contracts', 'testing', 'service']);

export interface ServiceNames {
  /** `training`: the subgraph, stream token, database, scope tag and file stem. */
  name: string;
  /** `Training`: class and type names. */
  Name: string;
  /** `TRAINING`: the stream and the rule-id prefix. */
  NAME: string;
}

export function serviceNames(name: string): ServiceNames {
  if (!SERVICE_NAME.test(name) || RESERVED.has(name)) {
    throw new Error(`service name "${name}" must be 3–20 lower-case letters (a-z) and not one of ${[...RESERVED].join(', ')}`);
  }
  return { name, Name: `${name[0].toUpperCase()}${name.slice(1)}`, NAME: name.toUpperCase() };
}

function urlVariable(names: ServiceNames): string {
  return `${names.NAME}_SERVICE_URL`;
}

/** tools/stack/services.ts: the service's port, adding it after the last one when it is not listed. */
export function registerInServiceList(source: string, names: ServiceNames): { source: string; port: number } {
  const entries = [...source.matchAll(/^( *)\{ name: '([a-z-]+)', port: (\d+) \},?$/gm)];
  if (entries.length === 0) throw new Error('tools/stack/services.ts: no `{ name, port }` entries found in SERVICES');
  const listed = entries.find((entry) => entry[2] === names.name);
  if (listed) return { source, port: Number(listed[3]) };
  const last = entries[entries.length - 1];
  const port = Math.max(...entries.map((entry) => Number(entry[3]))) + 1;
  const at = (last.index ?? 0) + last[0].length;
  return { source: `${source.slice(0, at)}\n${last[1]}{ name: '${names.name}', port: ${port} },${source.slice(at)}`, port };
}

/** docker-compose.yml: the service's block before the gateway's, and the gateway's URL and dependency. */
export function registerInCompose(source: string, names: ServiceNames, port: number): string {
  const app = `${names.name}-service`;
  if (new RegExp(`^  ${app}:$`, 'm').test(source)) return source;
  const gatewayAt = source.indexOf('\n  gateway:\n');
  if (gatewayAt < 0) throw new Error('docker-compose.yml: no `gateway:` service found');
  const block = [
    `  ${app}:`,
    '    <<: *service',
    `    image: pdv/${app}:local`,
    `    build: { context: ., dockerfile: infra/docker/Dockerfile, args: { APP: ${app} } }`,
    '    environment:',
    '      <<: *service-environment',
    `      PORT: "${port}"`,
    `      DATABASE_NAME: ${names.name}`,
    '',
  ].join('\n');
  const before = source.slice(0, gatewayAt + 1);
  let gateway = source.slice(gatewayAt + 1);
  const urls = [...gateway.matchAll(/^ {6}[A-Z0-9_]+_SERVICE_URL: .*$/gm)];
  const dependencies = [...gateway.matchAll(/^ {6}[a-z-]+-service:\n {8}condition: service_healthy$/gm)];
  if (urls.length === 0 || dependencies.length === 0) throw new Error('docker-compose.yml: the gateway lists no *_SERVICE_URL or service dependency');
  const lastDependency = dependencies[dependencies.length - 1];
  const dependencyAt = (lastDependency.index ?? 0) + lastDependency[0].length;
  gateway = `${gateway.slice(0, dependencyAt)}\n      ${app}:\n        condition: service_healthy${gateway.slice(dependencyAt)}`;
  const lastUrl = urls[urls.length - 1];
  const urlAt = (lastUrl.index ?? 0) + lastUrl[0].length;
  gateway = `${gateway.slice(0, urlAt)}\n      ${urlVariable(names)}: http://${app}:${port}/graphql${gateway.slice(urlAt)}`;
  return `${before}${block}\n${gateway}`;
}

/** .env.example: the gateway's URL variable and the service's own section, when missing. */
export function registerInEnvExample(source: string, names: ServiceNames, port: number): string {
  const app = `${names.name}-service`;
  let text = source;
  if (!text.includes(`# ${urlVariable(names)}=`)) {
    const urls = [...text.matchAll(/^# [A-Z0-9_]+_SERVICE_URL=.*$/gm)];
    if (urls.length === 0) throw new Error('.env.example: no *_SERVICE_URL line found');
    const last = urls[urls.length - 1];
    const at = (last.index ?? 0) + last[0].length;
    text = `${text.slice(0, at)}\n# ${urlVariable(names)}=http://127.0.0.1:${port}/graphql${text.slice(at)}`;
  }
  if (!text.includes(`(apps/${app})`)) {
    const tools = /^# ─── tools ─+$/m.exec(text);
    if (!tools) throw new Error('.env.example: no `# ─── tools ───` section found');
    const width = [...tools[0]].length;
    const title = `# ─── ${app} (apps/${app}) `;
    const heading = `${title}${'─'.repeat(Math.max(3, width - [...title].length))}`;
    const section = `${heading}\n# PORT=${port}\n# DATABASE_NAME=${names.name}\n\n`;
    text = `${text.slice(0, tools.index)}${section}${text.slice(tools.index)}`;
  }
  return text;
}

/** libs/contracts/src/envelope.ts: the service's stream, when missing. */
export function registerStream(source: string, names: ServiceNames): string {
  const streams = /export const STREAMS = \{\n([\s\S]*?)\n\} as const;/.exec(source);
  if (!streams) throw new Error('libs/contracts/src/envelope.ts: no `STREAMS = { … } as const` found');
  if (new RegExp(`^ *${names.NAME}: '${names.name}',?$`, 'm').test(streams[1])) return source;
  const body = `${streams[1].replace(/,?$/, ',')}\n  ${names.NAME}: '${names.name}',`;
  return source.replace(streams[0], `export const STREAMS = {\n${body}\n} as const;`);
}

/** libs/contracts/src/index.ts: export the item contracts before the catalogue. */
export function registerContractsExport(source: string, names: ServiceNames): string {
  const line = `export * from './${names.name}/${names.name}-item-events';`;
  if (source.includes(line)) return source;
  if (!source.includes("export * from './catalogue';")) throw new Error("libs/contracts/src/index.ts: no `export * from './catalogue'` found");
  return source.replace("export * from './catalogue';", `${line}\nexport * from './catalogue';`);
}

/** libs/contracts/src/catalogue.ts: the item contracts in the catalogue. */
export function registerInCatalogue(source: string, names: ServiceNames): string {
  const alias = `${names.name}Items`;
  const importLine = `import * as ${alias} from './${names.name}/${names.name}-item-events';`;
  if (source.includes(importLine)) return source;
  const imports = [...source.matchAll(/^import \* as \w+ from '[^']+';$/gm)];
  const spreads = [...source.matchAll(/^( *)\.\.\.contractsOf\(\w+\),$/gm)];
  if (imports.length === 0 || spreads.length === 0) throw new Error('libs/contracts/src/catalogue.ts: no contract modules found');
  const lastSpread = spreads[spreads.length - 1];
  const spreadAt = (lastSpread.index ?? 0) + lastSpread[0].length;
  let text = `${source.slice(0, spreadAt)}\n${lastSpread[1]}...contractsOf(${alias}),${source.slice(spreadAt)}`;
  const lastImport = imports[imports.length - 1];
  const importAt = (lastImport.index ?? 0) + lastImport[0].length;
  text = `${text.slice(0, importAt)}\n${importLine}${text.slice(importAt)}`;
  return text;
}

/**
 * libs/platform/messaging/src/stream-definitions.spec.ts spells out every stream it expects:
 * the new stream goes in before the dead-letter stream. Left as it is when the new service's
 * stream is listed already, or when the spec no longer lists streams one by one.
 */
export function registerInStreamSpec(source: string, names: ServiceNames): string {
  const deadLetter = /^( *)\['(\w+)_DEADLETTER', \['(\w+)\.deadletter\.>'\]\],$/m.exec(source);
  if (!deadLetter) return source;
  const [line, indent, ns] = deadLetter;
  const entry = `${indent}['${ns}_${names.NAME}', ['${ns}.${names.name}.>']],`;
  if (source.includes(entry)) return source;
  return source.replace(line, `${entry}\n${line}`);
}
