import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';
import { formatLogLine } from './log-format';

/** A failure the person running the launcher can fix; its message says how. */
export class StackError extends Error {}

export interface Output {
  pretty: boolean;
  colour: boolean;
  /** Width the app names are padded to, so the log columns line up. */
  width: number;
}

const COLOURS = [36, 32, 35, 33, 34, 96, 92, 95, 93, 94];
let nextColour = 0;

export interface Managed {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process has ended. */
  exited: Promise<number | string>;
  /** The signal that stops it cleanly (postgres: SIGINT = fast shutdown). */
  stopSignal: NodeJS.Signals;
  hasExited(): boolean;
}

/** Pipes a child's stdout and stderr to ours, each line prefixed with its name. */
function prefixOutput(name: string, child: ChildProcess, output: Output): void {
  const colour = COLOURS[nextColour++ % COLOURS.length];
  const label = name.padEnd(output.width);
  const prefix = output.colour ? `\u001b[${colour}m${label}\u001b[0m │ ` : `${label} │ `;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
    lines.on('line', (line) => {
      for (const shown of formatLogLine(line, output.pretty)) process.stdout.write(`${prefix}${shown}\n`);
    });
  }
}

/**
 * Starts a child in its own process group, so Ctrl-C reaches only the launcher, which then
 * stops the children in order (gateway, services, then NATS and PostgreSQL).
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { output: Output; stopSignal?: NodeJS.Signals },
): Managed {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let ended = false;
  const exited = new Promise<number | string>((resolve) => {
    child.once('error', (error) => {
      ended = true;
      process.stdout.write(`${name}: could not start ${command}: ${error.message}\n`);
      resolve('spawn error');
    });
    child.once('exit', (code, signal) => {
      ended = true;
      resolve(code ?? signal ?? 'unknown');
    });
  });
  prefixOutput(name, child, options.output);
  return { name, child, exited, stopSignal: options.stopSignal ?? 'SIGTERM', hasExited: () => ended };
}

/** Runs a command to completion (migrate, seed, build), failing with its name when it fails. */
export async function runToCompletion(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { output: Output },
): Promise<void> {
  const managed = startProcess(name, command, args, options);
  const result = await managed.exited;
  if (result !== 0) throw new StackError(`${name} failed (exit ${result}); its output is above.`);
}

/** Stops a child with its clean-stop signal, then SIGKILL if it has not ended in time. */
export async function stopProcess(managed: Managed, graceMs = 15_000): Promise<void> {
  const pid = managed.child.pid;
  if (managed.hasExited() || pid === undefined) return;
  try {
    // The whole group: a child's own children (e.g. postgres's workers) stop with it.
    process.kill(-pid, managed.stopSignal);
  } catch {
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const killed = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      process.stdout.write(`${managed.name} did not stop within ${graceMs / 1000} s; killing it\n`);
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve();
    }, graceMs);
  });
  await Promise.race([managed.exited, killed]);
  clearTimeout(timer);
  await managed.exited;
}

/** true when something accepts TCP connections at host:port. */
export function canConnect(host: string, port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls until `ready` is true; fails early when the process it waits for has ended. */
export async function waitUntil(
  what: string,
  ready: () => Promise<boolean>,
  options: { timeoutMs: number; process?: Managed },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (options.process?.hasExited()) {
      throw new StackError(`${options.process.name} exited before ${what}; its output is above.`);
    }
    if (await ready()) return;
    if (Date.now() > deadline) throw new StackError(`timed out after ${options.timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** true when GET url answers 200. */
export async function answersOk(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
