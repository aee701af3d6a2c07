import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { StackError } from '../stack/processes';
import { type BenchIdentity, type CapturedFetch, slowestSubgraph, startCaptureProxy } from './bench-capture';
import { benchPorts, type BenchOptions, parseBenchOptions, type TargetId, USAGE, UsageError, type WorkloadId } from './bench-options';
import { roundPlan } from './bench-plan';
import { summariseProfiles } from './cpu-profile';
import { benchSecrets, BenchStack, benchServices, readCommittedSupergraph } from './bench-stack';
import { combineRounds, type RoundResult, summariseRound } from './bench-stats';
import { formatTable, gatewayOverheads, type MachineInfo, ratioVsHive, type TableRow } from './bench-table';
import {
  benchUsers,
  dashboardRequest,
  distinctCards,
  type GatewayRequest,
  identicalDashboard,
  type KnownOrganisation,
  repeatedCards,
  variedDashboardCombinations,
  type WorkloadRequests,
} from './bench-workloads';
import type { LoadJob, LoadResult, RequestSet, WorkerMessage, WorkerReply } from './load-worker';

// `npm run bench`: issue 7's workloads against our gateway, Hive Gateway (same supergraph,
// same subgraphs, identity forwarded the same way) and the slowest subgraph alone, in
// alternating rounds, on a stack of its own (ports 4100+, databases bench_*). Prints the
// table; `--json` also writes it. Everything it started is stopped on exit, Ctrl-C or failure.

/** The PostgreSQL server of a URL, without its database (as the launcher reads DATABASE_URL). */
function serverUrlOf(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = '';
  parsed.search = '';
  return parsed.toString().replace(/\/$/, '');
}

const log = (line: string) => process.stdout.write(`${line}\n`);

const WORKLOAD_TITLES: Record<Exclude<WorkloadId, 'W5'>, string> = {
  W1: 'W1 identical dashboard',
  W2: 'W2 varied dashboard',
  W3: 'W3 distinct cards',
  W4: 'W4 repeated cards',
};

/** A row group of the table: a workload (W5 once per offered rate) and how it is driven. */
interface Measured {
  title: string;
  source: Exclude<WorkloadId, 'W5'>;
  job: (target: TargetId) => Omit<LoadJob, 'setId'>;
}

/**
 * Subgraph fetches per gateway request of a workload (a dashboard page with no organisations
 * makes no sourcing fetch): the subgraph alone is offered the rate of fetches the gateways
 * cause at the same offered rate, not one heavy fetch per dashboard.
 */
const fetchesPerRequest = new Map<string, number>();

interface Captured {
  requests: WorkloadRequests;
  /** The distinct requests that answered errors during the capture and were left out. */
  excluded: number;
  fetches: Map<number, CapturedFetch[]>;
  subgraph: string | null;
}

async function postGraphQL(url: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const parsed = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  return { status: response.status, ...parsed };
}

function isSuccess(answer: { status: number; data?: unknown; errors?: unknown[] }): boolean {
  return answer.status === 200 && answer.data !== null && answer.data !== undefined && !answer.errors?.length;
}

