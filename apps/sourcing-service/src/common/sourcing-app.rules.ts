import { defineRules } from '@pdv/errors';

/**
 * Rules this service enforces that depend on its own data (read models, existing rows),
 * next to the domain's SOURCING_RULES. Same conventions: stable ids, no personal data.
 */
export const SOURCING_APP_RULES = defineRules({
  'SOURCING.REFERRAL_TO_A_CELL': {
    id: 'SOURCING.REFERRAL_TO_A_CELL',
    statement: 'A referral goes to an existing party cell of the ward that is still active.',
    remedy: 'Choose the cell from the list of cells (its code or id).',
    vi: {
      statement: 'Lần giới thiệu gửi đến một chi bộ của phường đang hoạt động.',
      remedy: 'Chọn chi bộ trong danh sách chi bộ (theo mã hoặc mã định danh).',
    },
  },
  'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL': {
    id: 'SOURCING.CANDIDATE_IN_AN_ACTIVE_CELL',
    statement: 'A candidate is moved only to an existing party cell of the ward that is still active.',
    remedy: 'Choose the cell from the list of cells; a closed cell can no longer nurture candidates.',
    vi: {
      statement: 'Chỉ chuyển quần chúng đến một chi bộ của phường đang hoạt động.',
      remedy: 'Chọn chi bộ trong danh sách chi bộ; chi bộ đã kết thúc không còn bồi dưỡng quần chúng.',
    },
  },
  'SOURCING.MASS_ORGANISATION_ACTIVE': {
    id: 'SOURCING.MASS_ORGANISATION_ACTIVE',
    statement: 'Only an active mass organisation can refer people or receive a quota.',
    remedy: 'Ask the party-building board to reactivate the organisation, or choose another.',
    vi: {
      statement: 'Chỉ tổ chức chính trị - xã hội đang hoạt động mới được giới thiệu người hoặc nhận chỉ tiêu.',
      remedy: 'Đề nghị Ban Xây dựng Đảng cho tổ chức hoạt động lại, hoặc chọn tổ chức khác.',
    },
  },
  'SOURCING.REFERRAL_DECIDED': {
    id: 'SOURCING.REFERRAL_DECIDED',
    statement: 'A referral is accepted or declined once.',
    remedy: 'This referral has already been decided; nothing more to do.',
    vi: {
      statement: 'Lần giới thiệu chỉ được tiếp nhận hoặc không tiếp nhận một lần.',
      remedy: 'Lần giới thiệu này đã được quyết định; không cần làm gì thêm.',
    },
  },
  'SOURCING.NURTURED_BY_ANOTHER_CELL': {
    id: 'SOURCING.NURTURED_BY_ANOTHER_CELL',
    statement: 'A candidate is nurtured by one cell at a time.',
    remedy: 'Decline this referral as a duplicate, or ask the nurturing cell to withdraw the candidate first.',
    vi: {
      statement: 'Mỗi quần chúng chỉ do một chi bộ bồi dưỡng tại một thời điểm.',
      remedy: 'Không tiếp nhận lần giới thiệu này vì trùng, hoặc đề nghị chi bộ đang bồi dưỡng rút quần chúng trước.',
    },
  },
  'SOURCING.QUOTA_SET_BY_FRONT': {
    id: 'SOURCING.QUOTA_SET_BY_FRONT',
    statement: "Referral quotas are set by the Fatherland Front committee (or the party-building board).",
    remedy: 'Ask the Fatherland Front committee to set this quota.',
    vi: {
      statement: 'Chỉ tiêu giới thiệu do Ủy ban Mặt trận Tổ quốc (hoặc Ban Xây dựng Đảng) giao.',
      remedy: 'Đề nghị Ủy ban Mặt trận Tổ quốc giao chỉ tiêu này.',
    },
  },
  'SOURCING.BRANCH_UNDER_WARD_UNIT': {
    id: 'SOURCING.BRANCH_UNDER_WARD_UNIT',
    statement: 'A branch sits under a ward-level unit of the same kind of organisation.',
    remedy: 'Choose a ward-level unit of the same kind as the parent, or create the branch without a parent.',
    vi: {
      statement: 'Chi hội, chi đoàn trực thuộc tổ chức cấp phường cùng loại.',
      remedy: 'Chọn tổ chức cấp phường cùng loại làm cấp trên, hoặc tạo chi hội, chi đoàn không có cấp trên.',
    },
  },
  'SOURCING.DUPLICATE_RESOLVED': {
    id: 'SOURCING.DUPLICATE_RESOLVED',
    statement: 'A possible duplicate is linked or dismissed once.',
    remedy: 'This pair has already been decided.',
    vi: {
      statement: 'Một cặp có thể trùng chỉ được gộp hoặc bỏ qua một lần.',
      remedy: 'Cặp này đã được quyết định.',
    },
  },
  'SOURCING.LINK_KEEPS_ONE_OF_THE_PAIR': {
    id: 'SOURCING.LINK_KEEPS_ONE_OF_THE_PAIR',
    statement: 'Linking two records keeps one of the two.',
    remedy: 'Name one of the two candidates of the pair as the record to keep.',
    vi: {
      statement: 'Gộp hai bản ghi thì giữ lại một trong hai.',
      remedy: 'Chọn một trong hai quần chúng của cặp làm bản ghi được giữ lại.',
    },
  },
  'SOURCING.LINK_ONLY_UNACCEPTED': {
    id: 'SOURCING.LINK_ONLY_UNACCEPTED',
    statement: 'Only a record the cell has not yet accepted can be folded into the other.',
    remedy: 'Keep the record that is already being nurtured, or withdraw the other one first.',
    vi: {
      statement: 'Chỉ bản ghi chưa được chi bộ tiếp nhận mới được gộp vào bản ghi kia.',
      remedy: 'Giữ bản ghi đang được bồi dưỡng, hoặc rút bản ghi kia trước.',
    },
  },
  'SOURCING.REVIEW_NURTURED_ONLY': {
    id: 'SOURCING.REVIEW_NURTURED_ONLY',
    statement: 'Monthly reviews are recorded for candidates the cell is nurturing.',
    remedy: 'Accept the candidate into the source pool first.',
    vi: {
      statement: 'Nhận xét hằng tháng được ghi cho quần chúng mà chi bộ đang bồi dưỡng.',
      remedy: 'Tiếp nhận quần chúng vào nguồn trước.',
    },
  },
  'SOURCING.REVIEW_DATE': {
    id: 'SOURCING.REVIEW_DATE',
    statement: 'A review is dated on or after the candidate’s acceptance and not in the future.',
    remedy: 'Enter the date of the cell meeting that reviewed the candidate.',
    vi: {
      statement: 'Nhận xét có ngày vào hoặc sau ngày tiếp nhận quần chúng và không ở tương lai.',
      remedy: 'Nhập ngày họp chi bộ đã nhận xét quần chúng.',
    },
  },
  'SOURCING.MENTOR_NOT_ASSIGNED': {
    id: 'SOURCING.MENTOR_NOT_ASSIGNED',
    statement: 'Only a current mentor of the candidate can be released.',
    remedy: 'Check the candidate’s list of mentors.',
    vi: {
      statement: 'Chỉ thôi phân công được đảng viên đang giúp đỡ quần chúng.',
      remedy: 'Kiểm tra danh sách đảng viên giúp đỡ của quần chúng.',
    },
  },
  'SOURCING.NOTICE_EXISTS': {
    id: 'SOURCING.NOTICE_EXISTS',
    statement: 'A privacy notice version is published once and never changed.',
    remedy: 'Publish the changed notice under a new version.',
    vi: {
      statement: 'Mỗi phiên bản thông báo xử lý dữ liệu cá nhân chỉ công bố một lần và không bao giờ sửa.',
      remedy: 'Công bố thông báo đã sửa dưới một phiên bản mới.',
    },
  },
  'SOURCING.IMPORT_TOO_LARGE': {
    id: 'SOURCING.IMPORT_TOO_LARGE',
    statement: 'A spreadsheet import has a size limit.',
    remedy: 'Split the file into smaller files and upload them one by one.',
    vi: {
      statement: 'Tệp bảng tính nhập dữ liệu có giới hạn dung lượng.',
      remedy: 'Chia tệp thành các tệp nhỏ hơn và tải lên lần lượt.',
    },
  },
});
