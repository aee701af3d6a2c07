import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { dueCount, msUntilNext, scheduledOffsetMs } from './bench-plan';

// The load generator. It runs in a worker thread of its own (bench.ts starts it from its own
// bundle), so sending requests and parsing answers never waits behind the orchestrator's
// event loop — and it is lean: Node's http client with keep-alive, nothing per request but the
// request itself and a JSON.parse of the answer, which is needed to tell a GraphQL success from
// an error response.

export interface RequestSet {
  id: string;
  url: string;
  /** JSON bodies, sent in this order round-robin (closed loop) or in schedule order (even rate). */
  bodies: string[];
  /** Per body: which of `headers` it is sent with. */
  credentialOf: number[];
  /**
   * The credential headers: a user's `authorization` to a gateway, or the internal identity
   * token to a subgraph (which lives 60 s: bench.ts sends fresh ones with a `headers` message).
   */
  headers: Record<string, string>[];
}

export type LoadJob =
  | { type: 'closed'; setId: string; seconds: number; connections: number }
  | { type: 'rate'; setId: string; seconds: number; connections: number; ratePerSecond: number };

export type WorkerMessage =
  | { type: 'load'; set: RequestSet }
  | { type: 'headers'; setId: string; headers: Record<string, string>[] }
  | { type: 'run'; job: LoadJob }
  | { type: 'stop' };

export interface LoadResult {
  /** Latencies (ms) of the successful responses that count for the round. */
  latenciesMs: Float64Array;
  errors: number;
  late: number;
  seconds: number;
  /** Up to three distinct error descriptions, to show why a round failed. */
  errorSamples: string[];
}

export type WorkerReply = { type: 'loaded'; setId: string } | { type: 'result'; result: LoadResult } | { type: 'failed'; message: string };

const REQUEST_TIMEOUT_MS = 30_000;

interface Outcome {
  ok: boolean;
  error?: string;
}

/** Classifies a response body: a GraphQL success has data and no `errors`. */
export function graphqlOutcome(status: number, body: string): Outcome {
  let parsed: { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return { ok: false, error: `HTTP ${status}, not JSON` };
  }
  if (parsed.errors && parsed.errors.length > 0) {
    const first = parsed.errors[0];
    return { ok: false, error: `HTTP ${status}, ${first.extensions?.code ?? 'error'}: ${String(first.message).slice(0, 160)}` };
  }
  if (status !== 200 || parsed.data === null || parsed.data === undefined) return { ok: false, error: `HTTP ${status}, no data` };
  return { ok: true };
}

/** The current credential headers of a set; a `headers` message replaces them between requests. */
class HeaderSource {
  constructor(private headers: Record<string, string>[]) {}

  replace(headers: Record<string, string>[]): void {
    this.headers = headers;
  }

  of(index: number): Record<string, string> {
    return this.headers[index];
  }
}

function send(agent: http.Agent, url: URL, body: string, headers: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        agent,
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(graphqlOutcome(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8'))));
        response.on('error', (error) => resolve({ ok: false, error: error.message }));
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => resolve({ ok: false, error: error.message }));
    request.end(body);
  });
}

class Recorder {
  readonly latencies: number[] = [];
  errors = 0;
  late = 0;
  readonly samples = new Set<string>();

  record(outcome: Outcome, latencyMs: number): void {
    if (outcome.ok) {
      this.latencies.push(latencyMs);
      return;
    }
    this.errors++;
    if (this.samples.size < 3 && outcome.error) this.samples.add(outcome.error);
  }

  result(seconds: number): LoadResult {
    return { latenciesMs: Float64Array.from(this.latencies), errors: this.errors, late: this.late, seconds, errorSamples: [...this.samples] };
  }
}

/** Closed loop: `connections` clients, each sending its next request as soon as it has an answer. */
async function runClosed(set: RequestSet, headers: HeaderSource, job: Extract<LoadJob, { type: 'closed' }>): Promise<LoadResult> {
  const url = new URL(set.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const recorder = new Recorder();
  const start = performance.now();
  const deadline = start + job.seconds * 1_000;
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline) {
      const index = next++ % set.bodies.length;
      const sentAt = performance.now();
      const outcome = await send(agent, url, set.bodies[index], headers.of(set.credentialOf[index]));
      const doneAt = performance.now();
      // An answer that arrives after the round is awaited (the next round starts clean) but not counted.
      if (doneAt <= deadline) recorder.record(outcome, doneAt - sentAt);
    }
  };
  await Promise.all(Array.from({ length: job.connections }, client));
  agent.destroy();
  return recorder.result(job.seconds);
}

/**
 * Even rate: request i goes out at start + i / rate whatever happened to the others, and its
 * latency counts from that scheduled moment — so a target that falls behind shows its queue in
 * the latency instead of quietly lowering the rate it was offered (coordinated omission).
 */
async function runRate(set: RequestSet, headers: HeaderSource, job: Extract<LoadJob, { type: 'rate' }>): Promise<LoadResult> {
  const url = new URL(set.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const recorder = new Recorder();
  const durationMs = job.seconds * 1_000;
  const start = performance.now();
  const pending = new Set<Promise<void>>();
  let sent = 0;
  let inFlight = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      const due = dueCount(performance.now() - start, job.ratePerSecond, durationMs);
      while (sent < due) {
        const index = sent % set.bodies.length;
        const scheduledAt = start + scheduledOffsetMs(sent, job.ratePerSecond);
        if (inFlight >= job.connections) recorder.late++;
        inFlight++;
        const request = send(agent, url, set.bodies[index], headers.of(set.credentialOf[index])).then((outcome) => {
          inFlight--;
          recorder.record(outcome, performance.now() - scheduledAt);
        });
        pending.add(request);
        void request.then(() => pending.delete(request));
        sent++;
      }
      const wait = msUntilNext(sent, performance.now() - start, job.ratePerSecond, durationMs);
      if (wait === null) resolve();
      else setTimeout(pump, wait);
    };
    pump();
  });
  await Promise.all(pending);
  agent.destroy();
  return recorder.result(job.seconds);
}

function main(port: NonNullable<typeof parentPort>): void {
  const sets = new Map<string, { set: RequestSet; headers: HeaderSource }>();
  port.on('message', (message: WorkerMessage) => {
    void (async () => {
      try {
        if (message.type === 'load') {
          sets.set(message.set.id, { set: message.set, headers: new HeaderSource(message.set.headers) });
          port.postMessage({ type: 'loaded', setId: message.set.id } satisfies WorkerReply);
        } else if (message.type === 'headers') {
          // No reply: it arrives while a round runs, and the round's reply is the one awaited.
          sets.get(message.setId)?.headers.replace(message.headers);
        } else if (message.type === 'run') {
          const entry = sets.get(message.job.setId);
          if (!entry) throw new Error(`no request set ${message.job.setId}`);
          const result = message.job.type === 'closed' ? await runClosed(entry.set, entry.headers, message.job) : await runRate(entry.set, entry.headers, message.job);
          port.postMessage({ type: 'result', result } satisfies WorkerReply, [result.latenciesMs.buffer as ArrayBuffer]);
        } else {
          port.close();
        }
      } catch (error) {
        port.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
      }
    })();
  });
}

if (parentPort) main(parentPort);
