import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { parse } from 'graphql';
import { Client } from 'pg';
import type { Identity } from '@pdv/auth';
import { organisationRegistered, parseEnvelope, STREAMS, SYSTEM_ACTOR } from '@pdv/contracts';
import { createLogger } from '@pdv/observability';
import { createTestDatabase, freePort, postGraphQL, TEST_INTERNAL_SECRET, TEST_NATS_URL, type TestDatabase, testEventNamespace, waitFor } from '@pdv/testing';
import type { RunningGateway } from '../src/server';
import { testGatewayConfig, tokenFor } from './fake-subgraphs';

/**
 * The exports' test stack: the real sourcing service as its own process (its committed
 * migrations, its own database and event namespace), a small ward announced over NATS as the
 * organisation service would, candidates referred and accepted through the API, and the real
 * gateway in front over a supergraph composed from the sourcing service's committed SDL.
 */

/** The repository root: the folder with nx.json above this file (or above its bundle in dist/run, for the benchmark). */
function workspaceRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'nx.json'))) return dir;
  }
  throw new Error(`no nx.json above ${__dirname}`);
}

const WORKSPACE = workspaceRoot();

export interface ExportPerson {
  fullName: string;
  dateOfBirth: string;
  gender: 'MALE' | 'FEMALE';
}

