import { SignJWT } from 'jose';
import { benchPorts, parseBenchOptions, UsageError } from './bench-options';
import { dueCount, msUntilNext, roundPlan, scheduledOffsetMs, seededRandom, shuffled } from './bench-plan';
import { combineRounds, median, percentileOfSorted, summariseRound } from './bench-stats';
import { formatMs, formatTable, gatewayOverheads, ratioVsHive, type TableRow } from './bench-table';
import { benchSupergraph } from './bench-stack';
import { benchUsers, daysBefore, distinctCards, type KnownOrganisation, repeatedCards, variedDashboardCombinations } from './bench-workloads';
import { graphqlOutcome } from './load-worker';
import { identityOfInternalToken, slowestSubgraph } from './bench-capture';

describe('percentiles (nearest rank)', () => {
  const sorted = Float64Array.from({ length: 100 }, (_, index) => index + 1);

  it.each([
    [50, 50],
    [99, 99],
    [100, 100],
    [0, 1],
    [1, 1],
    [99.9, 100],
  ])('p%d of 1..100 is %d', (percent, expected) => {
    expect(percentileOfSorted(sorted, percent)).toBe(expected);
  });

  it('is a latency some request really had, and NaN when there were none', () => {
    expect(percentileOfSorted([10, 20, 30], 50)).toBe(20);
    expect(percentileOfSorted([10, 20, 30], 99)).toBe(30);
    expect(percentileOfSorted([], 50)).toBeNaN();
  });

  it('summarises a round from unsorted latencies', () => {
    const round = summariseRound([30, 10, 20, 1000], 2, 2, 1);
    expect(round).toEqual({ requestsPerSecond: 2, p50Ms: 20, p99Ms: 1000, errors: 2, responses: 6, late: 1 });
  });
});

describe('medians of rounds', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
    [[Number.NaN, 5, 7], 6],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('takes each column’s median and sums the errors', () => {
    const rounds = [
      { requestsPerSecond: 10, p50Ms: 50, p99Ms: 300, errors: 0, responses: 100, late: 0 },
      { requestsPerSecond: 30, p50Ms: 40, p99Ms: 100, errors: 1, responses: 300, late: 2 },
      { requestsPerSecond: 20, p50Ms: 60, p99Ms: 200, errors: 2, responses: 200, late: 0 },
    ];
    expect(combineRounds(rounds)).toEqual({ requestsPerSecond: 20, p50Ms: 50, p99Ms: 200, errors: 3, responses: 600, late: 2 });
  });
});

describe('round alternation', () => {
  it('alternates the targets inside each workload: A B C A B C A B C', () => {
    const plan = roundPlan(['W1', 'W3'], ['ours', 'hive', 'subgraph'], 3).map((step) => `${step.workload}:${step.target}:${step.round}`);
    expect(plan).toEqual([
      'W1:ours:1', 'W1:hive:1', 'W1:subgraph:1',
      'W1:ours:2', 'W1:hive:2', 'W1:subgraph:2',
      'W1:ours:3', 'W1:hive:3', 'W1:subgraph:3',
      'W3:ours:1', 'W3:hive:1', 'W3:subgraph:1',
      'W3:ours:2', 'W3:hive:2', 'W3:subgraph:2',
      'W3:ours:3', 'W3:hive:3', 'W3:subgraph:3',
    ]);
  });
});

describe('the even-rate schedule', () => {
  it('puts request i at start + i / rate', () => {
    expect([0, 1, 2, 25].map((index) => scheduledOffsetMs(index, 25))).toEqual([0, 40, 80, 1000]);
    expect(scheduledOffsetMs(3, 100)).toBe(30);
  });

  it.each([
    // elapsed ms, rate, duration ms, due
    [-1, 25, 1000, 0],
    [0, 25, 1000, 1],
    [39.9, 25, 1000, 1],
    [40, 25, 1000, 2],
    [999, 25, 1000, 25],
    [5000, 25, 1000, 25],
    [10, 100, 1000, 2],
  ])('at %d ms of a %d req/s round of %d ms, %d are due', (elapsed, rate, duration, due) => {
    expect(dueCount(elapsed, rate, duration)).toBe(due);
  });

  it('offers exactly rate × seconds requests, evenly, however late the timer fires', () => {
    const rate = 100;
    const duration = 2_000;
    const sentAt: number[] = [];
    let sent = 0;
    // A timer that always fires 7 ms late: the requests it finds due still go out, none is lost.
    for (let now = 0; ; ) {
      const due = dueCount(now, rate, duration);
      while (sent < due) sentAt.push(scheduledOffsetMs(sent++, rate));
      const wait = msUntilNext(sent, now, rate, duration);
      if (wait === null) break;
      now += wait + 7;
    }
    expect(sentAt).toHaveLength(200);
    expect(sentAt.every((at, index) => at === index * 10)).toBe(true);
    expect(msUntilNext(200, 2_500, rate, duration)).toBeNull();
    expect(msUntilNext(1, 3, rate, duration)).toBe(7);
  });
});

