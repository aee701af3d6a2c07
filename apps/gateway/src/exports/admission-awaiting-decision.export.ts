import type { ExportDefinition } from '@pdv/exports';
import { birthDateOrYear } from './sourcing-labels';

/**
 * The dossiers awaiting the standing committee's decision (danh sách hồ sơ đề nghị kết nạp):
 * those the cell resolved in the organisation asked for and the cells under it, as the
 * committee's meeting reads them — the person, their date of birth, the cell, the day the
 * dossier was opened. The API decides the rows (the caller's scope) and the fields.
 */
export const admissionAwaitingDecisionExport: ExportDefinition = {
  name: 'admission-awaiting-decision',
  roles: ['PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE'],
  operation: `
    query AdmissionAwaitingDecisionExport($organisationId: ID!, $first: Int, $after: String) {
      organisation(id: $organisationId) {
        dossiers(status: CELL_RESOLVED, first: $first, after: $after) {
          totalCount
          edges {
            node { openedOn candidate { fullName dateOfBirth birthYear } cell { name } }
          }
          pageInfo { hasNextPage endCursor }
        }
      }
    }`,
  rows: { path: 'organisation.dossiers', connection: { afterVariable: 'after', pageSizeVariable: 'first', pageSize: 100 } },
  formats: ['xlsx', 'pdf'],
  title: 'Danh sách hồ sơ đề nghị kết nạp đảng viên chờ Ban Thường vụ quyết định',
  fileName: 'danh-sach-ho-so-cho-quyet-dinh-ket-nap',
  columns: [
    { header: 'STT', value: 'index', width: 5 },
    { header: 'Họ và tên', value: { path: 'candidate.fullName' }, width: 26 },
    { header: 'Ngày sinh', value: (node) => birthDateOrYear((node as { candidate?: unknown }).candidate ?? {}), width: 11, align: 'center' },
    { header: 'Chi bộ', value: { path: 'cell.name' }, width: 26 },
    { header: 'Ngày lập hồ sơ', value: { path: 'openedOn', as: 'date' }, width: 12, align: 'center' },
  ],
  pdf: { orientation: 'landscape', signatures: ['Người lập danh sách', 'T/M Ban Thường vụ'] },
};