/** Runs `work` over the items with at most `limit` at once, in order of the items. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

async function discoverOrganisations(url: string, token: string): Promise<{ organisations: KnownOrganisation[]; asOf: string }> {
  const query = `query BenchOrganisations($after: String) { organisations(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id kind parentId validFrom asOf } } } }`;
  const organisations: KnownOrganisation[] = [];
  let asOf = '';
  let after: string | null = null;
  // 2,000 are plenty to draw every workload from, at city scale too.
  for (let page = 0; page < 20; page++) {
    const answer = await postGraphQL(url, { query, variables: { after } }, { authorization: `Bearer ${token}` });
    if (!isSuccess(answer)) throw new StackError(`listing the organisations failed: ${JSON.stringify(answer.errors ?? answer.status).slice(0, 500)}`);
    const connection = (answer.data as { organisations: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: KnownOrganisation & { asOf: string } }[] } })
      .organisations;
    for (const { node } of connection.edges) {
      organisations.push({ id: node.id, kind: node.kind, parentId: node.parentId, validFrom: node.validFrom });
      asOf = node.asOf;
    }
    if (!connection.pageInfo.hasNextPage) break;
    after = connection.pageInfo.endCursor;
  }
  if (organisations.length === 0) throw new StackError('the organisation service lists no organisations: is the data loaded?');
  return { organisations, asOf };
}

/** Sends each distinct request once through the capture gateway and keeps what it sent each subgraph. */
async function capture(
  workload: string,
  requests: WorkloadRequests,
  url: string,
  tokens: string[],
  recorded: CapturedFetch[],
  chosenSubgraph: string | null,
): Promise<Captured> {
  const failed = new Set<number>();
  const samples = new Set<string>();
  await inBatches(requests.distinct, 4, async (request, index) => {
    const answer = await postGraphQL(url, request.body, { authorization: `Bearer ${tokens[request.user]}`, 'x-request-id': `bench-${workload}-${index}` });
    if (!isSuccess(answer)) {
      failed.add(index);
      if (samples.size < 3) samples.add(JSON.stringify(answer.errors?.[0]?.message ?? `HTTP ${answer.status}`).slice(0, 200));
    }
  });
  const fetches = new Map<number, CapturedFetch[]>();
  const prefix = `bench-${workload}-`;
  for (const fetch of recorded) {
    if (!fetch.requestId.startsWith(prefix)) continue;
    const index = Number(fetch.requestId.slice(prefix.length));
    fetches.set(index, [...(fetches.get(index) ?? []), fetch]);
  }
  if (failed.size > 0) {
    log(`WARNING ${workload}: ${failed.size} of ${requests.distinct.length} distinct requests answered errors and are left out (${[...samples].join('; ')})`);
  }
  const kept = requests.distinct.map((_, index) => index).filter((index) => !failed.has(index));
  const renumber = new Map(kept.map((oldIndex, newIndex) => [oldIndex, newIndex]));
  const keptFetches = new Map<number, CapturedFetch[]>();
  for (const [oldIndex, newIndex] of renumber) keptFetches.set(newIndex, fetches.get(oldIndex) ?? []);
  const keptRequests: WorkloadRequests = {
    distinct: kept.map((index) => requests.distinct[index]),
    sequence: requests.sequence.filter((index) => renumber.has(index)).map((index) => renumber.get(index)!),
  };
  if (keptRequests.distinct.length === 0) throw new StackError(`${workload}: every request answered an error, e.g. ${[...samples].join('; ')}`);
  const allFetches = [...keptFetches.values()].flat();
  // A subgraph named with --subgraph is measured alone if the workload reaches it at all.
  const subgraph = chosenSubgraph && allFetches.some((fetch) => fetch.subgraph === chosenSubgraph) ? chosenSubgraph : slowestSubgraph(allFetches);
  return { requests: keptRequests, excluded: failed.size, fetches: keptFetches, subgraph };
}

/** Asks both gateways the same distinct requests and counts the answers whose data differ. */
async function compareGateways(requests: readonly GatewayRequest[], ours: string, hive: string, tokens: string[]): Promise<{ compared: number; different: number }> {
  let different = 0;
  await inBatches(requests, 4, async (request) => {
    const headers = { authorization: `Bearer ${tokens[request.user]}` };
    const [a, b] = await Promise.all([postGraphQL(ours, request.body, headers), postGraphQL(hive, request.body, headers)]);
    if (!isSuccess(b) || JSON.stringify(a.data) !== JSON.stringify(b.data)) different++;
  });
  return { compared: requests.length, different };
}

class LoadWorker {
  private readonly worker: Worker;
  private waiting: ((reply: WorkerReply) => void) | null = null;

  constructor(file: string) {
    this.worker = new Worker(file);
    this.worker.on('message', (reply: WorkerReply) => this.waiting?.(reply));
    this.worker.on('error', (error) => this.waiting?.({ type: 'failed', message: error.message }));
  }