describe('deterministic choices', () => {
  it('the same seed shuffles the same way', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    expect(shuffled(items, seededRandom(7))).toEqual(shuffled(items, seededRandom(7)));
    expect(shuffled(items, seededRandom(7))).not.toEqual(shuffled(items, seededRandom(8)));
    expect([...shuffled(items, seededRandom(7))].sort((a, b) => a - b)).toEqual(items);
  });
});

const organisations: KnownOrganisation[] = [
  { id: 'ward', kind: 'WARD_COMMITTEE', parentId: null, validFrom: '2020-01-01' },
  ...Array.from({ length: 6 }, (_, n) => ({ id: `gc${n}`, kind: 'GRASSROOTS_COMMITTEE', parentId: 'ward', validFrom: '2020-01-01' })),
  ...Array.from({ length: 30 }, (_, n) => ({ id: `cell${n}`, kind: 'PARTY_CELL', parentId: `gc${n % 6}`, validFrom: n === 0 ? '2026-06-28' : '2020-01-01' })),
];

describe('the workloads', () => {
  it('has 20 users: ward-wide readers and cell secretaries of different subtrees, a board member first', () => {
    const users = benchUsers(organisations, 7);
    expect(users).toHaveLength(20);
    expect(users[0].role).toBe('PARTY_BUILDING_BOARD');
    const secretaries = users.filter((user) => user.role === 'CELL_SECRETARY');
    expect(secretaries).toHaveLength(8);
    expect(new Set(secretaries.map((user) => user.scopeId)).size).toBe(8);
    expect(secretaries.filter((user) => user.scopeId?.startsWith('gc'))).toHaveLength(4);
    expect(new Set(users.map((user) => user.userId)).size).toBe(20);
  });

  it('draws 415 distinct dashboard combinations, the same ones for the same seed', () => {
    const users = benchUsers(organisations, 7);
    const combinations = variedDashboardCombinations(users, organisations, 2026, 7);
    expect(combinations).toHaveLength(415);
    expect(new Set(combinations.map((combination) => JSON.stringify(combination))).size).toBe(415);
    expect(new Set(combinations.map((combination) => combination.user)).size).toBe(20);
    expect(combinations).toEqual(variedDashboardCombinations(users, organisations, 2026, 7));
    // A cell secretary's dashboard stays inside their own subtree.
    for (const combination of combinations.filter((candidate) => users[candidate.user].scopeId)) {
      expect(combination.filter?.parentId).toBe(users[combination.user].scopeId);
    }
  });

  it('asks for distinct cards, never of a day before the organisation existed; repeats ten of them', () => {
    const cards = distinctCards(organisations, '2026-06-30', 7);
    const keys = cards.distinct.map((request) => JSON.stringify(request.body.variables));
    expect(new Set(keys).size).toBe(keys.length);
    expect(cards.distinct.length).toBeGreaterThan(1_900);
    const cell0 = cards.distinct.filter((request) => request.body.variables.id === 'cell0').map((request) => request.body.variables.asOf);
    expect(cell0.sort()).toEqual(['2026-06-28', '2026-06-29', '2026-06-30']);
    const repeated = repeatedCards(cards, 7);
    expect(repeated.distinct).toHaveLength(10);
    expect(repeated.sequence).toHaveLength(2_000);
    expect(new Set(repeated.sequence).size).toBe(10);
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});

describe('what counts as a success', () => {
  it.each([
    [200, '{"data":{"a":1}}', true],
    [200, '{"data":{"a":1},"errors":[{"message":"x","extensions":{"code":"FORBIDDEN"}}]}', false],
    [200, '{"data":null}', false],
    [401, '{"errors":[{"message":"no"}]}', false],
    [500, '{"data":{"a":1}}', false],
    [502, '<html>bad gateway</html>', false],
  ])('HTTP %d with %s → %s', (status, body, ok) => {
    expect(graphqlOutcome(status, body).ok).toBe(ok);
  });
});

describe('capturing the gateway’s subgraph fetches', () => {
  it('reads the identity back out of an internal token', async () => {
    // Tokens of the shape @pdv/auth's signInternalIdentity signs (tools may not import libs).
    const secret = new TextEncoder().encode('x'.repeat(32));
    const sign = (claims: Record<string, unknown>, subject: string) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuer('pdv-gateway').setAudience('pdv-subgraph').setExpirationTime('60s').sign(secret);
    expect(identityOfInternalToken(await sign({ role: 'CELL_SECRETARY', scope: 'cell-7' }, 'u1'))).toEqual({ userId: 'u1', role: 'CELL_SECRETARY', scopeId: 'cell-7' });
    expect(identityOfInternalToken(await sign({ role: 'AUDITOR', scope: null }, 'u2'))).toEqual({ userId: 'u2', role: 'AUDITOR', scopeId: null });
    expect(identityOfInternalToken(await sign({}, 'anonymous'))).toBeNull();
  });

  it('picks the subgraph the requests spent the most time in', () => {
    const fetch = (subgraph: string, latencyMs: number) => ({ subgraph, latencyMs, requestId: 'r', body: '{}', identity: null });
    expect(slowestSubgraph([fetch('organisation', 30), fetch('sourcing', 20), fetch('sourcing', 20)])).toBe('sourcing');
    expect(slowestSubgraph([])).toBeNull();
  });

  it('points each subgraph of the supergraph at its bench port and changes nothing else', () => {
    const sdl = 'enum join__Graph {\n  ORGANISATION @join__graph(name: "organisation", url: "http://127.0.0.1:4001/graphql")\n  TRAINING @join__graph(name: "training", url: "http://127.0.0.1:4003/graphql")\n}';
    const services = [{ definition: { name: 'organisation', port: 4001 }, port: 4101, url: 'http://127.0.0.1:4101/graphql', database: 'bench_organisation' }];
    expect(benchSupergraph(sdl, services)).toBe(sdl.replace('4001', '4101'));
  });
});

describe('the flags', () => {
  it('defaults to issue 7’s method: 20 s rounds, 50 connections, 3 rounds, every workload and target', () => {
    const options = parseBenchOptions([]);
    expect(options).toMatchObject({ seconds: 20, connections: 50, rounds: 3, warmupSeconds: 3, rates: [25, 100], keep: false, databasePrefix: 'bench_' });
    expect(options.workloads).toEqual(['W1', 'W2', 'W3', 'W4', 'W5']);
    expect(options.targets).toEqual(['ours', 'hive', 'subgraph']);
  });

  it('reads every flag', () => {
    const options = parseBenchOptions(['--seconds', '5', '--connections=8', '--rounds', '1', '--only', 'W3,W1', '--targets', 'hive,ours', '--rates', '10', '--json', 'out.json', '--keep']);
    expect(options).toMatchObject({ seconds: 5, connections: 8, rounds: 1, workloads: ['W1', 'W3'], targets: ['ours', 'hive'], rates: [10], json: 'out.json', keep: true });
    expect(parseBenchOptions(['--quick'])).toMatchObject({ seconds: 3, warmupSeconds: 1, quick: true });
    expect(parseBenchOptions(['--quick', '--seconds', '9']).seconds).toBe(9);
    expect(parseBenchOptions([]).profileDir).toBeNull();
    expect(parseBenchOptions(['--profile', 'dist/profiles']).profileDir).toBe('dist/profiles');
    expect(() => parseBenchOptions(['--profile='])).toThrow('--profile needs a folder');
    expect(parseBenchOptions(['--city'])).toMatchObject({ city: true, databasePrefix: 'city_' });
    expect(parseBenchOptions(['--city', '--database-prefix', 'c126_']).databasePrefix).toBe('c126_');
    expect(parseBenchOptions([]).subgraph).toBeNull();
    expect(parseBenchOptions(['--subgraph', 'sourcing']).subgraph).toBe('sourcing');
  });

  it.each([[['--seconds', '0']], [['--only', 'W9']], [['--targets', 'apollo']], [['--database-prefix', 'Bad-Name']], [['--frobnicate']], [['--rates', '25,x']], [['--subgraph', 'Sourcing-1']], [['--subgraph=']]])(
    'refuses %j',
    (argv) => {
      expect(() => parseBenchOptions(argv)).toThrow(UsageError);
    },
  );

  it('stays off the development stack’s ports 4000–4005', () => {
    const ports = benchPorts(4100, 5);
    const all = [ports.ours, ports.hive, ...ports.services];
    expect(all.every((port) => port < 4000 || port > 4005)).toBe(true);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('the table', () => {
  const result = (requestsPerSecond: number, p50Ms: number, p99Ms: number, errors = 0) => ({ requestsPerSecond, p50Ms, p99Ms, errors, responses: 100, late: 0 });
  const rows: TableRow[] = [
    { workload: 'W1 identical dashboard', target: 'ours', kind: 'closed', result: result(7.5, 5300, 9000) },
    { workload: 'W1 identical dashboard', target: 'hive', kind: 'closed', result: result(142, 354, 800) },
    { workload: 'W1 identical dashboard', target: 'subgraph sourcing', kind: 'closed', result: result(10, 4100, 6000, 2) },
    { workload: 'W5 W2 at 25 req/s', target: 'ours', kind: 'rate', result: result(25, 28, 353) },
    { workload: 'W5 W2 at 25 req/s', target: 'hive', kind: 'rate', result: result(25, 26, 285) },
    { workload: 'W5 W2 at 25 req/s', target: 'subgraph sourcing', kind: 'rate', result: result(25, 12, 146) },
  ];

  it('compares throughput on closed loops and p99 at an even rate (above 1: faster than Hive)', () => {
    expect(ratioVsHive(rows[0], rows[1])).toBeCloseTo(7.5 / 142);
    expect(ratioVsHive(rows[1], rows[1])).toBeNull();
    expect(ratioVsHive(rows[3], rows[4])).toBeCloseTo(285 / 353);
    expect(ratioVsHive(rows[0], undefined)).toBeNull();
  });

  it.each([
    [5.25, '5.3 ms'],
    [28.4, '28 ms'],
    [5300, '5.30 s'],
    [-3961.7, '-3.96 s'],
    [Number.NaN, '—'],
  ])('formats %d ms as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });

  it('prints the machine, the run, the rows with ratios, and the gateway overhead at an even rate', () => {
    const table = formatTable(rows, { cores: 2, cpuModel: 'Test CPU', node: 'v20.20.2', date: '2026-12-02T04:00:00Z', settings: '3 rounds of 20 s' });
    const lines = table.split('\n');
    expect(lines[0]).toBe('Machine: 2 cores (Test CPU), Node v20.20.2; 2026-12-02T04:00:00Z');
    expect(lines[1]).toBe('Run: 3 rounds of 20 s');
    expect(lines[4]).toMatch(/^\| workload +\| target +\| req\/s \| p50 +\| p99 +\| errors \| ratio vs Hive \|$/);
    expect(lines[6]).toMatch(/^\| W1 identical dashboard \| ours +\| 7\.5 +\| 5\.30 s \| 9\.00 s \| 0 +\| 0\.05× +\|$/);
    expect(lines[7]).toMatch(/\| hive +\| 142 +\| 354 ms .*\| — +\|$/);
    expect(lines[8]).toMatch(/\| subgraph sourcing \| 10 .*\| 2 +\| 0\.07× +\|$/);
    expect(table).toContain('Gateway overhead, W5 W2 at 25 req/s: p99 ours − p99 subgraph sourcing = 207 ms');
    expect(gatewayOverheads(rows).map((overhead) => overhead.ms)).toEqual([207, 139]);
  });
});
