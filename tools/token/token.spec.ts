import { developmentToken } from './token';

describe('npm run token', () => {
  it('prints the token alone on stdout, so TOKEN=$(npm run -s token -- ROLE) works', async () => {
    // developmentToken refuses anything on stdout beyond the one line.
    const token = await developmentToken('PARTY_BUILDING_BOARD', undefined, { ...process.env, NODE_ENV: 'development' });
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 60_000);
});