  private ask(message: WorkerMessage): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.waiting = (reply) => {
        this.waiting = null;
        if (reply.type === 'failed') reject(new StackError(`load generator: ${reply.message}`));
        else resolve(reply);
      };
      this.worker.postMessage(message);
    });
  }

  async load(set: RequestSet): Promise<void> {
    await this.ask({ type: 'load', set });
  }

  async run(job: LoadJob): Promise<LoadResult> {
    const reply = await this.ask({ type: 'run', job });
    if (reply.type !== 'result') throw new StackError('load generator: unexpected reply');
    return reply.result;
  }

  /** New credential headers for a set; applied by the worker between requests, even mid-round. */
  replaceHeaders(setId: string, headers: Record<string, string>[]): void {
    this.worker.postMessage({ type: 'headers', setId, headers } satisfies WorkerMessage);
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

function gatewaySet(id: string, url: string, requests: WorkloadRequests, tokens: string[]): RequestSet {
  const bodies = requests.distinct.map((request) => JSON.stringify(request.body));
  return {
    id,
    url,
    bodies: requests.sequence.map((index) => bodies[index]),
    credentialOf: requests.sequence.map((index) => requests.distinct[index].user),
    headers: tokens.map((token) => ({ authorization: `Bearer ${token}` })),
  };
}

/** The subgraph's replay set; its headers (internal tokens) are filled in by `mintInternal`. */
function subgraphSet(id: string, url: string, captured: Captured): { set: RequestSet; identities: (BenchIdentity | null)[] } {
  const identities: (BenchIdentity | null)[] = [];
  const identityIndex = new Map<string, number>();
  const bodies: string[] = [];
  const credentialOf: number[] = [];
  for (const index of captured.requests.sequence) {
    for (const fetch of captured.fetches.get(index) ?? []) {
      if (fetch.subgraph !== captured.subgraph) continue;
      const key = JSON.stringify(fetch.identity);
      if (!identityIndex.has(key)) identityIndex.set(key, identities.push(fetch.identity) - 1);
      bodies.push(fetch.body);
      credentialOf.push(identityIndex.get(key)!);
    }
  }
  return { set: { id, url, bodies, credentialOf, headers: [] }, identities };
}

interface MintedTokens {
  users: string[];
  internal: string[];
}

function machineInfo(options: BenchOptions, dataNote: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    settings: `${options.rounds} alternating rounds of ${options.seconds} s (+${options.warmupSeconds} s warm-up), ${options.connections} connections, medians; ${dataNote}${options.quick ? '; --quick smoke run' : ''}`,
  };
}

