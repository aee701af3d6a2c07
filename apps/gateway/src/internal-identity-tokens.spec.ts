import { decodeJwt } from 'jose';
import { type Identity, verifyInternalIdentity } from '@pdv/auth';
import { InternalIdentityTokens, INTERNAL_TOKEN_RENEW_MARGIN_MS } from './internal-identity-tokens';

const SECRET = 'internal-identity-tokens-spec-secret-000000';
const alice: Identity = { userId: '00000000-0000-4000-8000-00000000000a', role: 'CELL_SECRETARY', scopeId: 'ward-1' };

describe('InternalIdentityTokens', () => {
  it('reuses one token per identity until the renewal margin, then mints a fresh one', async () => {
    const start = Date.now();
    jest.useFakeTimers({ now: start, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const tokens = new InternalIdentityTokens(SECRET, 10);
      const first = await tokens.tokenFor(alice);
      expect(await tokens.tokenFor({ ...alice })).toBe(first);
      jest.setSystemTime(start + 60_000 - INTERNAL_TOKEN_RENEW_MARGIN_MS - 1);
      expect(await tokens.tokenFor(alice)).toBe(first);
      jest.setSystemTime(start + 60_000 - INTERNAL_TOKEN_RENEW_MARGIN_MS);
      const renewed = await tokens.tokenFor(alice);
      expect(renewed).not.toBe(first);
      expect(decodeJwt(renewed).exp).toBe(Math.floor((start + 60_000 - INTERNAL_TOKEN_RENEW_MARGIN_MS) / 1000) + 60);
      expect(await verifyInternalIdentity(renewed, SECRET)).toEqual(alice);
    } finally {
      jest.useRealTimers();
    }
  });

  it.each<[string, Identity | null]>([
    ['another user', { ...alice, userId: '00000000-0000-4000-8000-00000000000b' }],
    ['another role', { ...alice, role: 'MASS_ORG_STAFF' }],
    ['another scope', { ...alice, scopeId: 'ward-2' }],
    ['anonymous', null],
  ])('never hands one identity’s token to %s', async (_label, other) => {
    const tokens = new InternalIdentityTokens(SECRET, 10);
    const mine = await tokens.tokenFor(alice);
    const theirs = await tokens.tokenFor(other);
    expect(theirs).not.toBe(mine);
    expect(await verifyInternalIdentity(theirs, SECRET)).toEqual(other);
    expect(decodeJwt(mine).sub).toBe(alice.userId);
  });
});
