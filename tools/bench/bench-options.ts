/** `npm run bench -- [flags]`: the flags, parsed without side effects so a spec can check them. */

export const WORKLOADS = ['W1', 'W2', 'W3', 'W4', 'W5'] as const;
export type WorkloadId = (typeof WORKLOADS)[number];

export const TARGETS = ['ours', 'hive', 'subgraph'] as const;
export type TargetId = (typeof TARGETS)[number];

export interface BenchOptions {
  seconds: number;
  warmupSeconds: number;
  connections: number;
  rounds: number;
  workloads: WorkloadId[];
  targets: TargetId[];
  /** Offered rates of W5, requests per second. */
  rates: number[];
  json: string | null;
  keep: boolean;
  city: boolean;
  /** Prefix of the service databases (`<prefix>organisation`, `<prefix>sourcing`, …). */
  databasePrefix: string;
  /** The gateways listen on base and base + 10, the services on base + 1, base + 2, … */
  portBase: number;
  /** Seed of the varied workloads' choices (same seed, same requests). */
  seed: number;
  quick: boolean;
  /** Run every gateway and service under `--cpu-prof` into this folder and print where their CPU went. */
  profileDir: string | null;
  /** The subgraph measured alone; null: the one each workload spends the most time in. */
  subgraph: string | null;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run bench -- [flags]
  --seconds <n>           length of one measured round (default 20; --quick: 3)
  --warmup <n>            seconds of unmeasured load per workload and target first (default 3; --quick: 1)
  --connections <n>       concurrent connections of the closed-loop workloads (default 50)
  --rounds <n>            alternating rounds per workload; the table shows medians (default 3)
  --only <W1,W2,...>      workloads to run (W1 identical dashboard, W2 varied dashboard,
                          W3 distinct organisation cards, W4 repeated cards, W5 W2 at an even rate)
  --targets <list>        of ours,hive,subgraph (default all three)
  --subgraph <name>       the subgraph measured alone (default: the one each workload spends most time in)
  --rates <n,...>         offered rates of W5 in requests per second (default 25,100)
  --json <file>           also write the results as JSON
  --keep                  keep the bench databases (default: dropped at the end)
  --city                  run on the city-scale databases of \`npm run generate:city\` (not seeded, not dropped)
  --database-prefix <p>   database names are <p>organisation, <p>sourcing, ... (default bench_; --city: city_)
  --port-base <n>         ports used: n (our gateway), n+1.. (services), n+10 (Hive Gateway); default 4600
  --seed <n>              seed of the varied workloads' choices (default 7)
  --quick                 3-second rounds, for a smoke test
  --profile <dir>         run the gateways and services under --cpu-prof, write the profiles to <dir>
                          and print each one's top functions and packages by own CPU time`;

function subgraphName(value: string | undefined): string {
  // The services' names (tools/stack/services.ts): 3–20 lower-case letters.
  if (!value || !/^[a-z]{3,20}$/.test(value)) throw new UsageError('--subgraph needs a subgraph name, e.g. sourcing');
  return value;
}

function positiveInteger(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} needs a positive whole number`);
  return Number(value);
}

function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] {
  if (!value) throw new UsageError(`${flag} needs a comma-separated list of ${allowed.join(', ')}`);
  const items = value.split(',').map((item) => item.trim());
  const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (unknown.length > 0) throw new UsageError(`${flag}: unknown ${unknown.join(', ')} (one of ${allowed.join(', ')})`);
  // In the canonical order, so `--only W3,W1` runs and prints like `--only W1,W3`.
  return allowed.filter((item) => items.includes(item));
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string | undefined>();
  const valued = new Set(['--seconds', '--warmup', '--connections', '--rounds', '--only', '--targets', '--rates', '--json', '--database-prefix', '--port-base', '--seed', '--profile', '--subgraph']);
  const switches = new Set(['--keep', '--city', '--quick', '--help']);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.has(flag)) flags.set(flag, undefined);
    else if (valued.has(flag)) flags.set(flag, inline ?? argv[++i]);
    else throw new UsageError(`unknown argument "${argv[i]}"`);
  }
  if (flags.has('--help')) throw new UsageError('');
  const quick = flags.has('--quick');
  const city = flags.has('--city');
  const prefix = flags.get('--database-prefix') ?? (city ? 'city_' : 'bench_');
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(prefix)) throw new UsageError('--database-prefix: lower-case letters, digits and _ only');
  const rates = flags.has('--rates')
    ? (flags.get('--rates') ?? '').split(',').map((rate) => positiveInteger('--rates', rate.trim()))
    : [25, 100];
  const portBase = flags.has('--port-base') ? positiveInteger('--port-base', flags.get('--port-base')) : 4600;
  if (portBase > 65_000) throw new UsageError('--port-base must leave room for its ports below 65535');
  return {
    seconds: flags.has('--seconds') ? positiveInteger('--seconds', flags.get('--seconds')) : quick ? 3 : 20,
    warmupSeconds: flags.has('--warmup') ? Number(positiveIntegerOrZero('--warmup', flags.get('--warmup'))) : quick ? 1 : 3,
    connections: flags.has('--connections') ? positiveInteger('--connections', flags.get('--connections')) : 50,
    rounds: flags.has('--rounds') ? positiveInteger('--rounds', flags.get('--rounds')) : 3,
    workloads: flags.has('--only') ? listOf('--only', flags.get('--only'), WORKLOADS) : [...WORKLOADS],
    targets: flags.has('--targets') ? listOf('--targets', flags.get('--targets'), TARGETS) : [...TARGETS],
    rates,
    json: flags.has('--json') ? (flags.get('--json') ?? '') || usage('--json needs a file name') : null,
    keep: flags.has('--keep'),
    city,
    databasePrefix: prefix,
    portBase,
    seed: flags.has('--seed') ? positiveInteger('--seed', flags.get('--seed')) : 7,
    quick,
    profileDir: flags.has('--profile') ? (flags.get('--profile') ?? '') || usage('--profile needs a folder') : null,
    subgraph: flags.has('--subgraph') ? subgraphName(flags.get('--subgraph')) : null,
  };
}

function positiveIntegerOrZero(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value)) throw new UsageError(`${flag} needs a whole number of seconds`);
  return Number(value);
}

function usage(message: string): never {
  throw new UsageError(message);
}

/** Ports of one run; none of them is the development stack's 4000–4005. */
export function benchPorts(portBase: number, serviceCount: number): { ours: number; hive: number; services: number[] } {
  return {
    ours: portBase,
    hive: portBase + 10,
    services: Array.from({ length: serviceCount }, (_, index) => portBase + 1 + index),
  };
}