function describe(title: string, target: string, round: number, rounds: number, result: RoundResult): string {
  const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
  return `  ${title} · ${target} · round ${round}/${rounds}: ${result.requestsPerSecond.toFixed(1)} req/s, p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}, ${result.errors} errors${result.late ? `, ${result.late} late` : ''}`;
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`${error.message}\n\n`);
    process.stderr.write(`${USAGE}\n`);
    process.exit(error.message ? 2 : 0);
  }

  const committed = await readCommittedSupergraph();
  const ports = benchPorts(options.portBase, 5);
  const services = benchServices(ports.services, options.databasePrefix, committed);
  if (services.length === 0) throw new StackError('No service is both written and in the supergraph: nothing to benchmark.');
  const secrets = benchSecrets();
  let failure: ((message: string) => void) | null = null;
  const stack = new BenchStack(
    {
      databaseUrl: serverUrlOf(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432'),
      natsUrl: process.env.NATS_URL || 'nats://127.0.0.1:4222',
      databasePrefix: options.databasePrefix,
      eventNamespace: `bench${Date.now().toString(36)}`,
      services,
      ourPort: ports.ours,
      hivePort: ports.hive,
      secrets,
      seed: !options.city,
      profileDir: options.profileDir ? path.resolve(options.profileDir) : null,
    },
    (message) => failure?.(message),
  );
  let worker: LoadWorker | null = null;
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      await worker?.stop();
      await stack.stopAll();
      await stack.deleteStreams().catch((error: unknown) => log(`could not delete the bench streams: ${String(error)}`));
      if (!options.keep && !options.city && stack.ownsDatabases) {
        await stack.dropDatabases().catch((error: unknown) => log(`could not drop the bench databases: ${String(error)}`));
        log(`Dropped ${services.map((service) => service.database).join(', ')}.`);
      } else if (options.keep && stack.ownsDatabases) {
        log(`Kept ${services.map((service) => service.database).join(', ')}.`);
      }
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (cleaning) return;
      log(`\n${signal}: stopping everything the benchmark started…`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  process.on('exit', () => stack.killAll());
  const failed = new Promise<never>((_, reject) => {
    failure = (message) => reject(new StackError(message));
  });
  failed.catch(() => undefined);

  try {
    await Promise.race([failed, run(options, stack, services, secrets, (w) => (worker = w))]);
  } finally {
    await cleanUp();
  }
  // The processes write their profiles as they exit, so they are read after the stop.
  if (stack.plan.profileDir) {
    for (const summary of await summariseProfiles(stack.plan.profileDir)) log(`\n${summary}`);
  }
}

async function run(
  options: BenchOptions,
  stack: BenchStack,
  services: ReturnType<typeof benchServices>,
  secrets: ReturnType<typeof benchSecrets>,
  setWorker: (worker: LoadWorker) => void,
): Promise<void> {
  const started = Date.now();
  await stack.checkPortsFree();
  log(`Building (gateway, ${services.map((service) => service.definition.name).join(', ')}, load generator, Hive Gateway config)…`);
  await stack.build(await readCommittedSupergraph());
  if (stack.plan.seed) {
    stack.ownsDatabases = true;
    await stack.dropDatabases();
    log(`Migrating and seeding the demo ward into ${services.map((service) => service.database).join(', ')}…`);
  } else {
    log(`Using the loaded databases ${services.map((service) => service.database).join(', ')} (not seeded, not dropped).`);
  }
  await stack.startServices();

  // Capture: a gateway of ours in front of recording proxies answers every distinct request once.
  const recorded: CapturedFetch[] = [];
  const proxies = await Promise.all(services.map((service) => startCaptureProxy(service.definition.name, service.url, recorded)));
  await stack.startOurGateway(Object.fromEntries(services.map((service, index) => [service.definition.name, proxies[index].url])));
  const ours = `http://127.0.0.1:${stack.plan.ourPort}/graphql`;
  const hive = `http://127.0.0.1:${stack.plan.hivePort}/graphql`;
  const mint = async (users: BenchIdentity[], internal: (BenchIdentity | null)[]): Promise<MintedTokens> =>
    JSON.parse(await stack.admin('tokens', { jwt: secrets.jwt, internalAuthSecret: secrets.internalAuthSecret, users, internal })) as MintedTokens;
  const [boardProbe] = (await mint([{ userId: 'bench-discovery', role: 'PARTY_BUILDING_BOARD', scopeId: null }], [])).users;
  const { organisations, asOf } = await discoverOrganisations(ours, boardProbe);
  const year = Number(asOf.slice(0, 4));
  const users = benchUsers(organisations, options.seed);
  const tokens = (await mint(users, [])).users;
  log(`Data: ${organisations.length} organisations listed (as of ${asOf}); ${users.length} users; capturing the subgraph fetches…`);

  const combinations = variedDashboardCombinations(users, organisations, year, options.seed);
  const varied = await inBatches(combinations, 4, async (combination) => {
    if (combination.page === 1) return dashboardRequest(combination, null);
    const first = await postGraphQL(ours, dashboardRequest({ ...combination, page: 1 }, null).body, { authorization: `Bearer ${tokens[combination.user]}` });
    const cursor = (first.data as { organisations?: { pageInfo?: { endCursor?: string | null } } } | undefined)?.organisations?.pageInfo?.endCursor ?? null;
    return dashboardRequest(combination, cursor);
  });
  const cards = distinctCards(organisations, asOf, options.seed);
  const needed = new Set(options.workloads.map((workload) => (workload === 'W5' ? 'W2' : workload)));
  const sources: Partial<Record<Exclude<WorkloadId, 'W5'>, WorkloadRequests>> = {
    W1: identicalDashboard(year),
    W2: { distinct: varied, sequence: varied.map((_, index) => index) },
    W3: cards,
    W4: repeatedCards(cards, options.seed),
  };
  const captured: Partial<Record<Exclude<WorkloadId, 'W5'>, Captured>> = {};
  for (const workload of ['W1', 'W2', 'W3', 'W4'] as const) {
    if (!needed.has(workload)) continue;
    captured[workload] = await capture(workload, sources[workload]!, ours, tokens, recorded, options.subgraph);
  }
  await stack.stopOurGateway();
  await Promise.all(proxies.map((proxy) => proxy.stop()));

  await stack.startOurGateway();
  if (options.targets.includes('hive')) {
    await stack.startHiveGateway();
    const sample = (['W1', 'W2', 'W4', 'W3'] as const).flatMap((workload) => captured[workload]?.requests.distinct.slice(0, workload === 'W3' ? 50 : undefined) ?? []);
    const { compared, different } = await compareGateways(sample, ours, hive, tokens);
    log(`Hive Gateway and ours answered ${compared - different} of ${compared} distinct requests with the same data${different ? ` — ${different} DIFFER: the comparison is not like for like` : ''}.`);
  }

  const worker = new LoadWorker(stack.workerPath);
  setWorker(worker);
  const measured: Measured[] = [];
  for (const workload of options.workloads) {
    if (workload === 'W5') {
      for (const rate of options.rates) {
        measured.push({
          title: `W5 W2 at ${rate} req/s`,
          source: 'W2',
          job: (target) => ({
            type: 'rate',
            seconds: options.seconds,
            connections: options.connections,
            ratePerSecond: target === 'subgraph' ? rate * (fetchesPerRequest.get('W2') ?? 1) : rate,
          }),
        });
      }
    } else {
      measured.push({ title: WORKLOAD_TITLES[workload], source: workload, job: () => ({ type: 'closed', seconds: options.seconds, connections: options.connections }) });
    }
  }
  // Internal tokens live 60 s: every subgraph set gets fresh ones now and every 20 s.
  const internalSets = new Map<string, (BenchIdentity | null)[]>();
  const refreshInternal = async () => {
    for (const [id, identities] of internalSets) worker.replaceHeaders(id, (await mint([], identities)).internal.map((token) => ({ 'x-pdv-identity': token })));
  };
  const targetLabel = (target: TargetId, source: Exclude<WorkloadId, 'W5'>) => (target === 'subgraph' ? `subgraph ${captured[source]?.subgraph ?? '?'}` : target);
  for (const source of needed) {
    const data = captured[source as Exclude<WorkloadId, 'W5'>]!;
    for (const target of options.targets) {
      const id = `${source}:${target}`;
      if (target === 'subgraph') {
        const service = services.find((candidate) => candidate.definition.name === data.subgraph);
        if (!service) continue;
        const { set, identities } = subgraphSet(id, service.url, data);
        await worker.load(set);
        internalSets.set(id, identities);
        fetchesPerRequest.set(source, set.bodies.length / Math.max(1, data.requests.sequence.length));
      } else {
        await worker.load(gatewaySet(id, target === 'ours' ? ours : hive, data.requests, tokens));
      }
    }
  }
  const notes = Object.entries(captured).map(
    ([workload, data]) =>
      `${workload}: ${data.requests.distinct.length} distinct requests${data.excluded ? ` (${data.excluded} left out: errors)` : ''}, ${options.subgraph ? 'subgraph alone' : 'slowest subgraph'} ${data.subgraph}` +
      (fetchesPerRequest.has(workload) ? ` (${fetchesPerRequest.get(workload)!.toFixed(2)} fetches per request)` : ''),
  );
  log(`Measuring (${notes.join('; ')})…`);

  await refreshInternal();
  const refresher = setInterval(() => void refreshInternal().catch((error: unknown) => log(`could not refresh the internal tokens: ${String(error)}`)), 20_000);
  const results = new Map<string, RoundResult[]>();
  const warmed = new Set<string>();
  try {
  for (const measurement of measured) {
    const targets = options.targets.filter((target) => target !== 'subgraph' || captured[measurement.source]?.subgraph);
    for (const planned of roundPlan([measurement.title], targets, options.rounds)) {
      const setId = `${measurement.source}:${planned.target}`;
      const job = { ...measurement.job(planned.target), setId } as LoadJob;
      if (options.warmupSeconds > 0 && !warmed.has(`${measurement.title}:${planned.target}`)) {
        warmed.add(`${measurement.title}:${planned.target}`);
        await worker.run({ ...job, seconds: options.warmupSeconds });
      }
      const load = await worker.run(job);
      const result = summariseRound(load.latenciesMs, load.errors, load.seconds, load.late);
      const label = targetLabel(planned.target, measurement.source);
      log(describe(measurement.title, label, planned.round, options.rounds, result));
      for (const sample of load.errorSamples) log(`    error: ${sample}`);
      const key = `${measurement.title}\u0000${label}`;
      results.set(key, [...(results.get(key) ?? []), result]);
    }
  }
  } finally {
    clearInterval(refresher);
  }

  const rows: TableRow[] = measured.flatMap((measurement) =>
    options.targets
      .map((target) => targetLabel(target, measurement.source))
      .filter((label) => results.has(`${measurement.title}\u0000${label}`))
      .map((label) => ({
        workload: measurement.title,
        target: label,
        kind: measurement.source === 'W2' && measurement.title.startsWith('W5') ? ('rate' as const) : ('closed' as const),
        result: combineRounds(results.get(`${measurement.title}\u0000${label}`)!),
      })),
  );
  const dataNote = options.city ? `city-scale data (${options.databasePrefix}*)` : `demo ward (${organisations.length} organisations)`;
  const machine = machineInfo(options, dataNote);
  log('');
  log(formatTable(rows, machine));
  log('');
  log(`Took ${Math.round((Date.now() - started) / 1000)} s.`);
  if (options.json) {
    const hiveOf = (workload: string) => rows.find((row) => row.workload === workload && row.target === 'hive');
    await writeFile(
      options.json,
      `${JSON.stringify(
        {
          machine,
          options,
          notes,
          rows: rows.map((row) => ({
            ...row,
            ratioVsHive: ratioVsHive(row, hiveOf(row.workload)),
            rounds: results.get(`${row.workload}\u0000${row.target}`),
          })),
          gatewayOverheads: gatewayOverheads(rows),
        },
        null,
        2,
      )}\n`,
    );
    log(`Wrote ${options.json}.`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof StackError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
