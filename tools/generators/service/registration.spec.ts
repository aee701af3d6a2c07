import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { WORKSPACE_ROOT } from '../../stack/services';
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

// The registration edits, run on the committed files: a new service is added once, in the
// shape the other entries have; a pre-listed one (training, admission, evaluation) keeps
// its port and lines; a second run changes nothing.
const read = (file: string) => readFileSync(path.join(WORKSPACE_ROOT, file), 'utf8');
const example = serviceNames('example');
const training = serviceNames('training');

interface Compose {
  services: Record<string, { build?: { args?: Record<string, string> }; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }> }>;
}

describe('service names', () => {
  it.each([
    ['training', 'OK'],
    ['example', 'OK'],
    ['member-care', 'refused'],
    ['Training', 'refused'],
    ['ab', 'refused'],
    ['gateway', 'refused'],
    ['shared', 'refused'],
    ['x1y', 'refused'],
  ])('%s → %s', (name, expected) => {
    let outcome = 'OK';
    try {
      serviceNames(name);
    } catch {
      outcome = 'refused';
    }
    expect(outcome).toBe(expected);
  });

  it('derives the class and constant spellings', () => {
    expect(serviceNames('evaluation')).toEqual({ name: 'evaluation', Name: 'Evaluation', NAME: 'EVALUATION' });
  });
});

describe('registering a service', () => {
  it('adds a new service to the list on the next free port, and keeps a pre-listed one', () => {
    const source = read('tools/stack/services.ts');
    const added = registerInServiceList(source, example);
    expect(added.port).toBe(4006);
    expect(added.source).toContain("  { name: 'evaluation', port: 4005 },\n  { name: 'example', port: 4006 },\n];");
    expect(registerInServiceList(added.source, example)).toEqual(added);
    expect(registerInServiceList(source, training)).toEqual({ source, port: 4003 });
  });

  it('adds the compose block and the gateway’s URL and dependency, once', () => {
    const source = read('docker-compose.yml');
    const once = registerInCompose(source, example, 4006);
    expect(registerInCompose(once, example, 4006)).toBe(once);
    const compose = parse(once, { merge: true }) as Compose;
    expect(compose.services['example-service'].build?.args?.APP).toBe('example-service');
    expect(compose.services['example-service'].environment).toMatchObject({ PORT: '4006', DATABASE_NAME: 'example', NATS_URL: 'nats://nats:4222' });
    expect(compose.services.gateway.environment?.EXAMPLE_SERVICE_URL).toBe('http://example-service:4006/graphql');
    expect(compose.services.gateway.depends_on?.['example-service']).toEqual({ condition: 'service_healthy' });
    // Everything that was there stays.
    const before = parse(source, { merge: true }) as Compose;
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(Object.keys(before.services)));
    expect(compose.services.gateway.environment).toMatchObject(before.services.gateway.environment ?? {});
  });

  it('documents a new service in .env.example, and leaves a pre-listed one as it is', () => {
    const source = read('.env.example');
    const once = registerInEnvExample(source, example, 4006);
    expect(once).toContain('# EVALUATION_SERVICE_URL=http://127.0.0.1:4005/graphql\n# EXAMPLE_SERVICE_URL=http://127.0.0.1:4006/graphql\n');
    expect(once).toMatch(/# ─── example-service \(apps\/example-service\) ─+\n# PORT=4006\n# DATABASE_NAME=example\n\n# ─── tools/);
    expect(registerInEnvExample(once, example, 4006)).toBe(once);
    expect(registerInEnvExample(source, training, 4003)).toBe(source);
  });

  it('adds a stream for a new service only', () => {
    const source = read('libs/contracts/src/envelope.ts');
    const once = registerStream(source, example);
    expect(once).toContain("  EVALUATION: 'evaluation',\n  EXAMPLE: 'example',\n} as const;");
    expect(registerStream(once, example)).toBe(once);
    expect(registerStream(source, training)).toBe(source);
  });

  it('lists a new stream in the messaging library’s stream spec, before the dead letters, once', () => {
    const source = read('libs/platform/messaging/src/stream-definitions.spec.ts');
    const once = registerInStreamSpec(source, example);
    expect(once).toContain("      ['tab12_EVALUATION', ['tab12.evaluation.>']],\n      ['tab12_EXAMPLE', ['tab12.example.>']],\n      ['tab12_DEADLETTER', ['tab12.deadletter.>']],");
    expect(registerInStreamSpec(once, example)).toBe(once);
    expect(registerInStreamSpec(source, training)).toBe(source);
  });

  it('exports the item contracts and lists them in the catalogue, once', () => {
    const index = registerContractsExport(read('libs/contracts/src/index.ts'), example);
    expect(index).toMatch(/export \* from '\.\/example\/example-item-events';\nexport \* from '\.\/catalogue';\n?$/);
    expect(registerContractsExport(index, example)).toBe(index);
    const catalogue = registerInCatalogue(read('libs/contracts/src/catalogue.ts'), example);
    expect(catalogue).toContain("import * as exampleItems from './example/example-item-events';");
    expect(catalogue).toContain('  ...contractsOf(exampleItems),\n];');
    expect(registerInCatalogue(catalogue, example)).toBe(catalogue);
  });
});
