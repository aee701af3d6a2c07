import { developmentToken } from '../token/token';

export interface Caller {
  role: string;
  scopeId?: string;
}

export interface GraphqlAnswer<T> {
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[];
}

/**
 * Talks to the gateway as a front end would: a development token per role and scope (from
 * `npm run token`'s code, so the gateway's own settings sign it), minted once per caller.
 */
export class GatewayClient {
  private tokens = new Map<string, Promise<string>>();

  constructor(
    private readonly url: string,
    private readonly environment: NodeJS.ProcessEnv,
  ) {}

  token(caller: Caller): Promise<string> {
    const key = `${caller.role}:${caller.scopeId ?? ''}`;
    let token = this.tokens.get(key);
    if (!token) {
      token = developmentToken(caller.role, caller.scopeId, this.environment);
      this.tokens.set(key, token);
    }
    return token;
  }

  /** The whole answer, errors included (a batch of aliased mutations can fail in part). */
  async request<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlAnswer<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.token(caller)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Partial<GraphqlAnswer<T>>;
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }

  /** The data, or an error naming the problems. */
  async query<T>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const { data, errors } = await this.request<T>(caller, query, variables);
    if (errors.length > 0 || data === null) {
      throw new Error(`${this.url}: ${errors.map((e) => `${e.extensions?.code ?? 'ERROR'} ${e.message}`).join('; ') || 'no data'}`);
    }
    return data;
  }
}
