import { registerEnumType } from 'type-graphql';
import { FUNNEL_STAGES, type FunnelStage, TARGET_KINDS, type TargetKind } from '@pdv/evaluation-domain';

// GraphQL enums mirror the domain's closed sets one to one, so a value means the same in the
// database, the events and the API; the schema documents each value in English and in the
// Vietnamese the ward uses.

export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const described = <T extends string>(labels: Readonly<Record<T, [string, string]>>) =>
  Object.fromEntries(Object.entries<[string, string]>(labels).map(([value, [en, vi]]) => [value, { description: `${en} (${vi}).` }])) as Record<T, { description: string }>;

export const TargetKindEnum = enumOf(TARGET_KINDS);
registerEnumType(TargetKindEnum, {
  name: 'TargetKind',
  description: 'What a target of the plan counts, and for whom.',
  valuesConfig: described<TargetKind>({
    WARD_ADMISSIONS: ['New members the ward admits in a year', 'số đảng viên mới kết nạp hằng năm của Đảng bộ phường'],
    WARD_AWARENESS_TRAINED: ['Candidates the ward trains in party awareness in a year', 'số quần chúng được bồi dưỡng nhận thức về Đảng hằng năm'],
    CELL_SENT_TO_TRAINING: ['Candidates each cell sends to awareness training in a year', 'số quần chúng mỗi chi bộ cử đi bồi dưỡng nhận thức về Đảng'],
    UNIT_ADMISSIONS: ['New members each grassroots organisation admits in a year, a band', 'số đảng viên mới mỗi đảng bộ, chi bộ kết nạp hằng năm'],
    UNIT_ADMISSION_RATE: ['Admissions as a share of the members at the start of the year', 'tỷ lệ kết nạp trên tổng số đảng viên của đảng bộ, chi bộ'],
    TERM_ADMISSIONS: ['New members admitted over the term', 'số đảng viên mới kết nạp cả nhiệm kỳ'],
    TERM_AWARENESS_TRAINED: ['Candidates trained in party awareness over the term', 'số quần chúng được bồi dưỡng nhận thức cả nhiệm kỳ'],
    MASS_ORGANISATION_REFERRALS: ['A mass organisation’s referral quota for a year', 'chỉ tiêu giới thiệu quần chúng ưu tú của tổ chức chính trị - xã hội'],
  }),
});

export const FunnelStageEnum = enumOf(FUNNEL_STAGES);
registerEnumType(FunnelStageEnum, {
  name: 'FunnelStage',
  description: 'A stage of the way from referral to official member.',
  valuesConfig: described<FunnelStage>({
    REFERRED: ['Referred by a mass organisation', 'được giới thiệu'],
    ACCEPTED: ['Accepted into a cell’s source pool', 'được nhận vào nguồn'],
    SENT_TO_TRAINING: ['Sent to an awareness course', 'được cử đi học lớp nhận thức về Đảng'],
    TRAINED: ['Awarded the awareness certificate', 'được cấp giấy chứng nhận'],
    DOSSIER_OPENED: ['Admission dossier opened', 'lập hồ sơ kết nạp'],
    CELL_RESOLVED: ['Resolved by the cell’s vote', 'chi bộ ra nghị quyết'],
    DECIDED: ['Admission decided by the competent committee', 'có quyết định kết nạp'],
    ADMITTED: ['Admitted at the ceremony, on probation', 'kết nạp, dự bị'],
    RECOGNISED: ['Recognised as an official member', 'công nhận đảng viên chính thức'],
    NAME_REMOVED: ['Name removed from the probationary list', 'xóa tên'],
    ANNULLED: ['Admission annulled', 'hủy quyết định kết nạp'],
  }),
});
