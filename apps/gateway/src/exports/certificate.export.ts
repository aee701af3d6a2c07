import type { ExportDefinition } from '@pdv/exports';
import { COURSE_KIND, personBirth, personName } from './training-labels';

/**
 * A certificate (giấy chứng nhận) as the centre prints it: one framed page with the holder's
 * Vietnamese name set in the embedded font (from sourcing or the organisation service through
 * federation), the course, the institution, the number, the issue date, the last valid day and
 * the verification code a verifier types into `verifyCertificate`.
 */
export const certificateExport: ExportDefinition = {
  name: 'certificate',
  roles: ['TRAINING_CENTRE', 'PARTY_BUILDING_BOARD'],
  operation: `
    query CertificateExport($id: ID!) {
      certificate(id: $id) {
        number verificationCode issuedOn validUntil courseKind
        course { title startsOn endsOn }
        institution { name }
        candidate { fullName dateOfBirth birthYear }
        member { fullName dateOfBirth }
      }
    }`,
  rows: { path: 'certificate' },
  formats: ['pdf'],
  title: 'Giấy chứng nhận',
  fileName: 'giay-chung-nhan',
  columns: [],
  pdf: {
    signatures: ['Giám đốc'],
    document: {
      lines: [
        { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, align: 'center', size: 11 },
        { text: 'Độc lập - Tự do - Hạnh phúc', align: 'center', size: 11, gapBefore: 2 },
        { label: 'Cơ sở đào tạo', value: { path: 'institution.name' }, align: 'center', gapBefore: 20 },
        { text: 'GIẤY CHỨNG NHẬN', bold: true, align: 'center', size: 20, gapBefore: 24 },
        { label: 'Chứng nhận đồng chí', value: personName, bold: true, size: 14, gapBefore: 24 },
        { label: 'Ngày sinh', value: personBirth, gapBefore: 8 },
        { label: 'Đã hoàn thành lớp', value: { path: 'courseKind', labels: COURSE_KIND }, gapBefore: 8 },
        { label: 'Khóa học', value: { path: 'course.title' }, gapBefore: 8 },
        { label: 'Từ ngày', value: { path: 'course.startsOn', as: 'date' }, gapBefore: 8 },
        { label: 'Đến ngày', value: { path: 'course.endsOn', as: 'date' }, gapBefore: 8 },
        { label: 'Số', value: { path: 'number' }, gapBefore: 16 },
        { label: 'Ngày cấp', value: { path: 'issuedOn', as: 'date' }, gapBefore: 8 },
        { label: 'Có giá trị đến hết ngày', value: { path: 'validUntil', as: 'date' }, gapBefore: 8 },
        { label: 'Mã xác minh', value: { path: 'verificationCode' }, bold: true, gapBefore: 8 },
      ],
    },
  },
};
