import { type Identity, type Role, ROLES } from '@pdv/auth';
import { PERSONAL_DATA_POLICY, PERSONAL_FIELDS, personalFieldAccess, type PersonalRecordType } from './personal-data.policy';

const as = (role: Role, scopeId: string | null = null): Identity => ({ userId: 'u', role, scopeId });

describe('personalFieldAccess: party members', () => {
  it.each([
    [as('WARD_STANDING_COMMITTEE'), 'SHOWN'],
    [as('PARTY_BUILDING_BOARD'), 'SHOWN'],
    [as('CELL_SECRETARY', 'cell-root'), 'SHOWN_IN_SCOPE'],
    [as('CELL_SECRETARY'), 'MASKED'],
    [as('COMMITTEE_MEMBER'), 'MASKED'],
    [as('AUDITOR'), 'MASKED'],
    [as('MASS_ORG_STAFF', 'mo'), 'MASKED'],
    [as('TRAINING_CENTRE'), 'MASKED'],
    [null, 'MASKED'],
  ] as const)('nationalId for %j → %s', (identity, expected) => {
    expect(personalFieldAccess('PartyMember', 'nationalId', identity)).toBe(expected);
  });
});

describe('personalFieldAccess: candidates', () => {
  it.each([
    ['CELL_SECRETARY', 'nationalId', 'SHOWN'],
    ['CELL_SECRETARY', 'phone', 'SHOWN'],
    ['PARTY_BUILDING_BOARD', 'address', 'SHOWN'],
    ['WARD_STANDING_COMMITTEE', 'dateOfBirth', 'SHOWN'],
    ['MASS_ORG_STAFF', 'nationalId', 'MASKED'],
    ['MASS_ORG_STAFF', 'dateOfBirth', 'SHOWN'],
    ['MASS_ORG_STAFF', 'phone', 'SHOWN_IF_OWN_COLLECTION'],
    ['MASS_ORG_STAFF', 'address', 'SHOWN_IF_OWN_COLLECTION'],
    ['COMMITTEE_MEMBER', 'nationalId', 'MASKED'],
    ['AUDITOR', 'dateOfBirth', 'MASKED'],
    ['TRAINING_CENTRE', 'phone', 'MASKED'],
  ] as const)('%s reading %s → %s', (role, field, expected) => {
    expect(personalFieldAccess('Candidate', field, as(role, 'scope'))).toBe(expected);
  });

  it('masks an own-collection rule for staff whose token carries no scope', () => {
    expect(personalFieldAccess('Candidate', 'phone', as('MASS_ORG_STAFF'))).toBe('MASKED');
  });

  it('shows nothing to an anonymous caller', () => {
    for (const field of PERSONAL_FIELDS.Candidate) expect(personalFieldAccess('Candidate', field, null)).toBe('MASKED');
  });
});

describe('PERSONAL_DATA_POLICY', () => {
  it.each(Object.keys(PERSONAL_FIELDS) as PersonalRecordType[])('decides every personal field of a %s for every role', (type) => {
    for (const role of ROLES) {
      const rules = PERSONAL_DATA_POLICY[type][role] as Record<string, string>;
      expect(Object.keys(rules).sort()).toEqual([...PERSONAL_FIELDS[type]].sort());
    }
  });
});
