import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The one list of the services behind the gateway. The launcher, the supergraph
 * composition, docker-compose's test and .env.example's test all read it; the gateway reads
 * the same list from the composed supergraph. Adding a service is one line here (plus its
 * blocks in docker-compose.yml and .env.example, which a test checks).
 */
export interface ServiceDefinition {
  /**
   * The subgraph's name, and the stem of everything else: the app folder `<name>-service`,
   * the gateway's `<NAME>_SERVICE_URL`, and the database name.
   */
  name: string;
  port: number;
}

export const SERVICES: readonly ServiceDefinition[] = [
  { name: 'organisation', port: 4001 },
  { name: 'sourcing', port: 4002 },
  { name: 'training', port: 4003 },
  { name: 'admission', port: 4004 },
  { name: 'evaluation', port: 4005 },
];

export const GATEWAY = { app: 'gateway', port: 4000 } as const;

export const WORKSPACE_ROOT = path.resolve(__dirname, '../..');

export function appOf(service: ServiceDefinition): string {
  return `${service.name}-service`;
}

export function appDirOf(app: string): string {
  return path.join(WORKSPACE_ROOT, 'apps', app);
}

/** The gateway's variable for this subgraph's URL (same rule as the gateway's config). */
export function urlVariableOf(service: ServiceDefinition): string {
  return `${service.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_SERVICE_URL`;
}

/** Each service owns one database, named after it (the services' DATABASE_NAME default). */
export function databaseOf(service: ServiceDefinition): string {
  return service.name.replace(/-/g, '_');
}

export function localUrlOf(service: ServiceDefinition, host = '127.0.0.1'): string {
  return `http://${host}:${service.port}/graphql`;
}

/** Which of a service's entry points exist yet (services are being written one by one). */
export interface ServiceFiles {
  main: boolean;
  printSchema: boolean;
  migrate: boolean;
  seed: boolean;
}

export function filesOf(service: ServiceDefinition): ServiceFiles {
  const src = path.join(appDirOf(appOf(service)), 'src');
  return {
    main: existsSync(path.join(src, 'main.ts')),
    printSchema: existsSync(path.join(src, 'print-schema.ts')),
    migrate: existsSync(path.join(src, 'migrate.ts')),
    seed: existsSync(path.join(src, 'seed.ts')),
  };
}

/** Settings the whole local stack shares. */
export interface StackSettings {
  /** PostgreSQL server URL, without a database. */
  databaseUrl: string;
  natsUrl: string;
  logLevel: string;
  nodeEnv: string;
  internalAuthSecret?: string;
}

/** The environment one service runs with on this machine. */
export function serviceEnvironment(service: ServiceDefinition, settings: StackSettings): Record<string, string> {
  return {
    NODE_ENV: settings.nodeEnv,
    LOG_LEVEL: settings.logLevel,
    HOST: '127.0.0.1',
    PORT: String(service.port),
    DATABASE_URL: settings.databaseUrl,
    DATABASE_NAME: databaseOf(service),
    NATS_URL: settings.natsUrl,
    ...(settings.internalAuthSecret ? { INTERNAL_AUTH_SECRET: settings.internalAuthSecret } : {}),
  };
}

/**
 * The gateway's environment: where each running service is. Its token settings are its own
 * defaults (or JWT_* from the launcher's environment), as are `npm run token`'s.
 */
export function gatewayEnvironment(services: readonly ServiceDefinition[], settings: StackSettings): Record<string, string> {
  return {
    NODE_ENV: settings.nodeEnv,
    LOG_LEVEL: settings.logLevel,
    HOST: '127.0.0.1',
    PORT: String(GATEWAY.port),
    SUPERGRAPH_PATH: path.join(WORKSPACE_ROOT, 'apps/gateway/supergraph.graphql'),
    ...(settings.internalAuthSecret ? { INTERNAL_AUTH_SECRET: settings.internalAuthSecret } : {}),
    ...Object.fromEntries(services.map((service) => [urlVariableOf(service), localUrlOf(service)])),
  };
}
