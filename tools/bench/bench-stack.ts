import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { answersOk, canConnect, type Managed, type Output, runToCompletion, StackError, startProcess, stopProcess, waitUntil } from '../stack/processes';
import { appOf, filesOf, type ServiceDefinition, SERVICES, urlVariableOf, WORKSPACE_ROOT } from '../stack/services';

// Everything the benchmark starts, on its own ports and databases, and stops again. The steps
// are the launcher's (tools/stack/start.ts): build with tools/build/build-app.mjs, migrate,
// start the services, run their seeds in the list's order, then the gateways — run the way
// production runs them: `node <bundle>` with NODE_ENV=production, without source maps
// (infra/docker/entrypoint.sh; source maps make every Error().stack dear).

const READY_TIMEOUT_MS = 120_000;
const SUPERGRAPH = path.join(WORKSPACE_ROOT, 'apps/gateway/supergraph.graphql');
export const BENCH_DIR = path.join(WORKSPACE_ROOT, 'dist/bench');
const HIVE_BIN = path.join(WORKSPACE_ROOT, 'node_modules/@graphql-hive/gateway/dist/bin.js');
/** How infra/docker/entrypoint.sh starts a bundle in production: no flags. */
const NODE_FLAGS: string[] = [];

export interface BenchService {
  definition: ServiceDefinition;
  port: number;
  url: string;
  database: string;
}

export interface BenchSecrets {
  jwt: { secret: string; issuer: string; audience: string };
  internalAuthSecret: string;
}

export interface StackPlan {
  databaseUrl: string;
  natsUrl: string;
  databasePrefix: string;
  /** A fresh one per run: a run never sees another run's streams or JetStream's de-duplication window. */
  eventNamespace: string;
  services: BenchService[];
  ourPort: number;
  hivePort: number;
  secrets: BenchSecrets;
  /** Seed (the demo ward); false for the city-scale databases, which are loaded already (both are migrated). */
  seed: boolean;
  /** Absolute folder for `--cpu-prof` profiles of the gateways and services, or null. */
  profileDir: string | null;
}

/** Per-run secrets, so the stack can run with NODE_ENV=production (which refuses the public defaults). */
export function benchSecrets(): BenchSecrets {
  return {
    jwt: { secret: randomBytes(24).toString('hex'), issuer: 'pdv-bench', audience: 'pdv-api' },
    internalAuthSecret: randomBytes(24).toString('hex'),
  };
}

/** The services that exist and are in the committed supergraph, each on a bench port. */
export function benchServices(ports: number[], databasePrefix: string, supergraphSdl: string): BenchService[] {
  const joined = new Set([...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]));
  return SERVICES.map((definition, index) => ({ definition, index }))
    .filter(({ definition }) => filesOf(definition).main && joined.has(definition.name))
    .map(({ definition, index }) => ({
      definition,
      port: ports[index],
      url: `http://127.0.0.1:${ports[index]}/graphql`,
      database: `${databasePrefix}${definition.name.replace(/-/g, '_')}`,
    }));
}

/** The committed supergraph with each subgraph's URL pointed at its bench port (nothing else changes). */
export function benchSupergraph(supergraphSdl: string, services: readonly BenchService[]): string {
  return supergraphSdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (whole, name: string) => {
    const service = services.find((candidate) => candidate.definition.name === name);
    return service ? `@join__graph(name: "${name}", url: "${service.url}")` : whole;
  });
}

export async function readCommittedSupergraph(): Promise<string> {
  return readFile(SUPERGRAPH, 'utf8');
}

export class BenchStack {
  private readonly started: Managed[] = [];
  private stopping = false;
  /** Processes stopped on purpose while the rest runs on (the capture gateway). */
  private readonly expectedExits = new Set<Managed>();
  private ours: Managed | undefined;
  private readonly output: Output;
  supergraphPath = path.join(BENCH_DIR, 'supergraph.graphql');
  hiveConfigPath = path.join(BENCH_DIR, 'hive-gateway.config.mjs');
  adminPath = path.join(BENCH_DIR, 'bench-admin.cjs');
  workerPath = path.join(BENCH_DIR, 'load-worker.cjs');

