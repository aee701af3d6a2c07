/**
 * Turns one line a child printed into one or more display lines. The apps log pino JSON;
 * on a terminal that is hard to read, so `time LEVEL message {extras}` is shown instead,
 * with an error's stack under it. Anything that is not pino JSON passes through unchanged.
 */
const LEVELS: Record<string, string> = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO ',
  warn: 'WARN ',
  error: 'ERROR',
  fatal: 'FATAL',
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO ',
  40: 'WARN ',
  50: 'ERROR',
  60: 'FATAL',
};
// Fields every line carries, or that the prefix already shows.
const OMITTED = new Set(['level', 'time', 'msg', 'service', 'name', 'pid', 'hostname', 'err', 'traceId']);

interface PinoLine {
  level?: string | number;
  time?: string | number;
  msg?: string;
  err?: { message?: string; stack?: string };
  [key: string]: unknown;
}

function parsePino(line: string): PinoLine | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null || !('level' in parsed)) return null;
    return parsed as PinoLine;
  } catch {
    return null;
  }
}

function clock(time: string | number | undefined): string {
  const date = time === undefined ? new Date() : new Date(time);
  return Number.isNaN(date.getTime()) ? '--:--:--' : date.toISOString().slice(11, 19);
}

export function formatLogLine(line: string, pretty = true): string[] {
  if (!pretty) return [line];
  const entry = parsePino(line);
  if (!entry) return [line];
  const level = LEVELS[String(entry.level)] ?? String(entry.level).toUpperCase();
  const extras = Object.fromEntries(Object.entries(entry).filter(([key]) => !OMITTED.has(key)));
  const extraText = Object.keys(extras).length > 0 ? ` ${JSON.stringify(extras)}` : '';
  const lines = [`${clock(entry.time)} ${level} ${entry.msg ?? ''}${extraText}`];
  if (entry.err) {
    const stack = entry.err.stack ?? entry.err.message ?? '';
    lines.push(...stack.split('\n').map((stackLine) => `    ${stackLine}`));
  }
  return lines;
}
