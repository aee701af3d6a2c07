import { outcomeOf } from './admission.fixtures';
import { DEFAULT_ADMISSION_POLICY } from './admission.policy';
import { competentCommitteeOutcome, type DossierStatus, type DossierStep, nextDossierStatus } from './dossier-status.rules';

describe('the dossier’s stages', () => {
  const plain = { hasGrassrootsCommittee: false };
  const underCommittee = { hasGrassrootsCommittee: true };
  it.each<[string, DossierStatus, DossierStep, { hasGrassrootsCommittee: boolean }, string]>([
    ['a paper while open', 'OPEN', { kind: 'RECORD_PAPER' }, plain, 'OPEN'],
    ['a paper after the vote', 'CELL_RESOLVED', { kind: 'RECORD_PAPER' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['a passed vote', 'OPEN', { kind: 'CELL_RESOLUTION_PASSED' }, plain, 'CELL_RESOLVED'],
    ['a decision straight after the cell, no grassroots committee', 'CELL_RESOLVED', { kind: 'DECISION_MADE' }, plain, 'DECIDED'],
    ['a decision straight after the cell under a grassroots committee', 'CELL_RESOLVED', { kind: 'DECISION_MADE' }, underCommittee, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['the grassroots resolution, then the decision', 'GRASSROOTS_RESOLVED', { kind: 'DECISION_MADE' }, underCommittee, 'DECIDED'],
    ['a ceremony before the decision', 'CELL_RESOLVED', { kind: 'CEREMONY_HELD' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['the ceremony', 'DECIDED', { kind: 'CEREMONY_HELD' }, plain, 'PROBATION'],
    ['a recognition vote keeps the stage', 'PROBATION', { kind: 'RECOGNITION_RESOLUTION' }, plain, 'PROBATION'],
    ['no recognition vote before the ceremony', 'DECIDED', { kind: 'RECOGNITION_RESOLUTION' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['recognition', 'PROBATION', { kind: 'RECOGNISED' }, plain, 'OFFICIAL'],
    ['name removal', 'PROBATION', { kind: 'NAME_REMOVED', reason: 'Không đủ tư cách' }, plain, 'NAME_REMOVED'],
    ['a rejection after the cell', 'CELL_RESOLVED', { kind: 'REJECT', reason: 'Thẩm tra bổ sung' }, plain, 'REJECTED'],
    ['a rejection after the decision', 'DECIDED', { kind: 'REJECT', reason: 'x' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['a withdrawal before the ceremony', 'DECIDED', { kind: 'WITHDRAW', reason: 'Chuyển nơi ở' }, plain, 'WITHDRAWN'],
    ['a withdrawal in probation', 'PROBATION', { kind: 'WITHDRAW', reason: 'x' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['annulment of an official member', 'OFFICIAL', { kind: 'ANNUL', reason: 'Kết nạp sai quy định' }, plain, 'ANNULLED'],
    ['annulment of an open dossier', 'OPEN', { kind: 'ANNUL', reason: 'x' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['anything after a withdrawal', 'WITHDRAWN', { kind: 'CELL_RESOLUTION_PASSED' }, plain, 'ADMISSION.TRANSITION_NOT_ALLOWED'],
    ['a rejection without a reason', 'OPEN', { kind: 'REJECT', reason: '  ' }, plain, 'BAD_USER_INPUT'],
  ])('%s', (_case, current, step, context, expected) => {
    let result = '';
    const outcome = outcomeOf(() => {
      result = nextDossierStatus(current, step, context);
    });
    expect(outcome === 'OK' ? result : outcome).toBe(expected);
  });
});

describe('ADMISSION.COMPETENT_COMMITTEE', () => {
  it.each<[string, string[], string]>([
    ['the ward standing committee', ['WARD_STANDING_COMMITTEE'], 'MET'],
    ['the party-building board', ['PARTY_BUILDING_BOARD'], 'NOT_MET'],
    ['a cell secretary', ['CELL_SECRETARY'], 'NOT_MET'],
  ])('%s → %s', (_case, deciderRoles, expected) => {
    expect(competentCommitteeOutcome({ deciderRoles, policy: DEFAULT_ADMISSION_POLICY }).status).toBe(expected);
  });

  it('follows the tree’s policy', () => {
    expect(competentCommitteeOutcome({ deciderRoles: ['GRASSROOTS_STANDING_COMMITTEE'], policy: { competentCommitteeRole: 'GRASSROOTS_STANDING_COMMITTEE' } }).status).toBe('MET');
  });
});
