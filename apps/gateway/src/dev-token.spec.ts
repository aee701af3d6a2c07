import { verifyUserToken } from '@pdv/auth';
import { DEVELOPMENT_JWT, loadGatewayConfig } from './config';
import { developmentIdentity, developmentToken, TokenRequestError } from './dev-token';

describe('development tokens', () => {
  it('signs a 12-hour token that a gateway with default settings accepts', async () => {
    const settings = loadGatewayConfig({}).jwt;
    expect(settings).toEqual(DEVELOPMENT_JWT);
    const token = await developmentToken(developmentIdentity('party_building_board', undefined), settings);
    expect(await verifyUserToken(token, settings)).toEqual({ userId: 'dev-party-building-board', role: 'PARTY_BUILDING_BOARD', scopeId: null });
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { iat: number; exp: number };
    expect(payload.exp - payload.iat).toBe(12 * 3600);
  });

  it('carries the scope of a scoped role', () => {
    expect(developmentIdentity('CELL_SECRETARY', 'org-7')).toMatchObject({ role: 'CELL_SECRETARY', scopeId: 'org-7' });
  });

  it.each([
    [undefined, undefined, /usage/],
    ['ADMIN', undefined, /unknown role "ADMIN"/],
    ['CELL_SECRETARY', undefined, /needs a scope/],
    ['MASS_ORG_STAFF', undefined, /mass organisation/],
    ['AUDITOR', 'org-1', /takes no scope/],
  ])('refuses role %s with scope %s', (role, scope, message) => {
    expect(() => developmentIdentity(role, scope)).toThrow(TokenRequestError);
    expect(() => developmentIdentity(role, scope)).toThrow(message);
  });
});
