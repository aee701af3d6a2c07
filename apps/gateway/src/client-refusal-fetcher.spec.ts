import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { relayingClientRefusals } from './client-refusal-fetcher';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

function answering(status: number, body: unknown, contentType = 'application/json'): Fetcher {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return (async () => new Response(text, { status, headers: { 'content-type': contentType } })) as unknown as Fetcher;
}

async function outcome(status: number, body: unknown, contentType?: string) {
  const response = await relayingClientRefusals(answering(status, body, contentType))('http://subgraph/graphql', {});
  return { status: response.status, body: await response.text() };
}

describe('relayingClientRefusals', () => {
  const refusal = { errors: [{ message: 'Variable "$at" got invalid value "x"', extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_USER_INPUT' } }] };

  it('hands on a 400 whose every error carries an application code as a GraphQL response', async () => {
    expect(await outcome(400, refusal)).toEqual({ status: 200, body: JSON.stringify(refusal) });
  });

  it.each([
    ['a 400 with an error without an application code', 400, { errors: [...refusal.errors, { message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }],
    ['a 400 without errors', 400, { data: null }],
    ['a 400 that is not JSON', 400, 'Bad Request'],
    ['a 401 (the internal token was refused)', 401, { errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }],
    ['a 500', 500, refusal],
  ])('leaves %s an HTTP error', async (_name, status, body) => {
    expect((await outcome(status, body)).status).toBe(status);
  });

  it('leaves a 200 untouched', async () => {
    expect(await outcome(200, { data: { ok: true } })).toEqual({ status: 200, body: '{"data":{"ok":true}}' });
  });
});