  constructor(
    readonly plan: StackPlan,
    private readonly onUnexpectedExit: (message: string) => void,
  ) {
    const names = ['gateway', 'hive-gateway', ...plan.services.map((service) => appOf(service.definition))];
    this.output = { pretty: true, colour: Boolean(process.stdout.isTTY), width: Math.max(...names.map((name) => name.length)) };
  }

  private environment(extra: Record<string, string>): NodeJS.ProcessEnv {
    // Nothing of the developer's own stack or cloud settings leaks into the benchmark's.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(APOLLO_|HIVE_|GRAPHQL_HIVE|.*_SERVICE_URL$|DATABASE_|JWT_|INTERNAL_AUTH_SECRET$|EVENT_NAMESPACE$|PORT$|HOST$|NODE_OPTIONS$)/.test(key)),
    );
    return { ...inherited, NODE_ENV: 'production', LOG_LEVEL: 'warn', ...extra };
  }

  /** A service's environment (also for a one-off command against its database, such as a rebuild); `extra` adds to it. */
  serviceEnvironment(service: BenchService, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return this.environment({
      HOST: '127.0.0.1',
      PORT: String(service.port),
      DATABASE_URL: this.plan.databaseUrl,
      DATABASE_NAME: service.database,
      NATS_URL: this.plan.natsUrl,
      EVENT_NAMESPACE: this.plan.eventNamespace,
      INTERNAL_AUTH_SECRET: this.plan.secrets.internalAuthSecret,
      ...extra,
    });
  }

  private ourGatewayEnvironment(subgraphUrls: Record<string, string>): NodeJS.ProcessEnv {
    return this.environment({
      HOST: '127.0.0.1',
      PORT: String(this.plan.ourPort),
      SUPERGRAPH_PATH: this.supergraphPath,
      JWT_SECRET: this.plan.secrets.jwt.secret,
      JWT_ISSUER: this.plan.secrets.jwt.issuer,
      JWT_AUDIENCE: this.plan.secrets.jwt.audience,
      INTERNAL_AUTH_SECRET: this.plan.secrets.internalAuthSecret,
      ...subgraphUrls,
    });
  }

  private track(managed: Managed): Managed {
    this.started.push(managed);
    void managed.exited.then((result) => {
      if (this.stopping || this.expectedExits.has(managed)) return;
      this.onUnexpectedExit(`${managed.name} exited unexpectedly (${result})`);
    });
    return managed;
  }

  async checkPortsFree(): Promise<void> {
    const ports = [this.plan.ourPort, this.plan.hivePort, ...this.plan.services.map((service) => service.port)];
    for (const port of ports) {
      if (await canConnect('127.0.0.1', port)) throw new StackError(`Port ${port} is in use: is another benchmark running? Stop it or pass --port-base.`);
    }
  }

  /** Bundles the apps (the launcher's build), the load worker and Hive's config; writes the bench supergraph. */
  async build(supergraphSdl: string): Promise<void> {
    await mkdir(BENCH_DIR, { recursive: true });
    await writeFile(this.supergraphPath, benchSupergraph(supergraphSdl, this.plan.services));
    const common = { absWorkingDir: WORKSPACE_ROOT, bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', tsconfig: path.join(WORKSPACE_ROOT, 'tools/tsconfig.json') } as const;
    await Promise.all([
      runToCompletion('build gateway', process.execPath, ['tools/build/build-app.mjs', 'apps/gateway'], { cwd: WORKSPACE_ROOT, output: this.output }),
      ...this.plan.services.map((service) =>
        runToCompletion(`build ${appOf(service.definition)}`, process.execPath, ['tools/build/build-app.mjs', `apps/${appOf(service.definition)}`, 'src/main.ts', 'src/migrate.ts', ...(filesOf(service.definition).seed ? ['src/seed.ts'] : [])], {
          cwd: WORKSPACE_ROOT,
          output: this.output,
        }),
      ),
      build({ ...common, entryPoints: [path.join(WORKSPACE_ROOT, 'tools/bench/load-worker.ts')], outfile: this.workerPath, format: 'cjs' }),
      // The two that use workspace libs are the bench-runtime project's (runtime/README.md).
      build({ ...common, entryPoints: [path.join(WORKSPACE_ROOT, 'tools/bench/runtime/hive-gateway.config.ts')], outfile: this.hiveConfigPath, format: 'esm' }),
      build({ ...common, entryPoints: [path.join(WORKSPACE_ROOT, 'tools/bench/runtime/bench-admin.ts')], outfile: this.adminPath, format: 'cjs' }),
    ]);
  }

  /** Node's flags for a long-running process; `name` prefixes its profile's file name. */
  private nodeFlags(name: string): string[] {
    if (!this.plan.profileDir) return NODE_FLAGS;
    return [...NODE_FLAGS, '--cpu-prof', `--cpu-prof-dir=${this.plan.profileDir}`, `--cpu-prof-name=${name}.${Date.now()}.cpuprofile`];
  }

  private bundle(service: BenchService, entry: string): string[] {
    // Only the running service is profiled, not its one-off migrate and seed commands.
    const flags = entry === 'main' ? this.nodeFlags(appOf(service.definition)) : NODE_FLAGS;
    return [...flags, path.join('dist/apps', appOf(service.definition), `${entry}.js`)];
  }

  /**
   * Set once this run has checked that no other benchmark runs on its ports and taken the
   * bench databases over: a run that stops before that never drops another run's databases.
   */
  ownsDatabases = false;

  /** Drops the bench databases (at the start: those an earlier `--keep` run left), so every run seeds the same data. */
  async dropDatabases(): Promise<void> {
    await this.admin('drop-databases', { serverUrl: this.plan.databaseUrl, names: this.plan.services.map((service) => service.database) });
  }

  /** Runs one errand of runtime/bench-admin.ts (JSON in, JSON out). */
  admin(command: 'tokens' | 'drop-databases' | 'delete-streams', input: unknown): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile(process.execPath, [this.adminPath, command], { cwd: WORKSPACE_ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(new StackError(`bench-admin ${command} failed: ${stderr.trim() || error.message}`));
        else resolve(stdout);
      });
      child.stdin?.end(JSON.stringify(input));
    });
  }

  async startServices(): Promise<void> {
    // Migrated also when the data is loaded already (the city): a city generated before a
    // migration landed would otherwise be measured on the old schema (it was, once: the list
    // indexes of 2026-12-04 were missing from the first city run after them).
    for (const service of this.plan.services) {
      await runToCompletion(`${appOf(service.definition)} migrate`, process.execPath, this.bundle(service, 'migrate'), {
        cwd: WORKSPACE_ROOT,
        env: this.serviceEnvironment(service),
        output: this.output,
      });
    }
    await Promise.all(this.plan.services.map((service) => this.startService(service)));
    if (!this.plan.seed) return;
    // In the list's order, against the running services (the sourcing seed waits for the
    // organisation service's cells to arrive through its relay and NATS).
    // A service with no demo data yet (no src/seed.ts) runs migrated and empty.
    for (const service of this.plan.services.filter((candidate) => filesOf(candidate.definition).seed)) {
      await runToCompletion(`${appOf(service.definition)} seed`, process.execPath, this.bundle(service, 'seed'), {
        cwd: WORKSPACE_ROOT,
        env: this.serviceEnvironment(service),
        output: this.output,
      });
    }
  }

  /** The running process of each service, for the fault suite's kills and restarts. */
  private readonly serviceProcesses = new Map<string, Managed>();

  /** Starts one service's bundle and waits until its /readyz answers 200; `extraEnv` adds to its environment (the fault suite's slowed consumer). */
  async startService(service: BenchService, extraEnv: Record<string, string> = {}): Promise<void> {
    const managed = this.track(
      startProcess(appOf(service.definition), process.execPath, this.bundle(service, 'main'), {
        cwd: WORKSPACE_ROOT,
        env: this.serviceEnvironment(service, extraEnv),
        output: this.output,
      }),
    );
    this.serviceProcesses.set(service.definition.name, managed);
    await waitUntil(`${appOf(service.definition)} to be ready`, () => answersOk(`http://127.0.0.1:${service.port}/readyz`), { timeoutMs: READY_TIMEOUT_MS, process: managed });
  }

  /** SIGTERM (a clean stop: drain, then acks) of one service, SIGKILL if it outlasts the grace; it stays down until startService. */
  async stopService(service: BenchService): Promise<void> {
    const managed = this.serviceProcesses.get(service.definition.name);
    if (!managed || managed.hasExited()) return;
    this.expectedExits.add(managed);
    await stopProcess(managed);
    this.started.splice(this.started.indexOf(managed), 1);
    this.serviceProcesses.delete(service.definition.name);
  }

  /** SIGKILL (a crash: no drain, no acks) of one service; it stays down until startService. */
  async killService(service: BenchService): Promise<void> {
    const managed = this.serviceProcesses.get(service.definition.name);
    if (!managed || managed.hasExited() || managed.child.pid === undefined) return;
    this.expectedExits.add(managed);
    try {
      process.kill(-managed.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await managed.exited;
    this.started.splice(this.started.indexOf(managed), 1);
    this.serviceProcesses.delete(service.definition.name);
  }

  /** Our gateway; `subgraphUrls` overrides where it sends each subgraph's fetches (the capture proxy). */
  async startOurGateway(subgraphUrls: Record<string, string> = {}): Promise<void> {
    const urls = Object.fromEntries(this.plan.services.map((service) => [urlVariableOf(service.definition), subgraphUrls[service.definition.name] ?? service.url]));
    const managed = this.track(
      startProcess('gateway', process.execPath, [...this.nodeFlags('gateway'), 'dist/apps/gateway/main.js'], { cwd: WORKSPACE_ROOT, env: this.ourGatewayEnvironment(urls), output: this.output }),
    );
    this.ours = managed;
    await waitUntil('our gateway to be ready', () => answersOk(`http://127.0.0.1:${this.plan.ourPort}/readyz`), { timeoutMs: READY_TIMEOUT_MS, process: managed });
  }

  async stopOurGateway(): Promise<void> {
    if (!this.ours) return;
    const managed = this.ours;
    this.expectedExits.add(managed);
    await stopProcess(managed);
    this.started.splice(this.started.indexOf(managed), 1);
    this.ours = undefined;
  }

  /** Hive Gateway's own CLI with its defaults, serving the same supergraph file as ours. */
  async startHiveGateway(): Promise<void> {
    const managed = this.track(
      startProcess('hive-gateway', process.execPath, [...this.nodeFlags('hive-gateway'), HIVE_BIN, 'supergraph', this.supergraphPath, '--host', '127.0.0.1', '--port', String(this.plan.hivePort), '--config-path', this.hiveConfigPath], {
        cwd: BENCH_DIR,
        env: this.environment({
          BENCH_JWT_SECRET: this.plan.secrets.jwt.secret,
          BENCH_JWT_ISSUER: this.plan.secrets.jwt.issuer,
          BENCH_JWT_AUDIENCE: this.plan.secrets.jwt.audience,
          BENCH_INTERNAL_AUTH_SECRET: this.plan.secrets.internalAuthSecret,
          // Hive logs its start-up only; keep its default level.
          LOG_LEVEL: 'info',
        }),
        output: this.output,
      }),
    );
    await waitUntil('Hive Gateway to be ready', () => answersOk(`http://127.0.0.1:${this.plan.hivePort}/readiness`), { timeoutMs: READY_TIMEOUT_MS, process: managed });
  }

  /** Stops everything in reverse order of starting. */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const managed of [...this.started].reverse()) await stopProcess(managed);
    this.started.length = 0;
  }

  /** Last resort when the benchmark itself dies: every child runs in its own process group. */
  killAll(): void {
    for (const managed of this.started) {
      if (managed.child.pid && !managed.hasExited()) {
        try {
          process.kill(-managed.child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }

  /** Removes this run's JetStream streams (its namespace is its own). */
  async deleteStreams(): Promise<void> {
    await this.admin('delete-streams', { natsUrl: this.plan.natsUrl, namespace: this.plan.eventNamespace });
  }
}
