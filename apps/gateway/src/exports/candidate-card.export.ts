import type { ExportDefinition } from '@pdv/exports';
import { birthDateOrYear, EDUCATION, GENDER, SOURCE, STATUS } from './sourcing-labels';

/**
 * A candidate's profile card (phiếu thông tin quần chúng ưu tú): one page a secretary prints
 * for the cell meeting or the dossier. The API decides whether the caller may see the person
 * at all (NOT_FOUND otherwise) and how much: the ID number is masked for roles that do not
 * handle dossiers, oversight roles get the birth year, and each read is audited.
 */
export const candidateCardExport: ExportDefinition = {
  name: 'candidate-card',
  roles: ['CELL_SECRETARY', 'PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'COMMITTEE_MEMBER', 'AUDITOR'],
  operation: `
    query CandidateCardExport($id: ID!) {
      candidate(id: $id) {
        fullName dateOfBirth birthYear gender nationalId occupation educationLevel sourceCategory referredOn acceptedOn status
      }
    }`,
  rows: { path: 'candidate' },
  formats: ['pdf'],
  title: 'Phiếu thông tin quần chúng ưu tú',
  fileName: 'phieu-thong-tin-quan-chung',
  columns: [],
  pdf: {
    signatures: ['Người lập phiếu', 'T/M chi ủy'],
    document: {
      lines: [
        { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', bold: true, align: 'right', size: 10 },
        { text: 'PHIẾU THÔNG TIN QUẦN CHÚNG ƯU TÚ', bold: true, align: 'center', size: 16, gapBefore: 28 },
        { text: 'trong nguồn phát triển đảng viên', align: 'center', size: 11, gapBefore: 2 },
        { label: 'Họ và tên', value: { path: 'fullName' }, bold: true, size: 13, gapBefore: 24 },
        { label: 'Ngày sinh (năm sinh)', value: birthDateOrYear, gapBefore: 8 },
        { label: 'Giới tính', value: { path: 'gender', labels: GENDER }, gapBefore: 8 },
        { label: 'Số định danh cá nhân', value: { path: 'nationalId' }, gapBefore: 8 },
        { label: 'Nghề nghiệp', value: { path: 'occupation' }, gapBefore: 8 },
        { label: 'Trình độ học vấn', value: { path: 'educationLevel', labels: EDUCATION }, gapBefore: 8 },
        { label: 'Nguồn (đối tượng)', value: { path: 'sourceCategory', labels: SOURCE }, gapBefore: 8 },
        { label: 'Ngày được giới thiệu', value: { path: 'referredOn', as: 'date' }, gapBefore: 8 },
        { label: 'Ngày vào nguồn', value: { path: 'acceptedOn', as: 'date' }, gapBefore: 8 },
        { label: 'Tình trạng', value: { path: 'status', labels: STATUS }, gapBefore: 8 },
      ],
    },
  },
};
