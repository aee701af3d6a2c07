import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { appDirOf, appOf, GATEWAY, SERVICES as ALL_SERVICES, urlVariableOf, WORKSPACE_ROOT } from './services';

// docker-compose.yml runs the services that exist; this keeps it in step with the one list of
// services (tools/stack/services.ts), so a service written later cannot be forgotten there,
// and a service not written yet cannot make `docker compose up --build` fail.
const SERVICES = ALL_SERVICES.filter((service) => existsSync(path.join(appDirOf(appOf(service)), 'src/main.ts')));

interface ComposeService {
  build?: { args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: string[] };
  ports?: string[];
}

const compose = parse(readFileSync(path.join(WORKSPACE_ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const apps = SERVICES.map(appOf);

describe('docker-compose.yml', () => {
  it.each(['postgres', 'nats', GATEWAY.app, ...apps])('has %s with a health check', (name) => {
    expect(compose.services[name]).toBeDefined();
    expect(compose.services[name].healthcheck?.test?.length).toBeGreaterThan(0);
  });

  it('runs nothing that has no app to build', () => {
    const known = new Set(['postgres', 'nats', GATEWAY.app, ...apps]);
    expect(Object.keys(compose.services).filter((name) => !known.has(name))).toEqual([]);
  });

  it('keeps PostgreSQL and NATS (with JetStream) on named volumes', () => {
    expect(compose.volumes).toHaveProperty('postgres-data');
    expect(compose.volumes).toHaveProperty('nats-data');
    expect(compose.services.nats.command).toEqual(expect.arrayContaining(['-js', '-sd', '/data']));
  });

  it.each(SERVICES.map((service) => [appOf(service), service] as const))('%s: own image, port, database, and waits for postgres and nats', (app, service) => {
    const definition = compose.services[app];
    expect(definition.build?.args?.APP).toBe(app);
    expect(definition.environment?.PORT).toBe(String(service.port));
    expect(definition.environment?.DATABASE_NAME).toBe(service.name);
    expect(definition.environment?.INTERNAL_AUTH_SECRET).toBeDefined();
    expect(definition.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(definition.depends_on?.nats?.condition).toBe('service_healthy');
    expect(definition.ports).toBeUndefined();
  });

  it('starts the gateway after every service, knowing where each one is', () => {
    const gateway = compose.services[GATEWAY.app];
    expect(gateway.build?.args?.APP).toBe(GATEWAY.app);
    expect(gateway.ports?.some((mapping) => mapping.endsWith(`:${GATEWAY.port}`))).toBe(true);
    for (const service of SERVICES) {
      expect(gateway.depends_on?.[appOf(service)]?.condition).toBe('service_healthy');
      expect(gateway.environment?.[urlVariableOf(service)]).toBe(`http://${appOf(service)}:${service.port}/graphql`);
    }
  });
});
