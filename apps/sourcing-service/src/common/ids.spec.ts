import { isUuid } from '@pdv/graphql';
import { nameBasedId } from './ids';

describe('nameBasedId', () => {
  it('gives the same version-5 UUID for the same name, and different ones for different names', () => {
    const id = nameBasedId('mass-organisation:DTN');
    expect(id).toBe(nameBasedId('mass-organisation:DTN'));
    expect(id).not.toBe(nameBasedId('mass-organisation:HPN'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The ID scalar accepts it, so seeded ids can be asked for through the API.
    expect(isUuid(id)).toBe(true);
  });
});
