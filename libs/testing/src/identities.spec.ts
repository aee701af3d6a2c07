import { INTERNAL_IDENTITY_HEADER, verifyInternalIdentity } from '@pdv/auth';
import { gatewayHeaders, identityOf, TEST_INTERNAL_SECRET } from './identities';

describe('test identities', () => {
  it('builds headers a subgraph accepts', async () => {
    const identity = identityOf('CELL_SECRETARY', 'org-1');
    const headers = await gatewayHeaders(identity);
    await expect(verifyInternalIdentity(headers[INTERNAL_IDENTITY_HEADER], TEST_INTERNAL_SECRET)).resolves.toEqual(identity);
  });

  it('gives each identity its own user id', () => {
    expect(identityOf('AUDITOR').userId).not.toBe(identityOf('AUDITOR').userId);
  });
});
