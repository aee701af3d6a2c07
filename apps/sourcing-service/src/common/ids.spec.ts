import { isUuid, nameBasedId } from './ids';

describe('nameBasedId', () => {
  it('gives the same version-5 UUID for the same name, and different ones for different names', () => {
    const id = nameBasedId('mass-organisation:DTN');
    expect(id).toBe(nameBasedId('mass-organisation:DTN'));
    expect(id).not.toBe(nameBasedId('mass-organisation:HPN'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(isUuid(id)).toBe(true);
  });

  it('tells ids from other text', () => {
    expect(isUuid('not-an-id')).toBe(false);
    expect(isUuid('6F1B8A52-C4E3-4F4D-9A0E-5D2C7B3E1F09')).toBe(true);
  });
});
