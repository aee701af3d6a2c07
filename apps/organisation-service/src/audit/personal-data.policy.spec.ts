import type { Identity, Role } from '@pdv/auth';
import { nationalIdVisibility } from './personal-data.policy';

const as = (role: Role, scopeId: string | null = null): Identity => ({ userId: 'u', role, scopeId });

describe('nationalIdVisibility', () => {
  it.each([
    [as('WARD_STANDING_COMMITTEE'), 'ALL'],
    [as('PARTY_BUILDING_BOARD'), 'ALL'],
    [as('CELL_SECRETARY', 'cell-root'), 'SCOPE'],
    [as('CELL_SECRETARY'), 'NONE'],
    [as('COMMITTEE_MEMBER'), 'NONE'],
    [as('AUDITOR'), 'NONE'],
    [as('MASS_ORG_STAFF', 'mo'), 'NONE'],
    [as('TRAINING_CENTRE'), 'NONE'],
    [null, 'NONE'],
  ])('%j → %s', (identity, expected) => {
    expect(nationalIdVisibility(identity)).toBe(expected);
  });
});
