import { type CpuProfile, formatProfileSummary, packageOf, summariseProfile } from './cpu-profile';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

// A root with idle time, the garbage collector, the app's own code and two packages.
const PROFILE: CpuProfile = {
  startTime: 0,
  endTime: 10,
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 3, 4, 5, 6] },
    { id: 2, callFrame: frame('(idle)') },
    { id: 3, callFrame: frame('(garbage collector)') },
    { id: 4, callFrame: frame('handle', 'file:///repo/dist/apps/gateway/main.js', 41) },
    { id: 5, callFrame: frame('execute', 'file:///repo/node_modules/graphql/execution/execute.js', 9) },
    { id: 6, callFrame: frame('sign', 'file:///repo/node_modules/@pdv/x/node_modules/jose/dist/sign.js', 2) },
  ],
  // idle 4, gc 1, app 2, graphql 2, jose 1
  samples: [2, 2, 2, 2, 3, 4, 4, 5, 5, 6],
};

describe('summariseProfile', () => {
  it('gives each package and function its share of the busy samples, idle apart', () => {
    const summary = summariseProfile(PROFILE);
    expect(summary.idle).toBeCloseTo(0.4);
    expect(summary.packages).toEqual([
      { name: '(app)', share: 2 / 6 },
      { name: 'graphql', share: 2 / 6 },
      { name: '(gc)', share: 1 / 6 },
      { name: 'jose', share: 1 / 6 },
    ]);
    expect(summary.functions[0]).toEqual({ name: 'handle main.js:42', share: 2 / 6 });
    expect(summary.functions.map((entry) => entry.name)).toContain('execute graphql/execution/execute.js:10');
  });

  it('falls back to the nodes’ hit counts when the profile has no samples', () => {
    const summary = summariseProfile({ ...PROFILE, samples: undefined, nodes: PROFILE.nodes.map((node) => ({ ...node, hitCount: node.id === 5 ? 3 : node.id === 2 ? 1 : 0 })) });
    expect(summary.idle).toBeCloseTo(0.25);
    expect(summary.packages).toEqual([{ name: 'graphql', share: 1 }]);
  });

  it('keeps the top N and prints them as percentages', () => {
    const text = formatProfileSummary('gateway', summariseProfile(PROFILE, 1));
    expect(text.split('\n')).toEqual(['gateway: busy  60.0% of the profile', '  own CPU by package (share of busy time):', '     33.3%  (app)', '  own CPU by function:', '     33.3%  handle main.js:42']);
  });
});

describe('packageOf', () => {
  it.each([
    ['/repo/node_modules/graphql/index.js', 'graphql'],
    ['/repo/node_modules/@apollo/gateway/dist/index.js', '@apollo/gateway'],
    ['/repo/node_modules/a/node_modules/jose/x.js', 'jose'],
    ['/repo/dist/apps/gateway/main.js', '(app)'],
    ['node:internal/http', '(node)'],
    ['', '(native)'],
  ])('%s → %s', (url, expected) => expect(packageOf(url)).toBe(expected));
});
