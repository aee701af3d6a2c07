import { validateNationalId } from '@pdv/vn-identity';
import { normaliseFullName } from '@pdv/vn-identity';
import { validateReferralInput } from '@pdv/sourcing-domain';
import { demoPerson, seededRandom, syntheticNationalId } from './demo-people';

describe('syntheticNationalId', () => {
  it.each([
    ['1990-05-01', 'MALE', '001090000007'],
    ['1990-05-01', 'FEMALE', '001190000007'],
    ['2003-12-31', 'MALE', '001203000007'],
    ['2003-12-31', 'FEMALE', '001303000007'],
  ] as const)('born %s, %s → %s', (dateOfBirth, gender, expected) => {
    const id = syntheticNationalId(dateOfBirth, gender, 7);
    expect(id).toBe(expected);
    expect(validateNationalId(id, { dateOfBirth, gender })).toEqual({ ok: true });
  });
});

describe('demoPerson', () => {
  const today = '2026-03-16';

  it('is deterministic for a seed', () => {
    expect(demoPerson(seededRandom(42), 1, today)).toEqual(demoPerson(seededRandom(42), 1, today));
    expect(demoPerson(seededRandom(42), 1, today)).not.toEqual(demoPerson(seededRandom(43), 1, today));
  });

  it('makes people every referral rule accepts', () => {
    const random = seededRandom(7);
    for (let serial = 0; serial < 300; serial += 1) {
      const person = demoPerson(random, serial, today);
      expect(normaliseFullName(person.fullName)).toBe(person.fullName);
      const result = validateReferralInput(
        { ...person, cellId: '6f1b8a52-c4e3-4f4d-9a0e-5d2c7b3e1f09', consent: { noticeVersion: 'ND13-2025', consentedAt: new Date('2026-03-01T00:00:00Z') } },
        new Date(`${today}T05:00:00Z`),
      );
      expect(result.problems.all).toEqual([]);
    }
  });
});
