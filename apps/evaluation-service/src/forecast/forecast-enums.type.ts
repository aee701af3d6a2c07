import { registerEnumType } from 'type-graphql';
import type { AttainmentStatus, ForecastBasis, ForecastStatus } from '@pdv/evaluation-domain';
import { described, enumOf } from '../common/graphql-enums.type';

export const AttainmentStatusEnum = enumOf<AttainmentStatus>(['MET', 'BEHIND', 'EXEMPT']);
registerEnumType(AttainmentStatusEnum, {
  name: 'AttainmentStatus',
  description: 'Where a unit stands against its per-unit targets of the year.',
  valuesConfig: described<AttainmentStatus>({
    MET: ['Every target that applies is met', 'đạt chỉ tiêu'],
    BEHIND: ['A target that applies is not met yet', 'chưa đạt chỉ tiêu'],
    EXEMPT: ['Exempt from the per-unit targets this year; its results still count in the ward’s totals', 'miễn chỉ tiêu'],
  }),
});

export const TargetStatusEnum = enumOf<'MET' | 'BEHIND'>(['MET', 'BEHIND']);
registerEnumType(TargetStatusEnum, {
  name: 'TargetStatus',
  description: 'Whether one target is met.',
  valuesConfig: described<'MET' | 'BEHIND'>({ MET: ['Met', 'đạt'], BEHIND: ['Not met yet', 'chưa đạt'] }),
});

export const ForecastStatusEnum = enumOf<ForecastStatus>(['MET', 'ON_TRACK', 'AT_RISK', 'EXEMPT']);
registerEnumType(ForecastStatusEnum, {
  name: 'ForecastStatus',
  description: 'What the year will likely end with, against the admissions required.',
  valuesConfig: described<ForecastStatus>({
    MET: ['Already admitted as many as required', 'đã đạt'],
    ON_TRACK: ['Likely to reach the target from the pipeline as it stands', 'dự kiến đạt'],
    AT_RISK: ['Likely to fall short: act on the explanation', 'có nguy cơ không đạt'],
    EXEMPT: ['Exempt from the per-unit targets this year', 'miễn chỉ tiêu'],
  }),
});

export const ForecastBasisEnum = enumOf<ForecastBasis>(['UNIT', 'WARD', 'DEFAULT']);
registerEnumType(ForecastBasisEnum, {
  name: 'ForecastBasis',
  description: 'Where a stage’s conversion and time in the forecast come from.',
  valuesConfig: described<ForecastBasis>({
    UNIT: ['The unit’s own history this year', 'số liệu của đơn vị'],
    WARD: ['The ward’s history this year (the unit has too little of its own)', 'số liệu của toàn phường'],
    DEFAULT: ['The policy’s defaults (too little history anywhere)', 'giá trị mặc định'],
  }),
});
