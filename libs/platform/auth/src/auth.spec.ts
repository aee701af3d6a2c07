import { SignJWT } from 'jose';
import { AppError } from '@pdv/errors';
import {
  assertMassOrganisationInScope,
  assertOrganisationInScope,
  assertRecordInScope,
  type Identity,
  requireRole,
  signInternalIdentity,
  signUserToken,
  verifyInternalIdentity,
  verifyUserToken,
} from './index';

const settings = { secret: 'x'.repeat(32), issuer: 'pdv-dev', audience: 'pdv-api' };
const internalSecret = 'y'.repeat(32);
const board: Identity = { userId: 'u-1', role: 'PARTY_BUILDING_BOARD', scopeId: null };
const secretary: Identity = { userId: 'u-2', role: 'CELL_SECRETARY', scopeId: 'org-root' };
const staff: Identity = { userId: 'u-3', role: 'MASS_ORG_STAFF', scopeId: 'youth-union' };

describe('user tokens', () => {
  it('round-trips an identity', async () => {
    expect(await verifyUserToken(await signUserToken(secretary, settings), settings)).toEqual(secretary);
  });

  it.each([
    ['wrong secret', { ...settings, secret: 'z'.repeat(32) }],
    ['wrong audience', { ...settings, audience: 'other' }],
    ['wrong issuer', { ...settings, issuer: 'other' }],
  ])('refuses a token with the %s', async (_case, verifyWith) => {
    const token = await signUserToken(board, settings);
    await expect(verifyUserToken(token, verifyWith)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired token', async () => {
    const token = await signUserToken(board, settings, Math.floor(Date.now() / 1000) - 10);
    await expect(verifyUserToken(token, settings)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an unknown role and a scoped role without scope', async () => {
    const key = new TextEncoder().encode(settings.secret);
    const sign = (claims: Record<string, unknown>) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('u').setIssuer('pdv-dev').setAudience('pdv-api').setExpirationTime('1h').sign(key);
    await expect(verifyUserToken(await sign({ role: 'ADMIN' }), settings)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifyUserToken(await sign({ role: 'CELL_SECRETARY' }), settings)).rejects.toThrow(/scope/);
  });
});

describe('internal identity', () => {
  it('round-trips an identity and anonymity', async () => {
    expect(await verifyInternalIdentity(await signInternalIdentity(staff, internalSecret), internalSecret)).toEqual(staff);
    expect(await verifyInternalIdentity(await signInternalIdentity(null, internalSecret), internalSecret)).toBeNull();
  });

  it.each([
    ['missing', undefined],
    ['forged', 'eyJhbGciOiJIUzI1NiJ9.e30.abc'],
  ])('refuses a %s header: the request did not come through the gateway', async (_case, header) => {
    await expect(verifyInternalIdentity(header, internalSecret)).rejects.toThrow(/through the gateway/);
  });

  it('refuses a user token presented as an internal one', async () => {
    const userToken = await signUserToken(board, { ...settings, secret: internalSecret });
    await expect(verifyInternalIdentity(userToken, internalSecret)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('key rotation: two keys held at once', () => {
  const oldKey = 'o'.repeat(32);
  const newKey = 'n'.repeat(32);
  const retired = 'r'.repeat(32);

  it.each([
    ['signed with the new key, new key alone', newKey, { secret: newKey }, true],
    ['signed with the old key, new key alone', oldKey, { secret: newKey }, false],
    ['signed with the old key, during the rotation', oldKey, { secret: newKey, previousSecret: oldKey }, true],
    ['signed with the new key, during the rotation', newKey, { secret: newKey, previousSecret: oldKey }, true],
    ['signed with a key retired earlier, during the rotation', retired, { secret: newKey, previousSecret: oldKey }, false],
  ])('user token %s: accepted %s', async (_case, signingKey, keys, accepted) => {
    const token = await signUserToken(secretary, { ...settings, secret: signingKey });
    const verified = verifyUserToken(token, { ...settings, ...keys });
    if (accepted) await expect(verified).resolves.toEqual(secretary);
    else await expect(verified).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks issuer, audience and expiry against the previous key as against the current one', async () => {
    const during = { ...settings, secret: newKey, previousSecret: oldKey };
    const otherAudience = await signUserToken(secretary, { ...settings, secret: oldKey, audience: 'other' });
    await expect(verifyUserToken(otherAudience, during)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const expired = await signUserToken(secretary, { ...settings, secret: oldKey }, Math.floor(Date.now() / 1000) - 60);
    await expect(verifyUserToken(expired, during)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['the old key, during the rotation', oldKey, oldKey, true],
    ['the new key, during the rotation', newKey, oldKey, true],
    ['the old key, after the rotation', oldKey, undefined, false],
    ['a retired key, during the rotation', retired, oldKey, false],
  ])('internal identity signed with %s: accepted %s', async (_case, signingKey, previous, accepted) => {
    const header = await signInternalIdentity(board, signingKey);
    const verified = verifyInternalIdentity(header, newKey, previous);
    if (accepted) await expect(verified).resolves.toEqual(board);
    else await expect(verified).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('policy', () => {
  const scopes = { organisationWithin: async (org: string, root: string) => org === root || org === 'org-child' };

  it('requireRole refuses other roles with FORBIDDEN and anonymous with UNAUTHENTICATED', () => {
    expect(requireRole(board, ['PARTY_BUILDING_BOARD'], 'edit')).toBe(board);
    expect(() => requireRole(secretary, ['PARTY_BUILDING_BOARD'], 'edit')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => requireRole(null, ['PARTY_BUILDING_BOARD'], 'edit')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it.each([
    [board, 'org-elsewhere', true],
    [secretary, 'org-root', true],
    [secretary, 'org-child', true],
    [secretary, 'org-elsewhere', false],
    [staff, 'org-root', false],
  ])('organisation scope: %o on %s → allowed %s', async (identity, org, allowed) => {
    const check = assertOrganisationInScope(identity, org, scopes);
    if (allowed) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each([
    [secretary, 'org-root', 'ok'],
    [board, 'org-elsewhere', 'ok'],
    [secretary, 'org-elsewhere', 'NOT_FOUND'],
    [staff, 'org-root', 'FORBIDDEN'],
    [{ ...secretary, scopeId: null }, 'org-root', 'FORBIDDEN'],
  ])('record scope: %o on a record of %s → %s', async (identity, org, outcome) => {
    const check = assertRecordInScope(identity, org, scopes, () => AppError.notFound('Referral', 'r-1'));
    if (outcome === 'ok') await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toMatchObject({ code: outcome });
  });

  it.each([
    [staff, 'youth-union', true],
    [staff, 'women-union', false],
    [secretary, 'youth-union', false],
    [board, 'women-union', true],
  ])('mass organisation scope: %o on %s → allowed %s', async (identity, massOrg, allowed) => {
    const check = assertMassOrganisationInScope(identity, massOrg, scopes);
    if (allowed) await expect(check).resolves.toBeUndefined();
    else await expect(check).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
