import type { ExportDefinition } from '@pdv/exports';

const DOCUMENT_KIND: Record<string, string> = {
  APPLICATION_LETTER: 'Đơn xin vào Đảng',
  PERSONAL_HISTORY: 'Lý lịch của người xin vào Đảng',
  BACKGROUND_VERIFICATION: 'Thẩm tra lý lịch',
  INTRODUCTIONS: 'Giấy giới thiệu người vào Đảng',
  MASS_ORGANISATION_COMMENTS: 'Nhận xét của tổ chức đoàn thể',
  RESIDENCE_CELL_COMMENTS: 'Nhận xét của chi ủy nơi cư trú',
};

/**
 * The checklist of a candidate's admission dossier (danh mục hồ sơ kết nạp): the papers it
 * holds in the Charter's order, each with the date it bears and where its scan is kept, as the
 * cell brings it to the meeting. Personal history and verification results are never in it.
 */
export const admissionDossierChecklistExport: ExportDefinition = {
  name: 'admission-dossier-checklist',
  roles: ['CELL_SECRETARY', 'PARTY_BUILDING_BOARD', 'WARD_STANDING_COMMITTEE'],
  operation: `
    query AdmissionDossierChecklistExport($id: ID!) {
      admissionDossier(id: $id) {
        documents { kind date fileReference recordedByRole }
      }
    }`,
  rows: { path: 'admissionDossier.documents' },
  formats: ['pdf'],
  title: 'Danh mục hồ sơ đề nghị kết nạp đảng viên',
  fileName: 'danh-muc-ho-so-ket-nap',
  columns: [
    { header: 'STT', value: 'index', width: 5 },
    { header: 'Giấy tờ', value: { path: 'kind', labels: DOCUMENT_KIND }, width: 34 },
    { header: 'Ngày', value: { path: 'date', as: 'date' }, width: 12, align: 'center' },
    { header: 'Nơi lưu bản chụp', value: { path: 'fileReference' }, width: 30 },
  ],
  pdf: { signatures: ['Người lập', 'T/M chi ủy'] },
};
