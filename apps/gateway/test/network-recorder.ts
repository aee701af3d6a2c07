import dns from 'node:dns';
import net from 'node:net';

// Imported first by the no-phone-home spec, so it sees every outgoing connection, name
// lookup and timer from the moment Apollo's modules load. Everything TCP (http, https,
// undici's fetch, make-fetch-happen, the OTLP exporter, cloud metadata probes) goes
// through net.Socket#connect; host names go through dns.lookup first.

export interface Recorded {
  connections: { host: string; port: string }[];
  lookups: string[];
  timers: { delay: number; stack: string }[];
}

export const recorded: Recorded = { connections: [], lookups: [], timers: [] };

type ConnectArgs = [unknown, ...unknown[]];

function describeTarget(args: ConnectArgs): { host: string; port: string } {
  // connect(options) | connect([options, callback]) (internal normalised form) | connect(port, host) | connect(path)
  let first = args[0];
  if (Array.isArray(first)) first = first[0];
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number | string; path?: string };
    if (options.path) return { host: `unix:${options.path}`, port: '' };
    return { host: options.host ?? 'localhost', port: String(options.port ?? '') };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { host: `unix:${first}`, port: '' };
  return { host: typeof args[1] === 'string' ? args[1] : 'localhost', port: String(first) };
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function recordConnect(this: net.Socket, ...args: ConnectArgs) {
  recorded.connections.push(describeTarget(args));
  return (originalConnect as (...connectArgs: unknown[]) => net.Socket).apply(this, args);
} as typeof originalConnect;

const originalLookup = dns.lookup;
dns.lookup = function recordLookup(hostname: string, ...rest: unknown[]) {
  recorded.lookups.push(hostname);
  return (originalLookup as (...lookupArgs: unknown[]) => void)(hostname, ...rest);
} as typeof dns.lookup;

const originalPromisesLookup = dns.promises.lookup;
dns.promises.lookup = function recordPromisesLookup(hostname: string, ...rest: unknown[]) {
  recorded.lookups.push(hostname);
  return (originalPromisesLookup as (...lookupArgs: unknown[]) => Promise<unknown>)(hostname, ...rest);
} as typeof dns.promises.lookup;

// Apollo's reporters (usage reporting, the gateway's OpenTelemetry exporter, uplink polling)
// all schedule their work with timers; their stacks name the module that scheduled them.
const originalSetInterval = global.setInterval;
global.setInterval = function recordSetInterval(handler: unknown, delay?: number, ...rest: unknown[]) {
  recorded.timers.push({ delay: delay ?? 0, stack: new Error('interval').stack ?? '' });
  return (originalSetInterval as (...timerArgs: unknown[]) => NodeJS.Timeout)(handler, delay, ...rest);
} as typeof setInterval;

const originalSetTimeout = global.setTimeout;
global.setTimeout = function recordSetTimeout(handler: unknown, delay?: number, ...rest: unknown[]) {
  recorded.timers.push({ delay: delay ?? 0, stack: new Error('timeout').stack ?? '' });
  return (originalSetTimeout as (...timerArgs: unknown[]) => NodeJS.Timeout)(handler, delay, ...rest);
} as typeof setTimeout;

export function restoreNetwork(): void {
  net.Socket.prototype.connect = originalConnect;
  dns.lookup = originalLookup;
  dns.promises.lookup = originalPromisesLookup;
  global.setInterval = originalSetInterval;
  global.setTimeout = originalSetTimeout;
}
