import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY, gatewayEnvironment, serviceEnvironment, SERVICES, type StackSettings, urlVariableOf, WORKSPACE_ROOT } from './services';

const settings: StackSettings = {
  databaseUrl: 'postgres://postgres@127.0.0.1:5432',
  natsUrl: 'nats://127.0.0.1:4222',
  logLevel: 'info',
  nodeEnv: 'development',
};

describe('the service list', () => {
  it('gives every service its own port and name', () => {
    const ports = [GATEWAY.port, ...SERVICES.map((service) => service.port)];
    expect(new Set(ports).size).toBe(ports.length);
    expect(new Set(SERVICES.map((service) => service.name)).size).toBe(SERVICES.length);
  });

  it('tells each service its port and database, and the gateway where every service is', () => {
    const [organisation] = SERVICES;
    expect(serviceEnvironment(organisation, settings)).toMatchObject({ PORT: '4001', DATABASE_NAME: 'organisation', HOST: '127.0.0.1' });
    const gateway = gatewayEnvironment(SERVICES, settings);
    expect(gateway.ORGANISATION_SERVICE_URL).toBe('http://127.0.0.1:4001/graphql');
    expect(gateway.EVALUATION_SERVICE_URL).toBe('http://127.0.0.1:4005/graphql');
  });

  it('is documented in .env.example', () => {
    const example = readFileSync(path.join(WORKSPACE_ROOT, '.env.example'), 'utf8');
    for (const service of SERVICES) {
      expect(example).toContain(`# ${urlVariableOf(service)}=http://127.0.0.1:${service.port}/graphql`);
      expect(example).toContain(`(apps/${service.name}-service)`);
      expect(example).toContain(`# DATABASE_NAME=${service.name}`);
    }
  });
});
