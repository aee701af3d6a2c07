import { execFileSync } from 'node:child_process';
import { accessSync, chownSync, constants, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { canConnect, type Managed, type Output, runToCompletion, StackError, startProcess, waitUntil } from './processes';

/** Finds an executable on the PATH or in the given directories (first match wins). */
export function findExecutable(name: string, extraDirectories: string[] = [], searchPath = process.env.PATH ?? ''): string | null {
  const directories = [...searchPath.split(path.delimiter).filter(Boolean), ...extraDirectories];
  for (const directory of directories) {
    const candidate = path.join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Debian/Ubuntu keep the server binaries off the PATH, one directory per major version. */
export function postgresBinDirectories(root = '/usr/lib/postgresql'): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, 'bin'));
}

export interface HostPort {
  host: string;
  port: number;
}

export function hostPortOf(url: string, defaultPort: number): HostPort {
  const parsed = new URL(url);
  return { host: parsed.hostname || '127.0.0.1', port: parsed.port ? Number(parsed.port) : defaultPort };
}

function isLocal(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

/** PostgreSQL refuses to run as root; as root, run it as the `postgres` system user. */
function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new StackError(
      'PostgreSQL will not run as root and there is no `postgres` user to run it as. Run `npm start` as an ordinary user, ' +
        'create the user (`useradd --system postgres`), or point DATABASE_URL at a running server.',
    );
  }
}

function chownTree(directory: string, owner: { uid: number; gid: number }): void {
  chownSync(directory, owner.uid, owner.gid);
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) chownTree(full, owner);
    else chownSync(full, owner.uid, owner.gid);
  }
}

const POSTGRES_MISSING = (url: string) =>
  `Nothing answers at ${url}, and no PostgreSQL server binaries (initdb, postgres) were found on the PATH or in /usr/lib/postgresql/*/bin.\n` +
  'Either install PostgreSQL (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: `brew install postgresql@15`) and run `npm start` again —\n' +
  'the launcher then runs its own server in .data/postgres — or start a server yourself and point DATABASE_URL at it\n' +
  '(e.g. `docker compose up -d postgres`, DATABASE_URL=postgres://postgres@127.0.0.1:5432).';

const NATS_MISSING = (url: string) =>
  `Nothing answers at ${url}, and no nats-server binary was found on the PATH or in /usr/sbin, /usr/local/bin.\n` +
  'Either install it (Debian/Ubuntu: `sudo apt-get install nats-server`; macOS: `brew install nats-server`; or download a release from\n' +
  'https://github.com/nats-io/nats-server/releases and put `nats-server` on the PATH) and run `npm start` again — the launcher then\n' +
  'runs it with JetStream in .data/nats — or start one yourself (`nats-server -js`, `docker compose up -d nats`) and set NATS_URL.';

/**
 * Uses the PostgreSQL at `databaseUrl` if one answers; otherwise, for a local address,
 * starts one in `<dataDir>/postgres` (trust authentication, listening on 127.0.0.1 only).
 * Returns the process it started, or null when it used a running server.
 */
export async function ensurePostgres(databaseUrl: string, dataDir: string, output: Output): Promise<Managed | null> {
  const { host, port } = hostPortOf(databaseUrl, 5432);
  if (await canConnect(host, port)) {
    console.log(`PostgreSQL answers at ${host}:${port}; using it.`);
    return null;
  }
  if (!isLocal(host)) throw new StackError(`Nothing answers at ${databaseUrl}. Start that server, or unset DATABASE_URL to run a local one.`);
  const extra = postgresBinDirectories();
  const initdb = findExecutable('initdb', extra);
  const postgres = findExecutable('postgres', extra);
  if (!initdb || !postgres) throw new StackError(POSTGRES_MISSING(databaseUrl));

  const owner = postgresUser();
  const directory = path.join(dataDir, 'postgres');
  // .data stays traversable (the server may run as another user); the cluster is private.
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  if (owner) chownTree(directory, owner);
  const runAs = { ...(owner ?? {}), cwd: directory, env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' } };
  if (!existsSync(path.join(directory, 'PG_VERSION'))) {
    console.log(`Creating a PostgreSQL cluster in ${directory} (${initdb})`);
    await runToCompletion('initdb', initdb, ['-D', directory, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'], {
      ...runAs,
      output,
    });
  }
  console.log(`Starting PostgreSQL on ${host}:${port} (${postgres})`);
  // No Unix socket (-k ''): its default directory may not exist or be writable here.
  const managed = startProcess('postgres', postgres, ['-D', directory, '-h', '127.0.0.1', '-p', String(port), '-k', ''], {
    ...runAs,
    output,
    stopSignal: 'SIGINT',
  });
  await waitUntil(`PostgreSQL on port ${port}`, () => canConnect('127.0.0.1', port), { timeoutMs: 30_000, process: managed });
  return managed;
}

/** Uses the NATS at `natsUrl` if one answers; otherwise starts nats-server with JetStream in `<dataDir>/nats`. */
export async function ensureNats(natsUrl: string, dataDir: string, output: Output): Promise<Managed | null> {
  const { host, port } = hostPortOf(natsUrl, 4222);
  if (await canConnect(host, port)) {
    console.log(`NATS answers at ${host}:${port}; using it.`);
    return null;
  }
  if (!isLocal(host)) throw new StackError(`Nothing answers at ${natsUrl}. Start that server, or unset NATS_URL to run a local one.`);
  const natsServer = findExecutable('nats-server', ['/usr/sbin', '/usr/local/bin', '/usr/bin']);
  if (!natsServer) throw new StackError(NATS_MISSING(natsUrl));
  const directory = path.join(dataDir, 'nats');
  mkdirSync(directory, { recursive: true });
  console.log(`Starting NATS with JetStream on ${host}:${port} (${natsServer})`);
  const managed = startProcess('nats', natsServer, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', directory], { output });
  await waitUntil(`NATS on port ${port}`, () => canConnect('127.0.0.1', port), { timeoutMs: 30_000, process: managed });
  return managed;
}