export interface ExportsStack {
  gateway: RunningGateway;
  /** `http://127.0.0.1:<port>` of the gateway. */
  base: string;
  cellA: string;
  cellB: string;
  /** Each referred person's candidate id, by full name. */
  candidateIds: Record<string, string>;
  who: { board: Identity; secretaryA: Identity; trainingCentre: Identity; youthStaff: Identity };
  token(identity: Identity): Promise<string>;
  /** Runs SQL on the sourcing service's database (to check its audit trail). */
  sql<T>(query: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

interface Child {
  process: ChildProcess;
  /** The start of what it wrote to stderr, for the failure message. */
  stderr(): string;
}

/** One of the workspace's TypeScript entry points as its own Node process, as the launcher runs it. */
function runScript(script: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, [path.join(WORKSPACE, 'tools/build/run-ts.mjs'), script], {
    cwd: WORKSPACE,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { process: child, stderr: () => stderr.slice(0, 2000) };
}

async function succeeded(child: Child): Promise<void> {
  const code = child.process.exitCode ?? (await new Promise<number | null>((resolve) => child.process.once('exit', resolve)));
  if (code !== 0) throw new Error(`${child.process.spawnargs.at(-1)} exited ${code}: ${child.stderr()}`);
}

/** A national ID number that agrees with the date of birth and gender (Hà Nội, serial given). */
function nationalIdOf(person: ExportPerson, serial: number): string {
  const year = Number(person.dateOfBirth.slice(0, 4));
  const century = year >= 2000 ? 2 : 0;
  return `001${century + (person.gender === 'FEMALE' ? 1 : 0)}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

export async function startExportsStack(people: { cellA: ExportPerson[]; cellB: ExportPerson[] }, gatewaySettings: Record<string, string> = {}): Promise<ExportsStack> {
  // What has been started so far, stopped in reverse order by stop() or when starting fails.
  const cleanups: (() => Promise<unknown>)[] = [];
  const stopAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    return await startStack(people, gatewaySettings, cleanups, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startStack(
  people: { cellA: ExportPerson[]; cellB: ExportPerson[] },
  gatewaySettings: Record<string, string>,
  cleanups: (() => Promise<unknown>)[],
  stopAll: () => Promise<void>,
): Promise<ExportsStack> {
  const db: TestDatabase = await createTestDatabase('gateway exports');
  cleanups.push(() => db.drop());
  const ns = testEventNamespace();
  const port = await freePort();
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: db.serverUrl,
    DATABASE_NAME: db.dbName,
    NATS_URL: TEST_NATS_URL,
    EVENT_NAMESPACE: ns,
    INTERNAL_AUTH_SECRET: TEST_INTERNAL_SECRET,
  };
  await succeeded(runScript('apps/sourcing-service/src/migrate.ts', env));
  const service = runScript('apps/sourcing-service/src/main.ts', env);
  cleanups.push(async () => {
    if (service.process.exitCode !== null) return;
    const gone = new Promise((resolve) => service.process.once('exit', resolve));
    service.process.kill('SIGTERM');
    await gone;
  });
  const sourcingUrl = `http://127.0.0.1:${port}/graphql`;
  await waitFor(
    async () => {
      if (service.process.exitCode !== null) throw new Error(`sourcing service exited: ${service.stderr()}`);
      return fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok, () => false);
    },
    { what: 'the sourcing service to listen', timeoutMs: 60_000 },
  );

  const sdl = readFileSync(path.join(WORKSPACE, 'apps/sourcing-service/schema.graphql'), 'utf8');
  const composed = composeServices([{ name: 'sourcing', typeDefs: parse(sdl), url: sourcingUrl }]);
  if (composed.errors) throw new Error(composed.errors.map((error) => error.message).join('\n'));
  const { startGatewayServer } = await import('../src/server');
  const gateway = await startGatewayServer({
    // The API's own limits, not the small ones the other gateway suites cross on purpose.
    config: testGatewayConfig({ MAX_DEPTH: '12', MAX_ALIASES: '30', MAX_COST: '50000', MAX_TOKENS: '10000', BODY_LIMIT: '12mb', ...gatewaySettings }),
    supergraphSdl: composed.supergraphSdl,
    logger: createLogger('gateway-exports-test', 'silent'),
    clock: { now: () => new Date('2026-03-16T03:00:00Z') },
  });
  cleanups.push(() => gateway.stop());
  const base = gateway.url.replace(/\/graphql$/, '');

  // The ward, as the organisation service announces it.
  const wardId = randomUUID();
  const cellA = randomUUID();
  const cellB = randomUUID();
  const nc = await connect({ servers: TEST_NATS_URL, name: `gateway-exports-${ns}` });
  cleanups.push(async () => {
    const jsm = await jetstreamManager(nc);
    for (const stream of [...Object.keys(STREAMS), 'DEADLETTER']) await jsm.streams.delete(`${ns}_${stream}`).catch(() => false);
    await nc.close();
  });
  const js = jetstream(nc);
  for (const [organisationId, parentId, kind, code, name] of [
    [wardId, null, 'WARD_COMMITTEE', 'DU-PHUONG', 'Đảng ủy phường Đông Đa'],
    [cellA, wardId, 'GRASSROOTS_CELL', 'CB-A', 'Chi bộ khu dân cư A'],
    [cellB, wardId, 'GRASSROOTS_CELL', 'CB-B', 'Chi bộ khu dân cư B'],
  ] as const) {
    const envelope = parseEnvelope(organisationRegistered, {
      id: randomUUID(),
      type: organisationRegistered.type,
      version: organisationRegistered.version,
      occurredAt: new Date().toISOString(),
      source: `${STREAMS[organisationRegistered.stream]}-service`,
      aggregateId: organisationId,
      actor: SYSTEM_ACTOR,
      traceparent: null,
      data: { organisationId, parentId, kind, sector: 'RESIDENTIAL_AREA', code, name, validFrom: '2025-07-01' },
    });
    await js.publish(`${ns}.${organisationRegistered.subject}`, JSON.stringify(envelope), { msgID: envelope.id });
  }

  const pg = new Client({ connectionString: `${db.serverUrl}/${db.dbName}` });
  await pg.connect();
  cleanups.push(() => pg.end());
  const sql = async <T>(query: string, params: unknown[] = []) => (await pg.query(query, params)).rows as T[];
  await waitFor(async () => Number((await sql<{ count: string }>('select count(*) as count from org_read_model'))[0].count) === 3, {
    what: 'the sourcing service to know the ward',
  });

  const ok = async <T>(identity: Identity, query: string, variables: Record<string, unknown>): Promise<T> => {
    const result = await postGraphQL<T>(gateway.url, query, variables, { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(identity)}` });
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  };
  const board: Identity = { userId: 'board-1', role: 'PARTY_BUILDING_BOARD', scopeId: null };
  const youth = (
    await ok<{ createMassOrganisation: { id: string } }>(board, 'mutation($input: CreateMassOrganisationInput!) { createMassOrganisation(input: $input) { id } }', {
      input: { kind: 'YOUTH_UNION', code: 'DTN', name: 'Đoàn Thanh niên phường Đông Đa' },
    })
  ).createMassOrganisation.id;
  await ok(board, 'mutation($input: PublishPrivacyNoticeInput!) { publishPrivacyNotice(input: $input) { version } }', {
    input: { version: 'ND13-2025-01', publishedAt: '2025-01-01T00:00:00Z', summary: 'Xử lý dữ liệu cá nhân của quần chúng được giới thiệu.' },
  });
  const who = {
    board,
    secretaryA: { userId: 'secretary-a', role: 'CELL_SECRETARY', scopeId: cellA } as Identity,
    secretaryB: { userId: 'secretary-b', role: 'CELL_SECRETARY', scopeId: cellB } as Identity,
    trainingCentre: { userId: 'centre-1', role: 'TRAINING_CENTRE', scopeId: null } as Identity,
    youthStaff: { userId: 'youth-staff-1', role: 'MASS_ORG_STAFF', scopeId: youth } as Identity,
  };
  let serial = 0;
  const candidateIds: Record<string, string> = {};
  for (const [cellId, secretary, list] of [
    [cellA, who.secretaryA, people.cellA],
    [cellB, who.secretaryB, people.cellB],
  ] as const) {
    for (const person of list) {
      serial += 1;
      const submitted = await ok<{ submitReferral: { referral: { id: string } } }>(
        who.youthStaff,
        'mutation($input: SubmitReferralInput!) { submitReferral(input: $input) { referral { id } } }',
        {
          input: {
            massOrganisationId: youth,
            person: { ...person, nationalId: nationalIdOf(person, serial), occupation: 'Giáo viên', educationLevel: 'UNIVERSITY' },
            sourceCategory: 'MASS_ORGANISATION_MEMBER',
            cellId,
            consent: { noticeVersion: 'ND13-2025-01', consentedAt: '2026-03-01T02:00:00Z' },
          },
        },
      );
      const accepted = await ok<{ acceptReferral: { candidate: { id: string } } }>(
        secretary,
        'mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) { candidate { id } } }',
        { input: { referralId: submitted.submitReferral.referral.id } },
      );
      candidateIds[person.fullName] = accepted.acceptReferral.candidate.id;
    }
  }

  return {
    gateway,
    base,
    cellA,
    cellB,
    candidateIds,
    who,
    token: (identity) => tokenFor(identity),
    sql,
    stop: stopAll,
  };
}
