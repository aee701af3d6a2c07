import type { ExportDefinition, ExportVariables } from '@pdv/exports';
import { birthDateOrYear, EDUCATION, GENDER, SOURCE, STATUS } from './sourcing-labels';

function year(variables: ExportVariables): number | null {
  return typeof variables.year === 'number' ? variables.year : null;
}

/**
 * The source pool (nguồn phát triển đảng viên): the candidates the caller may see that the
 * cells are nurturing, with what a secretary prints for a cell meeting. The API decides the
 * rows (a secretary's subtree) and the fields (dates of birth, read and audited as such).
 */
export const sourcePoolExport: ExportDefinition = {
  name: 'source-pool',
  roles: ['CELL_SECRETARY', 'PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE', 'COMMITTEE_MEMBER', 'AUDITOR'],
  operation: `
    query SourcePoolExport(
      $first: Int
      $after: String
      $organisationId: ID
      $year: Int
      $sourceCategory: SourceCategory
      $statuses: [CandidateStatus!] = [IN_SOURCE_POOL, IN_TRAINING, TRAINED, IN_ADMISSION]
    ) {
      candidates(
        first: $first
        after: $after
        filter: { statuses: $statuses, organisationId: $organisationId, year: $year, sourceCategory: $sourceCategory }
      ) {
        totalCount
        edges {
          node { fullName dateOfBirth birthYear gender occupation educationLevel sourceCategory acceptedOn status }
        }
        pageInfo { hasNextPage endCursor }
      }
    }`,
  rows: { path: 'candidates', connection: { afterVariable: 'after', pageSizeVariable: 'first', pageSize: 100 } },
  formats: ['xlsx', 'pdf'],
  title: (variables) => (year(variables) ? `Danh sách quần chúng ưu tú trong nguồn năm ${year(variables)}` : 'Danh sách quần chúng ưu tú trong nguồn'),
  fileName: 'danh-sach-nguon-phat-trien-dang-vien',
  columns: [
    { header: 'STT', value: 'index', width: 5 },
    { header: 'Họ và tên', value: { path: 'fullName' }, width: 24 },
    { header: 'Ngày sinh', value: birthDateOrYear, width: 11, align: 'center' },
    { header: 'Giới tính', value: { path: 'gender', labels: GENDER }, width: 8, align: 'center' },
    { header: 'Nghề nghiệp', value: { path: 'occupation' }, width: 20 },
    { header: 'Trình độ học vấn', value: { path: 'educationLevel', labels: EDUCATION }, width: 16 },
    { header: 'Nguồn', value: { path: 'sourceCategory', labels: SOURCE }, width: 22 },
    { header: 'Ngày vào nguồn', value: { path: 'acceptedOn', as: 'date' }, width: 11, align: 'center' },
    { header: 'Tình trạng', value: { path: 'status', labels: STATUS }, width: 16 },
  ],
  pdf: { orientation: 'landscape', signatures: ['Người lập danh sách', 'T/M chi ủy'] },
};
