import { parseDeadLetterArgs, runDeadLetterCli } from './dead-letters.cli';

describe('parseDeadLetterArgs', () => {
  it.each([
    [['list'], { command: 'list' }],
    [['list', '--consumer', 'sourcing-service', '--limit', '5'], { command: 'list', consumerName: 'sourcing-service', limit: 5 }],
    [['replay', '12'], { command: 'replay', sequence: 12 }],
    [['discard', '3'], { command: 'discard', sequence: 3 }],
  ])('%p', (argv, expected) => {
    expect(parseDeadLetterArgs(argv)).toEqual(expected);
  });

  it.each([[[]], [['purge']], [['replay']], [['replay', '0']], [['replay', 'x']], [['list', '--limit']], [['list', '--all']]])(
    'rejects %p',
    (argv) => {
      expect(() => parseDeadLetterArgs(argv)).toThrow();
    },
  );
});

describe('runDeadLetterCli', () => {
  it('prints usage and exits 2 on bad arguments, without connecting', async () => {
    const lines: string[] = [];
    const code = await runDeadLetterCli(['nope'], { natsUrl: 'nats://127.0.0.1:1', ns: '', write: (t) => lines.push(t) });
    expect(code).toBe(2);
    expect(JSON.parse(lines[0])).toMatchObject({ error: 'unknown command nope' });
  });
});
