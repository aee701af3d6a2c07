import { checkTrainingPolicy, DEFAULT_TRAINING_POLICY, type TrainingPolicy } from './training.policy';
import { outcomeOf } from './training.fixtures';

describe('training policy', () => {
  it('defaults to 60 months of validity, a 6-month renewal window and 80% attendance with a pass', () => {
    expect(DEFAULT_TRAINING_POLICY).toMatchObject({ awarenessValidityMonths: 60, renewalWindowMonths: 6, completionAttendancePercent: 80, completionRequiresPass: true });
  });

  it.each<[string, Partial<TrainingPolicy>, string]>([
    ['the defaults', {}, 'OK'],
    ['a window one month shorter than the validity', { renewalWindowMonths: 59 }, 'OK'],
    ['a window as long as the validity', { renewalWindowMonths: 60 }, 'TRAINING.POLICY_RANGE'],
    ['a validity shorter than the window', { awarenessValidityMonths: 3 }, 'TRAINING.POLICY_RANGE'],
  ])('%s → %s', (_case, overrides, expected) => {
    expect(outcomeOf(() => checkTrainingPolicy({ ...DEFAULT_TRAINING_POLICY, ...overrides }))).toBe(expected);
  });
});
