import { randomUUID } from 'node:crypto';
import { OrganisationReadModelScopes } from '@pdv/organisation-read-model';
import { waitFor } from '@pdv/testing';
import { type Harness, registerOrganisation, startHarness } from './support/harness';

// A cell secretary's part of the ward is answered from this service's own copy of the tree,
// kept from the organisation service's events: no call to that service, nothing copied by hand.
describe('the organisation read model of the evaluation service', () => {
  let h: Harness;
  const ward = randomUUID();
  const cellA = randomUUID();
  const cellB = randomUUID();

  beforeAll(async () => {
    h = await startHarness('organisation read model');
    await registerOrganisation(h, ward, null, 'WARD_COMMITTEE', 'DU-PHUONG');
    await registerOrganisation(h, cellA, ward, 'GRASSROOTS_CELL', 'CB-A');
    await registerOrganisation(h, cellB, ward, 'GRASSROOTS_CELL', 'CB-B');
    await waitFor(async () => (await h.sql<{ count: string }>('select count(*) as count from org_read_model'))[0].count === '3', { what: 'the three organisations in the read model' });
  }, 60_000);

  afterAll(async () => {
    await h?.stop();
  });

  it.each<[string, () => string, () => string, boolean]>([
    ['the ward committee: the ward and every cell in it', () => cellA, () => ward, true],
    ['a cell secretary: their own cell', () => cellA, () => cellA, true],
    ['a cell secretary: not the neighbouring cell', () => cellB, () => cellA, false],
    ['a cell secretary: not the ward above', () => ward, () => cellA, false],
    ['an organisation never announced', () => randomUUID(), () => ward, false],
  ])('scopes %s', async (_case, organisationId, scopeRootId, within) => {
    expect(await new OrganisationReadModelScopes(h.service.orm.em.fork()).organisationWithin(organisationId(), scopeRootId())).toBe(within);
  });
});
