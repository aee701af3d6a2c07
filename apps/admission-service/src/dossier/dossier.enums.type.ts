import { registerEnumType } from 'type-graphql';
import { EDUCATION_LEVELS, type EducationLevel } from '@pdv/contracts';
import { DOSSIER_DOCUMENT_KINDS, DOSSIER_STATUSES, type DossierDocumentKind, type DossierStatus, UNION_RESOLUTION_KINDS, VERIFICATION_SUBJECTS, type VerificationSubject } from '@pdv/admission-domain';

// GraphQL enums mirror the domain's closed sets one to one, described in English and in the
// Vietnamese the cells use.

export const DossierDocumentKindEnum = Object.fromEntries(DOSSIER_DOCUMENT_KINDS.map((kind) => [kind, kind])) as Record<DossierDocumentKind, DossierDocumentKind>;
registerEnumType(DossierDocumentKindEnum, {
  name: 'DossierDocumentKind',
  description: 'A paper of the admission dossier, in the Charter’s order (the awareness certificate, first, is the training service’s).',
  valuesConfig: {
    APPLICATION_LETTER: { description: 'Application letter (đơn xin vào Đảng).' },
    PERSONAL_HISTORY: { description: 'Personal history (lý lịch của người xin vào Đảng).' },
    BACKGROUND_VERIFICATION: { description: 'Background verification of the applicant and relatives (thẩm tra lý lịch).' },
    INTRODUCTIONS: { description: 'Introductions (giấy giới thiệu người vào Đảng).' },
    MASS_ORGANISATION_COMMENTS: { description: 'Comments of the mass organisations (nhận xét của tổ chức đoàn thể).' },
    RESIDENCE_CELL_COMMENTS: { description: 'Comments of the residence-area cell (nhận xét của chi ủy nơi cư trú).' },
  },
});

export const DossierStatusEnum = Object.fromEntries(DOSSIER_STATUSES.map((status) => [status, status])) as Record<DossierStatus, DossierStatus>;
registerEnumType(DossierStatusEnum, {
  name: 'DossierStatus',
  description: 'Where an admission dossier stands in the procedure.',
  valuesConfig: {
    OPEN: { description: 'Papers are being gathered (đang lập hồ sơ).' },
    CELL_RESOLVED: { description: 'The cell’s resolution passed (chi bộ đã ra nghị quyết).' },
    GRASSROOTS_RESOLVED: { description: 'The grassroots committee’s resolution passed (đảng ủy cơ sở đã ra nghị quyết).' },
    DECIDED: { description: 'The competent committee decided the admission (đã có quyết định kết nạp).' },
    PROBATION: { description: 'Admitted at the ceremony: a probationary member (đảng viên dự bị).' },
    OFFICIAL: { description: 'Recognised as an official member (đã công nhận đảng viên chính thức).' },
    NAME_REMOVED: { description: 'Not recognised: the name was removed from the probationary list (xóa tên).' },
    REJECTED: { description: 'Not admitted, with a reason (không kết nạp).' },
    WITHDRAWN: { description: 'Withdrawn, with a reason (rút hồ sơ).' },
    ANNULLED: { description: 'A wrongful admission annulled, with a reason (hủy bỏ quyết định kết nạp).' },
  },
});

export const INTRODUCTION_KINDS = ['MEMBER', ...UNION_RESOLUTION_KINDS] as const;
export type IntroductionKind = (typeof INTRODUCTION_KINDS)[number];
export const IntroductionKindEnum = Object.fromEntries(INTRODUCTION_KINDS.map((kind) => [kind, kind])) as Record<IntroductionKind, IntroductionKind>;
registerEnumType(IntroductionKindEnum, {
  name: 'IntroductionKind',
  description: 'Who introduces the applicant (step 5).',
  valuesConfig: {
    MEMBER: { description: 'An official party member (đảng viên chính thức giới thiệu).' },
    YOUTH_UNION_RESOLUTION: { description: 'The grassroots Youth Union committee’s resolution, for a candidate of youth age (nghị quyết của ban chấp hành đoàn cơ sở).' },
    TRADE_UNION_RESOLUTION: { description: 'The trade-union committee’s resolution (nghị quyết của ban chấp hành công đoàn cơ sở).' },
  },
});

export const EducationLevelEnum = Object.fromEntries(EDUCATION_LEVELS.map((level) => [level, level])) as Record<EducationLevel, EducationLevel>;
// Worded as the sourcing service words its EducationLevel enum: one enum in the supergraph.
registerEnumType(EducationLevelEnum, {
  name: 'EducationLevel',
  description: 'Highest level of education completed.',
  valuesConfig: {
    PRIMARY: { description: 'Primary school (Tiểu học).' },
    LOWER_SECONDARY: { description: 'Lower secondary school (Trung học cơ sở).' },
    UPPER_SECONDARY: { description: 'Upper secondary school (Trung học phổ thông).' },
    VOCATIONAL: { description: 'Vocational (intermediate) training (Trung cấp).' },
    COLLEGE: { description: 'College (Cao đẳng).' },
    UNIVERSITY: { description: 'University (Đại học).' },
    POSTGRADUATE: { description: 'Postgraduate (Sau đại học).' },
  },
});

export const VerificationSubjectEnum = Object.fromEntries(VERIFICATION_SUBJECTS.map((subject) => [subject, subject])) as Record<VerificationSubject, VerificationSubject>;
registerEnumType(VerificationSubjectEnum, {
  name: 'VerificationSubject',
  description: 'Whose background is verified (step 4): the applicant, or a relative in scope, by kind.',
  valuesConfig: {
    APPLICANT: { description: 'The applicant (người xin vào Đảng).' },
    FATHER: { description: 'Father (cha đẻ).' },
    MOTHER: { description: 'Mother (mẹ đẻ).' },
    FATHER_IN_LAW: { description: 'Father-in-law (cha vợ/chồng).' },
    MOTHER_IN_LAW: { description: 'Mother-in-law (mẹ vợ/chồng).' },
    GUARDIAN: { description: 'Guardian (người trực tiếp nuôi dưỡng).' },
    SPOUSE: { description: 'Spouse (vợ hoặc chồng).' },
    ADULT_CHILD: { description: 'An adult child (con đã trưởng thành).' },
  },
});

export const VerificationResultEnum = { SATISFACTORY: 'SATISFACTORY', UNSATISFACTORY: 'UNSATISFACTORY' } as const;
registerEnumType(VerificationResultEnum, {
  name: 'VerificationResult',
  description: 'The conclusion of a background verification (personal data).',
  valuesConfig: {
    SATISFACTORY: { description: 'Meets the standard (đạt).' },
    UNSATISFACTORY: { description: 'Does not meet the standard (không đạt).' },
  },
});
