import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unusedPort as freePort } from './infrastructure-spec-support';
import { ensureNats, findExecutable } from './infrastructure';
import { executableFromArchive, type NatsRelease, releasePlatformOf, sha256Of } from './infrastructure-download';
import { canConnect, stopProcess } from './processes';

// The download path of `npm start` against a local HTTP server serving release archives
// built here around the machine's own nats-server binary, so "accepted" really runs it.
// The system binaries are hidden from the launcher (empty search path and directories).

const VERSION = '9.9.9-test';
const PLATFORM = releasePlatformOf();
const hidden = { searchPath: '', systemDirectories: [] as string[] };
const output = { pretty: false, colour: false, width: 8 };
const systemNatsServer = findExecutable('nats-server', ['/usr/sbin', '/usr/local/bin', '/usr/bin']);

describe('fetching the pinned nats-server when none is installed', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'nats-download-'));
  const served = path.join(root, 'served');
  const archives: Record<string, Buffer> = {};
  const requests: string[] = [];
  let server: Server;
  let baseUrl: string;

  const releaseOf = (file: string, sha256 = sha256Of(archives[file])): NatsRelease => ({
    version: VERSION,
    baseUrl,
    archives: { [PLATFORM]: { file, sha256 } },
  });

  beforeAll(async () => {
    if (!systemNatsServer) throw new Error('this suite packs the machine’s nats-server into its test archive; install nats-server');
    const folder = path.join(root, `nats-server-v${VERSION}-${PLATFORM}`);
    mkdirSync(folder, { recursive: true });
    mkdirSync(served);
    copyFileSync(systemNatsServer, path.join(folder, 'nats-server'));
    writeFileSync(path.join(folder, 'README.md'), 'the release archive also holds documents\n');
    chmodSync(path.join(folder, 'nats-server'), 0o755);
    execFileSync('tar', ['-czf', path.join(served, 'good.tar.gz'), '-C', root, path.basename(folder)]);
    const good = readFileSync(path.join(served, 'good.tar.gz'));
    // A download cut short: the checksum (of these bytes) matches, the archive does not unpack.
    writeFileSync(path.join(served, 'truncated.tar.gz'), good.subarray(0, Math.floor(good.length / 2)));
    writeFileSync(path.join(served, 'not-an-archive.tar.gz'), 'an error page instead of an archive');
    for (const file of readdirSync(served)) archives[file] = readFileSync(path.join(served, file));

    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      const file = path.basename(request.url ?? '');
      if (!archives[file]) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(archives[file]);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v${VERSION}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('downloads, accepts the committed checksum, installs into .data/bin and runs it with JetStream; the next start downloads nothing', async () => {
    const dataDir = path.join(root, 'accepted');
    const port = await freePort();
    const before = requests.length;
    const nats = await ensureNats(`nats://127.0.0.1:${port}`, dataDir, output, { ...hidden, release: releaseOf('good.tar.gz') });
    expect(nats).not.toBeNull();
    try {
      expect(await canConnect('127.0.0.1', port)).toBe(true);
      expect(requests.slice(before)).toEqual([`/v${VERSION}/good.tar.gz`]);
      const installed = path.join(dataDir, 'bin', `nats-server-v${VERSION}`);
      expect(readFileSync(installed).equals(readFileSync(systemNatsServer as string))).toBe(true);
      expect(readdirSync(path.join(dataDir, 'bin'))).toEqual([`nats-server-v${VERSION}`]);
      expect(existsSync(path.join(dataDir, 'nats', 'jetstream'))).toBe(true);
    } finally {
      if (nats) await stopProcess(nats);
    }

    const again = await ensureNats(`nats://127.0.0.1:${port}`, dataDir, output, { ...hidden, release: releaseOf('good.tar.gz') });
    try {
      expect(again).not.toBeNull();
      expect(requests.length).toBe(before + 1);
    } finally {
      if (again) await stopProcess(again);
    }
  });

  it('refuses an archive whose SHA-256 is not the committed one, and installs nothing', async () => {
    const dataDir = path.join(root, 'refused');
    const wrong = 'f'.repeat(64);
    const port = await freePort();
    await expect(ensureNats(`nats://127.0.0.1:${port}`, dataDir, output, { ...hidden, release: releaseOf('good.tar.gz', wrong) })).rejects.toThrow(
      `has SHA-256 ${sha256Of(archives['good.tar.gz'])}, not the committed ${wrong}; it was not installed.`,
    );
    expect(existsSync(path.join(dataDir, 'bin'))).toBe(false);
    expect(await canConnect('127.0.0.1', port)).toBe(false);
  });

  it.each([
    ['cut short', 'truncated.tar.gz', /The downloaded truncated\.tar\.gz is damaged \(.+\); nothing was installed\./],
    ['not an archive', 'not-an-archive.tar.gz', /The downloaded not-an-archive\.tar\.gz is damaged \(.+\); nothing was installed\./],
  ])('reports a damaged archive (%s) whose checksum matches, and installs nothing', async (_case, file, message) => {
    const dataDir = path.join(root, `damaged-${file}`);
    const failure = ensureNats(`nats://127.0.0.1:${await freePort()}`, dataDir, output, { ...hidden, release: releaseOf(file) });
    await expect(failure).rejects.toThrow(message);
    expect(existsSync(path.join(dataDir, 'bin'))).toBe(false);
  });

  it('offline, fails with the message saying how to install or start NATS, and why the download failed', async () => {
    const dataDir = path.join(root, 'offline');
    const closed = await freePort();
    const release: NatsRelease = { ...releaseOf('good.tar.gz'), baseUrl: `http://127.0.0.1:${closed}/v${VERSION}` };
    const url = `nats://127.0.0.1:${await freePort()}`;
    const failure = ensureNats(url, dataDir, output, { ...hidden, release });
    await expect(failure).rejects.toThrow(`Nothing answers at ${url}, no nats-server binary was found`);
    await expect(failure).rejects.toThrow(/Downloading http:\/\/127\.0\.0\.1:\d+\/v9\.9\.9-test\/good\.tar\.gz failed \(fetch failed: .*ECONNREFUSED/);
    await expect(failure).rejects.toThrow('sudo apt-get install nats-server');
    expect(existsSync(path.join(dataDir, 'bin'))).toBe(false);
  });

  it('does not download for a platform without a committed checksum', async () => {
    const release: NatsRelease = { version: VERSION, baseUrl, archives: {} };
    const before = requests.length;
    await expect(ensureNats(`nats://127.0.0.1:${await freePort()}`, path.join(root, 'unknown'), output, { ...hidden, release })).rejects.toThrow(
      `has no committed checksum for ${PLATFORM}`,
    );
    expect(requests.length).toBe(before);
  });

  it('takes nats-server.exe out of a Windows release .zip (deflated) and nothing else', () => {
    const folder = path.join(root, 'zip', `nats-server-v${VERSION}-windows-amd64`);
    mkdirSync(folder, { recursive: true });
    const program = Buffer.from('MZ'.padEnd(4096, 'windows program bytes '));
    writeFileSync(path.join(folder, 'nats-server.exe'), program);
    writeFileSync(path.join(folder, 'LICENSE'), 'Apache-2.0\n');
    execFileSync('zip', ['-q', '-r', '-9', 'release.zip', path.basename(folder)], { cwd: path.dirname(folder) });
    const zip = readFileSync(path.join(path.dirname(folder), 'release.zip'));
    expect(executableFromArchive(zip, 'release.zip', 'nats-server.exe').equals(program)).toBe(true);
    expect(() => executableFromArchive(zip, 'release.zip', 'nats-server')).toThrow('The downloaded release.zip holds no nats-server; nothing was installed.');
    expect(() => executableFromArchive(zip.subarray(0, 100), 'release.zip', 'nats-server.exe')).toThrow(/release\.zip is damaged/);
  });
});
