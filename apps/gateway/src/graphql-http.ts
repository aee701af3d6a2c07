import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { childTraceparent, currentContext, formatTraceparent, type Logger, type RequestContext, runWithContext, type ServiceMetrics } from '@pdv/observability';
import { rateLimitedMessage, type RateDecision } from './anonymous-rate-limit';
import { type BearerAuthentication, unauthenticatedBody } from './authentication';
import type { GatewayContext } from './context';

/**
 * The gateway's hot path: `POST /graphql` with a plain JSON body, straight from node:http to
 * Apollo Server, without express. Express's router, body parser, content negotiation and the
 * ETag it hashes for every response were ~8% of the gateway's CPU per request (issue 7's
 * profile) and do nothing a GraphQL POST needs. Everything else — GET, other content types
 * (Apollo's CSRF refusal answers them), compressed bodies, /healthz, /metrics — takes the
 * express app, so this path only has to be right for the one shape it accepts.
 */

/** Both paths answer errors in the shape of a GraphQL response. */
export function errorBody(code: string, message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code } }] });
}

/** What the express app's request middleware sets up, shared so both paths log and trace alike. */
export function requestContextOf(headers: IncomingMessage['headers']): RequestContext {
  const trace = childTraceparent(header(headers, 'traceparent'));
  const requestId = header(headers, 'x-request-id')?.slice(0, 100) || randomUUID();
  return { requestId, traceId: trace.traceId, traceparent: formatTraceparent(trace) };
}

function header(headers: IncomingMessage['headers'], name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** `application/json`, optionally with `charset=utf-8`: what every GraphQL client sends. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/** Whether this request is one the hot path answers (the rest go to the express app). */
export function takesHotPath(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const contentType = req.headers['content-type'];
  if (contentType === undefined || !PLAIN_JSON.test(contentType)) return false;
  const encoding = req.headers['content-encoding'];
  return encoding === undefined || encoding.toLowerCase() === 'identity';
}

class BodyTooLarge extends Error {}

/** The body as text, refused once it passes `limit` bytes (declared or sent). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    req.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Express's JSON parser in strict mode: an object or an array, nothing else. */
function parseJsonBody(text: string): { ok: true; body: unknown } | { ok: false } {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return { ok: false };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export interface GraphqlHotPathOptions {
  apollo: ApolloServer<GatewayContext>;
  authentication: BearerAuthentication;
  /** Asked for callers without a token only. */
  anonymousLimit: (req: IncomingMessage) => RateDecision;
  bodyLimit: { bytes: number; text: string };
  metrics: ServiceMetrics;
  logger: Logger;
}

export function graphqlHotPath(options: GraphqlHotPathOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, authentication, anonymousLimit, bodyLimit, metrics, logger } = options;

  const answer = async (req: IncomingMessage, res: ServerResponse, context: RequestContext): Promise<void> => {
    // Before the body is read: a bad token costs the gateway nothing.
    const outcome = await authentication(header(req.headers, 'authorization'));
    if ('refused' in outcome) {
      req.resume();
      send(res, 401, unauthenticatedBody(outcome.refused), { 'www-authenticate': 'Bearer' });
      return;
    }
    if (outcome.identity === null) {
      const decision = anonymousLimit(req);
      if (!decision.allowed) {
        req.resume();
        send(res, 429, errorBody('RATE_LIMITED', rateLimitedMessage(decision.retryAfterSeconds)), { 'retry-after': String(decision.retryAfterSeconds) });
        return;
      }
    }
    let text: string;
    try {
      text = await readBody(req, bodyLimit.bytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      send(res, 413, errorBody('BAD_USER_INPUT', `The request is larger than ${bodyLimit.text}; send a smaller file or fewer rows at once.`), { connection: 'close' });
      return;
    }
    const parsed = parseJsonBody(text);
    if (!parsed.ok) {
      send(res, 400, errorBody('BAD_USER_INPUT', 'The request body is not valid JSON.'));
      return;
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '/graphql';
    const question = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: question < 0 ? '' : url.slice(question), body: parsed.body },
      context: async () => ({ identity: outcome.identity, requestId: context.requestId, traceparent: context.traceparent }),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const context = requestContextOf(req.headers);
    res.setHeader('x-request-id', context.requestId);
    const stopTimer = metrics.httpDuration.startTimer({ method: 'POST' });
    res.on('finish', () => stopTimer({ route: 'graphql', status: String(res.statusCode) }));
    runWithContext(context, () => {
      answer(req, res, context).catch((error: unknown) => {
        const reference = currentContext()?.requestId ?? context.requestId;
        logger.error({ err: error, reference }, 'unexpected error in the gateway');
        if (res.headersSent) {
          res.destroy();
          return;
        }
        send(res, 500, errorBody('INTERNAL_SERVER_ERROR', `Something went wrong on our side. Quote reference ${reference} if you report it.`));
      });
    });
  };
}
