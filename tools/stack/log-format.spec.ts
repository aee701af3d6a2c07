import { formatLogLine } from './log-format';

describe('formatLogLine', () => {
  it('shows a pino line as time, level, message and the fields that are not on every line', () => {
    const line = JSON.stringify({ level: 'info', time: '2026-03-01T08:09:10.123Z', service: 'gateway', msg: 'gateway listening', url: 'http://x' });
    expect(formatLogLine(line)).toEqual(['08:09:10 INFO  gateway listening {"url":"http://x"}']);
  });

  it('puts an error\'s stack under the line', () => {
    const line = JSON.stringify({ level: 50, time: 0, msg: 'failed', err: { message: 'boom', stack: 'Error: boom\n    at x' } });
    expect(formatLogLine(line)).toEqual(['00:00:00 ERROR failed', '    Error: boom', '        at x']);
  });

  it.each([['plain text from postgres'], ['{not json'], ['{"no":"level"}']])('passes %s through', (line) => {
    expect(formatLogLine(line)).toEqual([line]);
  });

  it('keeps JSON when asked for raw logs', () => {
    const line = JSON.stringify({ level: 'info', msg: 'x' });
    expect(formatLogLine(line, false)).toEqual([line]);
  });
});
