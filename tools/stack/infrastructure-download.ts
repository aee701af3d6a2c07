import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, inflateRawSync } from 'node:zlib';
import pinnedRelease from './nats-server-release.json';
import { StackError } from './processes';

// No npm package ships nats-server, so on a machine with only Node.js the launcher fetches
// the pinned release for the platform into .data/bin, and runs it only when the archive's
// SHA-256 is the one committed in nats-server-release.json: bytes from the network are never
// executed unchecked.

export interface ReleaseArchive {
  file: string;
  sha256: string;
}

export interface NatsRelease {
  version: string;
  /** Where the archives are: `${baseUrl}/${file}`. */
  baseUrl: string;
  /** Keyed by platform as the release names it: linux-amd64, windows-amd64, … */
  archives: Record<string, ReleaseArchive>;
}

// Imported, not read from beside this file: bundled tools (the fault suite, the benchmark) run
// from dist/run, where the file is not.
export const NATS_RELEASE: NatsRelease = pinnedRelease;

/** The release's platform name (`linux-amd64`) for Node's platform and architecture. */
export function releasePlatformOf(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const goArch: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm7' };
  const goOs: Partial<Record<NodeJS.Platform, string>> = { win32: 'windows', darwin: 'darwin', linux: 'linux', freebsd: 'freebsd' };
  return `${goOs[platform] ?? platform}-${goArch[arch] ?? arch}`;
}

function executableName(platformName: string): string {
  return platformName.startsWith('windows-') ? 'nats-server.exe' : 'nats-server';
}

/** A file inside a .tar (ustar, with pax/GNU extension headers skipped). */
function fileFromTar(tar: Buffer, wanted: string): Buffer | null {
  let offset = 0;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return null;
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('latin1').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    if (Number.isNaN(size)) throw new Error('a tar header has no valid size');
    const prefix = field(345, 155);
    const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
    const type = field(156, 1) || '0';
    const start = offset + 512;
    if (start + size > tar.length) throw new Error('the archive ends inside a file');
    if (type === '0' && path.posix.basename(name) === wanted) return tar.subarray(start, start + size);
    offset = start + Math.ceil(size / 512) * 512;
  }
  return null;
}

/** A file inside a .zip, found through the central directory (stored or deflated). */
function fileFromZip(zip: Buffer, wanted: string): Buffer | null {
  const END_OF_DIRECTORY = 0x06054b50;
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('no zip directory found');
  const entries = zip.readUInt16LE(end + 10);
  let entry = zip.readUInt32LE(end + 16);
  for (let index = 0; index < entries; index++) {
    if (zip.readUInt32LE(entry) !== 0x02014b50) throw new Error('a zip directory entry is damaged');
    const method = zip.readUInt16LE(entry + 10);
    const compressedSize = zip.readUInt32LE(entry + 20);
    const nameLength = zip.readUInt16LE(entry + 28);
    const skip = nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
    const localHeader = zip.readUInt32LE(entry + 42);
    const name = zip.subarray(entry + 46, entry + 46 + nameLength).toString('utf8');
    if (path.posix.basename(name) === wanted) {
      if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error('a zip file header is damaged');
      const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`unsupported zip compression method ${method}`);
    }
    entry += 46 + skip;
  }
  return null;
}

/** The executable named `wanted` from a release archive (.tar.gz or .zip). */
export function executableFromArchive(archive: Buffer, file: string, wanted: string): Buffer {
  let found: Buffer | null;
  try {
    found = file.endsWith('.zip') ? fileFromZip(archive, wanted) : fileFromTar(gunzipSync(archive), wanted);
  } catch (error) {
    throw new StackError(`The downloaded ${file} is damaged (${describeFailure(error)}); nothing was installed.`);
  }
  if (!found) throw new StackError(`The downloaded ${file} holds no ${wanted}; nothing was installed.`);
  return found;
}

/** fetch's own message is "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a timeout) is its cause. */
function describeFailure(error: unknown): string {
  const { message, cause } = (error ?? {}) as { message?: string; cause?: { message?: string; code?: string } };
  const reason = cause?.message ?? cause?.code;
  return [message ?? String(error), reason].filter(Boolean).join(': ');
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Puts the release's nats-server for `platformName` in `binDir` (once: a binary already
 * there was verified when it was written) and returns its path. Throws a StackError saying
 * why when the platform has no committed checksum, the download fails, the checksum differs
 * or the archive is damaged; nothing is left behind then.
 */
export async function installNatsServer(
  binDir: string,
  release: NatsRelease = NATS_RELEASE,
  platformName: string = releasePlatformOf(),
  timeoutMs = 300_000,
): Promise<string> {
  const name = executableName(platformName);
  const target = path.join(binDir, `nats-server-v${release.version}${name.endsWith('.exe') ? '.exe' : ''}`);
  if (existsSync(target)) return target;
  const archive = release.archives[platformName];
  if (!archive) {
    throw new StackError(`nats-server ${release.version} has no committed checksum for ${platformName} (tools/stack/nats-server-release.json), so it is not downloaded.`);
  }
  const url = `${release.baseUrl}/${archive.file}`;
  let bytes: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new StackError(`Downloading ${url} failed (${describeFailure(error)}).`);
  }
  const actual = sha256Of(bytes);
  if (actual !== archive.sha256) {
    throw new StackError(`${archive.file} from ${url} has SHA-256 ${actual}, not the committed ${archive.sha256}; it was not installed.`);
  }
  const executable = executableFromArchive(bytes, archive.file, name);
  mkdirSync(binDir, { recursive: true });
  const partial = `${target}.partial`;
  try {
    writeFileSync(partial, executable, { mode: 0o755 });
    chmodSync(partial, 0o755);
    // Renamed into place only when complete: an interrupted write never looks installed.
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}
