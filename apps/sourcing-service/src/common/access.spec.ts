import type { Identity, Role } from '@pdv/auth';
import { candidateVisibility, referralVisibility } from './access';

const identity = (role: Role, scopeId: string | null = null): Identity => ({ userId: 'u', role, scopeId });

describe('candidateVisibility', () => {
  it.each(['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD', 'COMMITTEE_MEMBER', 'AUDITOR'] as const)('%s sees the whole ward', (role) => {
    expect(candidateVisibility(identity(role))).toEqual({ sql: 'true', params: [] });
  });

  it('limits a cell secretary to the candidates of their subtree', () => {
    expect(candidateVisibility(identity('CELL_SECRETARY', 'cell-1'), 'x')).toEqual({
      sql: 'x.cell_id in (select id from org_subtree(?::uuid))',
      params: ['cell-1'],
    });
  });

  it('limits mass-organisation staff to the people their organisation (and its branches) referred', () => {
    const condition = candidateVisibility(identity('MASS_ORG_STAFF', 'youth'));
    expect(condition.sql).toMatch(/exists \(select 1 from referral vr where vr.candidate_id = c.id/);
    expect(condition.sql).toMatch(/mass_organisation_subtree\(\?::uuid\)/);
    expect(condition.params).toEqual(['youth']);
  });

  it('shows the training centre accepted candidates only', () => {
    expect(candidateVisibility(identity('TRAINING_CENTRE'))).toEqual({
      sql: 'c.status = any(?::text[])',
      params: ['{"IN_SOURCE_POOL","IN_TRAINING","TRAINED","IN_ADMISSION","ADMITTED"}'],
    });
  });

  it('refuses a scoped role whose token has no scope', () => {
    expect(() => candidateVisibility(identity('CELL_SECRETARY'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => referralVisibility(identity('MASS_ORG_STAFF'))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});

describe('referralVisibility', () => {
  it.each([
    ['AUDITOR', null, 'true'],
    ['CELL_SECRETARY', 'cell-1', 'r.cell_id in (select id from org_subtree(?::uuid))'],
    ['MASS_ORG_STAFF', 'youth', 'r.mass_organisation_id in (select id from mass_organisation_subtree(?::uuid))'],
    ['TRAINING_CENTRE', null, 'false'],
  ] as const)('%s → %s', (role, scope, sql) => {
    expect(referralVisibility(identity(role, scope)).sql).toBe(sql);
  });
});
