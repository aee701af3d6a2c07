import { type Identity, INTERNAL_IDENTITY_LIFETIME_SECONDS, signInternalIdentity } from '@pdv/auth';
import { LruMap } from './lru-map';

/** A token is re-minted when less than this is left, so none expires in flight to a subgraph. */
export const INTERNAL_TOKEN_RENEW_MARGIN_MS = 15_000;

interface CachedToken {
  token: Promise<string>;
  renewAt: number;
}

/** One key per distinct identity: user, role and scope all take part, so no two callers share. */
export function identityKey(identity: Identity | null): string {
  return identity ? JSON.stringify([identity.userId, identity.role, identity.scopeId]) : 'anonymous';
}

/**
 * The internal identity header, minted once per identity and reused until shortly before it
 * expires: signing on every subgraph fetch cost ~3.5% of the gateway's CPU (issue 7). The
 * promise is cached, so concurrent first fetches for one identity sign once.
 */
export class InternalIdentityTokens {
  private readonly cache: LruMap<string, CachedToken>;

  constructor(
    private readonly secret: string,
    maxEntries: number,
  ) {
    this.cache = new LruMap(maxEntries);
  }

  tokenFor(identity: Identity | null): Promise<string> {
    const key = identityKey(identity);
    const now = Date.now();
    const cached = this.cache.get(key);
    if (cached && now < cached.renewAt) return cached.token;
    const token = signInternalIdentity(identity, this.secret);
    const entry = { token, renewAt: now + INTERNAL_IDENTITY_LIFETIME_SECONDS * 1000 - INTERNAL_TOKEN_RENEW_MARGIN_MS };
    this.cache.set(key, entry);
    // A failed signature is not remembered: the next fetch tries again.
    token.catch(() => {
      if (this.cache.get(key) === entry) this.cache.delete(key);
    });
    return token;
  }
}
