import { registerEnumType } from 'type-graphql';
import { RATING_LEVELS, type RatingLevel } from '@pdv/evaluation-domain';

// The rating's closed sets, as the domain has them (common/graphql-enums.type.ts has the
// targets' and the funnel's), each value described in English and in the ward's Vietnamese.

export const RatingLevelEnum = Object.fromEntries(RATING_LEVELS.map((v) => [v, v])) as Record<RatingLevel, RatingLevel>;
registerEnumType(RatingLevelEnum, {
  name: 'RatingLevel',
  description: 'A year-end quality rating level (2025 rules).',
  valuesConfig: {
    EXCELLENT: { description: 'Excellent: 90 points or more, every task done, enough exceeded (hoàn thành xuất sắc nhiệm vụ).' },
    GOOD: { description: 'Good: 70 to under 90 points (hoàn thành tốt nhiệm vụ).' },
    COMPLETED: { description: 'Completed: 50 to under 70 points (hoàn thành nhiệm vụ).' },
    NOT_COMPLETED: { description: 'Not completed: under 50 points (không hoàn thành nhiệm vụ).' },
  },
});

export enum RatingSubjectKindEnum {
  ORGANISATION = 'ORGANISATION',
  MEMBER = 'MEMBER',
}
registerEnumType(RatingSubjectKindEnum, {
  name: 'RatingSubjectKind',
  description: 'What is rated.',
  valuesConfig: {
    ORGANISATION: { description: 'A grassroots party organisation or cell (tổ chức đảng).' },
    MEMBER: { description: 'A party member (đảng viên).' },
  },
});

export enum CriterionBasisEnum {
  UNIT = 'UNIT',
  LEADER = 'LEADER',
  SUPERVISOR = 'SUPERVISOR',
  NONE = 'NONE',
}
registerEnumType(CriterionBasisEnum, {
  name: 'CriterionBasis',
  description: 'Whose results the member-development criterion of a rating is computed from.',
  valuesConfig: {
    UNIT: { description: 'The organisation’s own results.' },
    LEADER: { description: 'The results of the unit the member leads (cấp ủy, bí thư).' },
    SUPERVISOR: { description: 'The mean of the units the committee member supervised, less missed monthly reviews (ủy viên phụ trách).' },
    NONE: { description: 'No criterion: the member neither leads nor supervises a unit.' },
  },
});

export enum CriterionPartKindEnum {
  TARGETS_MET = 'TARGETS_MET',
  PROBATIONERS_RECOGNISED_ON_TIME = 'PROBATIONERS_RECOGNISED_ON_TIME',
  NO_ADMISSION_ANNULLED = 'NO_ADMISSION_ANNULLED',
}
registerEnumType(CriterionPartKindEnum, {
  name: 'CriterionPart',
  description: 'A part of the member-development criterion, each worth the points the ward sets.',
  valuesConfig: {
    TARGETS_MET: { description: 'The unit met its targets for the year (an exempt unit counts as meeting them).' },
    PROBATIONERS_RECOGNISED_ON_TIME: { description: 'Every probationer due in the year was recognised on time.' },
    NO_ADMISSION_ANNULLED: { description: 'No admission of the unit was annulled in the year.' },
  },
});
