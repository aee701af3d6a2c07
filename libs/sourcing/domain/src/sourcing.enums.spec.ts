import {
  DECLINE_REASONS as CONTRACT_DECLINE_REASONS,
  EDUCATION_LEVELS as CONTRACT_EDUCATION_LEVELS,
  SOURCE_CATEGORIES as CONTRACT_SOURCE_CATEGORIES,
  WITHDRAWAL_REASONS as CONTRACT_WITHDRAWAL_REASONS,
  PARTY_MEMBER_STATUSES as CONTRACT_PARTY_MEMBER_STATUSES,
} from '@pdv/contracts';
import {
  CANDIDATE_STATUS_LABELS,
  CANDIDATE_STATUSES,
  DECLINE_REASON_LABELS,
  DECLINE_REASONS,
  EDUCATION_LEVEL_LABELS,
  EDUCATION_LEVELS,
  GENDER_LABELS,
  GENDERS,
  MASS_ORGANISATION_KIND_LABELS,
  MASS_ORGANISATION_KINDS,
  PARTY_MEMBER_STATUSES,
  SOURCE_CATEGORIES,
  SOURCE_CATEGORY_LABELS,
  WITHDRAWAL_REASON_LABELS,
  WITHDRAWAL_REASONS,
  type Label,
} from './index';

describe('the vocabulary', () => {
  it.each<[string, readonly string[], Readonly<Record<string, Label>>]>([
    ['mass organisation kinds', MASS_ORGANISATION_KINDS, MASS_ORGANISATION_KIND_LABELS],
    ['source categories', SOURCE_CATEGORIES, SOURCE_CATEGORY_LABELS],
    ['genders', GENDERS, GENDER_LABELS],
    ['education levels', EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS],
    ['candidate statuses', CANDIDATE_STATUSES, CANDIDATE_STATUS_LABELS],
    ['decline reasons', DECLINE_REASONS, DECLINE_REASON_LABELS],
    ['withdrawal reasons', WITHDRAWAL_REASONS, WITHDRAWAL_REASON_LABELS],
  ])('%s have an English and a Vietnamese label each', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) {
      expect(labels[value].en).not.toBe('');
      expect(labels[value].vi).not.toBe('');
    }
  });

  it.each<[string, readonly string[], readonly string[]]>([
    ['source categories', SOURCE_CATEGORIES, CONTRACT_SOURCE_CATEGORIES],
    ['decline reasons', DECLINE_REASONS, CONTRACT_DECLINE_REASONS],
    ['withdrawal reasons', WITHDRAWAL_REASONS, CONTRACT_WITHDRAWAL_REASONS],
    ['party member statuses', PARTY_MEMBER_STATUSES, CONTRACT_PARTY_MEMBER_STATUSES],
    // In the same order: admission compares a referral's level with the Charter's minimum on this scale.
    ['education levels', EDUCATION_LEVELS, CONTRACT_EDUCATION_LEVELS],
  ])('%s match the event contracts exactly', (_name, domain, contract) => {
    expect([...domain]).toEqual([...contract]);
  });
});
