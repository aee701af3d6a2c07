import http from 'node:http';
import https from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { isReadOperation } from './subgraph-read';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;
type FetcherHeaders = FetcherResponse['headers'];

/** Statuses whose answer has no body (the Fetch standard's "null body status"). */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * A subgraph's answer, read to the end before it is handed on. Subgraph answers are small
 * JSON documents the data source parses at once, so buffering costs nothing and lets one
 * answer be handed to several waiters (see deduplicating-fetcher.ts): each `clone()` parses
 * its own copy.
 */
export class BufferedResponse implements FetcherResponse {
  readonly redirected = false;
  private used = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: FetcherHeaders,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  private consume(): string {
    if (this.used) throw new TypeError('The body of this response has already been read.');
    this.used = true;
    return this.body;
  }

  async text(): Promise<string> {
    return this.consume();
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.consume());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = Buffer.from(this.consume());
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  }

  clone(): BufferedResponse {
    return new BufferedResponse(this.url, this.status, this.statusText, new Headers(this.headers as Headers), this.body);
  }
}

function headersOf(message: http.IncomingMessage): Headers {
  const headers = new Headers();
  // rawHeaders keeps repeated headers (set-cookie) as they came.
  for (let index = 0; index < message.rawHeaders.length; index += 2) {
    headers.append(message.rawHeaders[index], message.rawHeaders[index + 1]);
  }
  return headers;
}

/** A fetcher whose answers are already read, so they can be cloned for several waiters. */
export type BufferedFetcher = (url: string, init?: Parameters<Fetcher>[1]) => Promise<BufferedResponse>;

export interface KeepAliveFetcherOptions {
  /** Open connections per subgraph host; requests beyond wait for a free one. */
  maxSockets: number;
}

/**
 * The HTTP client to the subgraphs: node:http over a keep-alive pool, nothing else. Apollo's
 * default (make-fetch-happen over agent-base) was 19–23% of the gateway's CPU, and agent-base
 * builds an `Error().stack` on every request to tell http from https (issue 7's profile).
 * No retries and no timeout, as before: a subgraph that hangs is the subgraph's fault and the
 * caller's own timeout ends the request.
 */
export function keepAliveFetcher(options: KeepAliveFetcherOptions): { fetcher: BufferedFetcher; close(): void } {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets, scheduling: 'lifo' as const };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);
  const send = (url: string, init: NonNullable<Parameters<Fetcher>[1]>, retried: boolean): Promise<BufferedResponse> =>
    new Promise<BufferedResponse>((resolve, reject) => {
      const target = new URL(url);
      const secure = target.protocol === 'https:';
      const request = (secure ? https : http).request(
        target,
        // The one retry goes on a connection of its own: the pool's next free socket may be
        // another that the subgraph closed in the same moment (sockets opened together idle
        // out together), and a second failure would reach the caller.
        { method: init.method ?? 'GET', headers: init.headers, agent: retried ? false : secure ? httpsAgent : httpAgent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 502;
            const body = NULL_BODY.has(status) ? '' : Buffer.concat(chunks).toString('utf8');
            resolve(new BufferedResponse(url, status, response.statusMessage ?? '', headersOf(response), body));
          });
        },
      );
      request.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive connection the subgraph closed as idle just as this request went out
        // (its keepAliveTimeout raced ours): the request never reached it, so a read is sent
        // once more, on a new connection. A write is never sent twice.
        if (!retried && request.reusedSocket && error.code === 'ECONNRESET' && isReadOperation(init.body)) {
          send(url, init, true).then(resolve, reject);
        } else {
          reject(error);
        }
      });
      request.end(init.body);
    });
  const fetcher: BufferedFetcher = (url, init = {}) => send(url, init, false);
  return {
    fetcher,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
