import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { developmentToken } from '../token/token';
import { ensureNats, ensurePostgres } from './infrastructure';
import { answersOk, canConnect, type Managed, type Output, runToCompletion, StackError, startProcess, stopProcess, waitUntil } from './processes';
import {
  appOf,
  filesOf,
  GATEWAY,
  gatewayEnvironment,
  localUrlOf,
  type ServiceDefinition,
  serviceEnvironment,
  SERVICES,
  type StackSettings,
  WORKSPACE_ROOT,
} from './services';

// `npm start`: the whole stack on one machine. PostgreSQL and NATS are used where they
// answer, or started here in .data/; every app is built, each service migrated and seeded,
// the services and then the gateway started; the last lines are the gateway URL and a token.
// Ctrl-C stops what this launcher started, in reverse order, and exits 0.

const READY_TIMEOUT_MS = 90_000;
const SUPERGRAPH = path.join(WORKSPACE_ROOT, 'apps/gateway/supergraph.graphql');

function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  parsed.search = '';
  return parsed.toString().replace(/\/$/, '');
}

function settingsFrom(environment: NodeJS.ProcessEnv): StackSettings & { dataDir: string } {
  return {
    databaseUrl: serverUrlOf(environment.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432'),
    natsUrl: environment.NATS_URL || 'nats://127.0.0.1:4222',
    logLevel: environment.LOG_LEVEL || 'info',
    nodeEnv: 'development',
    internalAuthSecret: environment.INTERNAL_AUTH_SECRET || undefined,
    dataDir: path.resolve(WORKSPACE_ROOT, environment.STACK_DATA_DIR || '.data'),
  };
}

/** The subgraph names the committed supergraph joins. */
function supergraphSubgraphs(): string[] {
  if (!existsSync(SUPERGRAPH)) {
    throw new StackError('apps/gateway/supergraph.graphql is missing: run `npm run supergraph` first.');
  }
  return [...readFileSync(SUPERGRAPH, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g)].map((match) => match[1]);
}

function entriesOf(service: ServiceDefinition): string[] {
  const files = filesOf(service);
  return ['src/main.ts', ...(files.migrate ? ['src/migrate.ts'] : []), ...(files.seed ? ['src/seed.ts'] : [])];
}

async function main(): Promise<void> {
  const settings = settingsFrom(process.env);
  const pretty = !process.argv.includes('--raw-logs');
  // Long-lived processes line up; one-off steps (`… migrate`) may stick out.
  const names = ['postgres', 'nats', GATEWAY.app, ...SERVICES.map(appOf)];
  const output: Output = { pretty, colour: Boolean(process.stdout.isTTY), width: Math.max(...names.map((name) => name.length)) };
  const started: Managed[] = [];
  let stopping = false;

  const stopAll = async (exitCode: number): Promise<never> => {
    stopping = true;
    for (const managed of [...started].reverse()) await stopProcess(managed);
    process.exit(exitCode);
  };
  const track = (managed: Managed): Managed => {
    started.push(managed);
    void managed.exited.then((result) => {
      if (stopping) return;
      console.error(`\n${managed.name} exited unexpectedly (${result}); stopping the stack.`);
      void stopAll(1);
    });
    return managed;
  };
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        // One Ctrl-C can arrive twice (from the terminal, and relayed by npm/tsx): only a
        // second press, a moment later, means "stop waiting".
        if (Date.now() - firstSignalAt < 2_000) return;
        for (const managed of started) if (managed.child.pid && !managed.hasExited()) process.kill(-managed.child.pid, 'SIGKILL');
        process.exit(1);
      }
      firstSignalAt = Date.now();
      console.log(`\n${signal}: stopping ${started.map((managed) => managed.name).reverse().join(', ') || 'nothing'}…`);
      void stopAll(0);
    });
  }
  // Last resort if the launcher itself dies: children run in their own process groups.
  process.on('exit', () => {
    for (const managed of started) {
      if (managed.child.pid && !managed.hasExited()) {
        try {
          process.kill(-managed.child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  });

  try {
    const services = SERVICES.filter((service) => filesOf(service).main);
    const absent = SERVICES.filter((service) => !filesOf(service).main);
    if (absent.length > 0) console.log(`Not written yet, skipped: ${absent.map(appOf).join(', ')}`);
    if (services.length === 0) throw new StackError('No service has a src/main.ts yet: there is nothing to start.');
    const incomplete = services.filter((service) => !filesOf(service).migrate).map((service) => `apps/${appOf(service)}/src/migrate.ts`);
    if (incomplete.length > 0) {
      throw new StackError(`Every service needs a migrate command; missing:\n  ${incomplete.join('\n  ')}`);
    }
    // A service generated this session has its tables but no demo data yet: it starts empty.
    const unseeded = services.filter((service) => !filesOf(service).seed);
    if (unseeded.length > 0) console.log(`No demo data yet (started empty): ${unseeded.map(appOf).join(', ')}`);
    const joined = supergraphSubgraphs();
    const notRunning = joined.filter((name) => !services.some((service) => service.name === name));
    if (notRunning.length > 0) {
      throw new StackError(`The supergraph joins subgraphs that have no service here: ${notRunning.join(', ')}. Run \`npm run supergraph\`.`);
    }
    const notJoined = services.filter((service) => !joined.includes(service.name));
    if (notJoined.length > 0) {
      console.log(`Not in the supergraph yet (run \`npm run supergraph\`): ${notJoined.map(appOf).join(', ')}`);
    }
    for (const { app, port } of [GATEWAY, ...services.map((service) => ({ app: appOf(service), port: service.port }))]) {
      if (await canConnect('127.0.0.1', port)) {
        throw new StackError(`Port ${port} (${app}) is already in use: is another stack running? Stop it first.`);
      }
    }

    // Started only after every check above passed, so a missing piece leaves nothing running.
    const postgres = await ensurePostgres(settings.databaseUrl, settings.dataDir, output);
    if (postgres) track(postgres);
    const nats = await ensureNats(settings.natsUrl, settings.dataDir, output);
    if (nats) track(nats);

    console.log('Building…');
    await Promise.all([
      runToCompletion(`build ${GATEWAY.app}`, process.execPath, ['tools/build/build-app.mjs', `apps/${GATEWAY.app}`], { cwd: WORKSPACE_ROOT, output }),
      ...services.map((service) =>
        runToCompletion(`build ${appOf(service)}`, process.execPath, ['tools/build/build-app.mjs', `apps/${appOf(service)}`, ...entriesOf(service)], {
          cwd: WORKSPACE_ROOT,
          output,
        }),
      ),
    ]);

    // Source maps only in development: with them every Error().stack is mapped, a cost on the
    // hot path wherever a library captures stacks per request (issue 7's gateway profile).
    const sourceMaps = settings.nodeEnv === 'development' ? ['--enable-source-maps'] : [];
    const bundle = (app: string, entry: string) => [...sourceMaps, path.join('dist/apps', app, `${entry}.js`)];
    for (const service of services) {
      const env = { ...process.env, ...serviceEnvironment(service, settings) };
      await runToCompletion(`${appOf(service)} migrate`, process.execPath, bundle(appOf(service), 'migrate'), { cwd: WORKSPACE_ROOT, env, output });
    }

    const running = services.map((service) => ({
      service,
      managed: track(
        startProcess(appOf(service), process.execPath, bundle(appOf(service), 'main'), {
          cwd: WORKSPACE_ROOT,
          env: { ...process.env, ...serviceEnvironment(service, settings) },
          output,
        }),
      ),
    }));
    await Promise.all(
      running.map(({ service, managed }) =>
        waitUntil(`${appOf(service)} to be ready`, () => answersOk(`http://127.0.0.1:${service.port}/readyz`), {
          timeoutMs: READY_TIMEOUT_MS,
          process: managed,
        }),
      ),
    );

    // Seeds run against the running services, in the list's order: a service's demo data
    // can rely on the events of those before it (the sourcing seed waits until its read model
    // holds the organisation service's demo cells, which arrive through the relay and NATS).
    for (const service of services.filter((candidate) => filesOf(candidate).seed)) {
      const env = { ...process.env, ...serviceEnvironment(service, settings) };
      await runToCompletion(`${appOf(service)} seed`, process.execPath, bundle(appOf(service), 'seed'), { cwd: WORKSPACE_ROOT, env, output });
    }

    const gateway = track(
      startProcess(GATEWAY.app, process.execPath, bundle(GATEWAY.app, 'main'), {
        cwd: WORKSPACE_ROOT,
        env: { ...process.env, ...gatewayEnvironment(services, settings) },
        output,
      }),
    );
    await waitUntil('the gateway to be ready', () => answersOk(`http://127.0.0.1:${GATEWAY.port}/readyz`), {
      timeoutMs: READY_TIMEOUT_MS,
      process: gateway,
    });

    const token = await developmentToken('PARTY_BUILDING_BOARD');
    console.log('');
    console.log(`Services: ${services.map((service) => `${appOf(service)} ${localUrlOf(service)}`).join(', ')} (they answer only the gateway)`);
    console.log('Ctrl-C stops everything. Other roles: npm run token -- <ROLE> [scopeId]');
    console.log(`Gateway: http://127.0.0.1:${GATEWAY.port}/graphql`);
    console.log('Development token (PARTY_BUILDING_BOARD, 12 h), send as Authorization: Bearer <token>:');
    console.log(token);
  } catch (error) {
    if (stopping) return;
    console.error(`\n${error instanceof StackError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await stopAll(1);
  }
}

void main();
