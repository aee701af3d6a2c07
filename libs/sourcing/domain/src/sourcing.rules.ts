import { defineRules } from '@pdv/errors';

/**
 * Every rule the sourcing domain enforces or warns about. Ids are stable: clients switch on
 * them (extensions.rule) and specs assert them. Statements and remedies never carry
 * personal data; the specifics of a case are added where the rule is broken.
 */
export const SOURCING_RULES = defineRules({
  // Candidate status
  'SOURCING.TRANSITION_NOT_ALLOWED': {
    id: 'SOURCING.TRANSITION_NOT_ALLOWED',
    statement: 'A candidate moves through the pipeline in order: referred, source pool, training, admission.',
    remedy: 'Check the candidate’s current status and take the step that comes next.',
    vi: {
      statement: 'Quần chúng đi qua quy trình theo thứ tự: được giới thiệu, vào nguồn, học lớp bồi dưỡng, làm hồ sơ kết nạp.',
      remedy: 'Kiểm tra trạng thái hiện tại của quần chúng và thực hiện bước kế tiếp.',
    },
  },
  'SOURCING.CANDIDATE_CLOSED': {
    id: 'SOURCING.CANDIDATE_CLOSED',
    statement: 'An admitted or withdrawn candidate can no longer be changed.',
    remedy: 'A withdrawn person can come back only through a new referral.',
    vi: {
      statement: 'Quần chúng đã được kết nạp hoặc đã rút khỏi nguồn thì không thay đổi được nữa.',
      remedy: 'Người đã rút khỏi nguồn chỉ trở lại qua một lần giới thiệu mới.',
    },
  },
  'SOURCING.DECLINE_NEEDS_REASON': {
    id: 'SOURCING.DECLINE_NEEDS_REASON',
    statement: 'Declining a referral or a candidate needs a reason from the list; "other" needs a note.',
    remedy: 'Choose a reason, and write a short note if it is "other".',
    vi: {
      statement: 'Không tiếp nhận người được giới thiệu hoặc quần chúng phải chọn lý do trong danh sách; lý do "khác" cần ghi chú.',
      remedy: 'Chọn lý do, và ghi chú ngắn nếu là "khác".',
    },
  },
  'SOURCING.WITHDRAWAL_NEEDS_REASON': {
    id: 'SOURCING.WITHDRAWAL_NEEDS_REASON',
    statement: 'Withdrawing a candidate needs a reason from the list; "other" needs a note.',
    remedy: 'Choose a reason, and write a short note if it is "other".',
    vi: {
      statement: 'Rút quần chúng khỏi nguồn phải chọn lý do trong danh sách; lý do "khác" cần ghi chú.',
      remedy: 'Chọn lý do, và ghi chú ngắn nếu là "khác".',
    },
  },
  'SOURCING.MILESTONE_BEFORE_ACCEPTANCE': {
    id: 'SOURCING.MILESTONE_BEFORE_ACCEPTANCE',
    statement: 'Training and admission steps apply only to candidates a cell has accepted into its source pool.',
    remedy: 'Accept the referral first, or correct the training or admission record that names this candidate.',
    vi: {
      statement: 'Các bước bồi dưỡng và kết nạp chỉ áp dụng cho quần chúng đã được chi bộ tiếp nhận vào nguồn.',
      remedy: 'Tiếp nhận người được giới thiệu trước, hoặc sửa bản ghi bồi dưỡng hay kết nạp có tên quần chúng này.',
    },
  },
  'SOURCING.CEREMONY_AFTER_WITHDRAWAL': {
    id: 'SOURCING.CEREMONY_AFTER_WITHDRAWAL',
    statement: 'An admission ceremony was recorded for a candidate who had been withdrawn.',
    remedy: 'The party-building board must reconcile the withdrawal and the admission records.',
    vi: {
      statement: 'Có lễ kết nạp được ghi nhận cho một quần chúng đã rút khỏi nguồn.',
      remedy: 'Ban Xây dựng Đảng phải đối chiếu lại việc rút khỏi nguồn và hồ sơ kết nạp.',
    },
  },
  'SOURCING.ADMITTED_NOT_REFERABLE': {
    id: 'SOURCING.ADMITTED_NOT_REFERABLE',
    statement: 'A person already admitted to the Party cannot be referred again as a candidate.',
    remedy: 'Do not submit this referral; the person is managed as a party member.',
    vi: {
      statement: 'Người đã được kết nạp vào Đảng không được giới thiệu lại làm quần chúng.',
      remedy: 'Không gửi lần giới thiệu này; người đó được quản lý như đảng viên.',
    },
  },
  'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY': {
    id: 'SOURCING.CELL_CHANGE_OPEN_CANDIDATES_ONLY',
    statement: 'Only a candidate still in the pipeline (referred, in the source pool, in training, trained or in admission) can be moved to another cell.',
    remedy: 'A declined or withdrawn person comes back through a new referral, which names the cell; an admitted person is managed as a party member.',
    vi: {
      statement: 'Chỉ quần chúng còn trong quy trình (được giới thiệu, trong nguồn, đang học, đã học hoặc đang làm hồ sơ kết nạp) mới được chuyển sang chi bộ khác.',
      remedy: 'Người không được tiếp nhận hoặc đã rút trở lại qua một lần giới thiệu mới có nêu chi bộ; người đã kết nạp được quản lý như đảng viên.',
    },
  },
  'SOURCING.CELL_CHANGE_MUST_CHANGE': {
    id: 'SOURCING.CELL_CHANGE_MUST_CHANGE',
    statement: 'Moving a candidate to another cell names a cell other than the one they are in.',
    remedy: 'Choose the cell the candidate should move to.',
    vi: {
      statement: 'Chuyển quần chúng sang chi bộ khác phải nêu chi bộ khác với chi bộ hiện tại.',
      remedy: 'Chọn chi bộ mà quần chúng sẽ chuyển đến.',
    },
  },
  // Referral input
  'SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID': {
    id: 'SOURCING.ONE_CANDIDATE_PER_NATIONAL_ID',
    statement: 'The same person (same national ID number) is one candidate, however many times referred.',
    remedy: 'Keep one row per person; a repeat referral is attached to the existing candidate.',
    vi: {
      statement: 'Cùng một người (cùng số định danh cá nhân) là một quần chúng, dù được giới thiệu bao nhiêu lần.',
      remedy: 'Giữ một dòng cho mỗi người; lần giới thiệu lặp lại được gắn vào quần chúng đã có.',
    },
  },
  'SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH': {
    id: 'SOURCING.REPEAT_REFERRAL_IDENTITY_MISMATCH',
    statement:
      'A referral is recorded only when the national ID number, full name, date of birth and gender agree with the records already held for that number.',
    remedy:
      'Check the national ID number, the full name and the date of birth against the person’s citizen ID card and submit again; nothing was recorded.',
    vi: {
      statement: 'Lần giới thiệu chỉ được ghi nhận khi số định danh cá nhân, họ tên, ngày sinh và giới tính khớp với thông tin đã có của số đó.',
      remedy: 'Đối chiếu số định danh, họ tên và ngày sinh với thẻ căn cước của người đó rồi gửi lại; chưa có gì được ghi nhận.',
    },
  },
  'SOURCING.MIN_AGE': {
    id: 'SOURCING.MIN_AGE',
    statement: 'A person can be referred only from 18 full years of age (high-school students included).',
    remedy: 'Refer the person on or after their 18th birthday.',
    vi: {
      statement: 'Chỉ giới thiệu người đủ 18 tuổi trở lên (kể cả học sinh trung học phổ thông).',
      remedy: 'Giới thiệu người đó từ ngày sinh nhật thứ 18.',
    },
  },
  'SOURCING.AGE_OVER_60': {
    id: 'SOURCING.AGE_OVER_60',
    statement: 'Admission above 60 full years of age needs the written consent of the provincial standing committee.',
    remedy: 'The referral can go ahead; the cell should plan for that consent before the admission vote.',
    vi: {
      statement: 'Kết nạp người trên 60 tuổi phải được Ban Thường vụ Tỉnh ủy, Thành ủy đồng ý bằng văn bản.',
      remedy: 'Vẫn có thể giới thiệu; chi bộ cần chuẩn bị xin ý kiến đó trước khi biểu quyết kết nạp.',
    },
  },
  'SOURCING.EDUCATION_BELOW_MINIMUM': {
    id: 'SOURCING.EDUCATION_BELOW_MINIMUM',
    statement: 'Admission normally needs at least lower secondary education.',
    remedy: 'The referral can go ahead; the cell should check whether an exception applies before admission.',
    vi: {
      statement: 'Kết nạp thường cần trình độ học vấn tối thiểu trung học cơ sở.',
      remedy: 'Vẫn có thể giới thiệu; chi bộ cần kiểm tra có được áp dụng trường hợp ngoại lệ không trước khi kết nạp.',
    },
  },
  'SOURCING.CONSENT_REQUIRED': {
    id: 'SOURCING.CONSENT_REQUIRED',
    statement:
      'Personal data is collected only with the person’s consent to a published privacy notice (Decree 13/2023/NĐ-CP).',
    remedy: 'Record the notice version the person agreed to and when they agreed.',
    vi: {
      statement: 'Dữ liệu cá nhân chỉ được thu thập khi người đó đồng ý với thông báo xử lý dữ liệu đã công bố (Nghị định 13/2023/NĐ-CP).',
      remedy: 'Ghi phiên bản thông báo mà người đó đã đồng ý và thời điểm đồng ý.',
    },
  },
  // Mentors
  'SOURCING.MENTOR_CANDIDATE_STATUS': {
    id: 'SOURCING.MENTOR_CANDIDATE_STATUS',
    statement: 'Mentors are assigned to candidates in the source pool, in training, trained or in admission.',
    remedy: 'Accept the candidate into the source pool first.',
    vi: {
      statement: 'Đảng viên giúp đỡ được phân công cho quần chúng trong nguồn, đang học, đã học hoặc đang làm hồ sơ kết nạp.',
      remedy: 'Tiếp nhận quần chúng vào nguồn trước.',
    },
  },
  'SOURCING.MENTOR_MUST_BE_ACTIVE': {
    id: 'SOURCING.MENTOR_MUST_BE_ACTIVE',
    statement: 'A mentor must be a current member of the ward’s party organisation.',
    remedy: 'Choose a member who is still on the cell’s roll.',
    vi: {
      statement: 'Đảng viên giúp đỡ phải đang sinh hoạt trong Đảng bộ phường.',
      remedy: 'Chọn đảng viên còn trong danh sách của chi bộ.',
    },
  },
  'SOURCING.MENTOR_MUST_BE_OFFICIAL': {
    id: 'SOURCING.MENTOR_MUST_BE_OFFICIAL',
    statement: 'A mentor must be an official party member; probationary members cannot mentor.',
    remedy: 'Choose an official member of the cell.',
    vi: {
      statement: 'Đảng viên giúp đỡ phải là đảng viên chính thức; đảng viên dự bị không được phân công.',
      remedy: 'Chọn một đảng viên chính thức của chi bộ.',
    },
  },
  'SOURCING.MENTOR_AVAILABLE': {
    id: 'SOURCING.MENTOR_AVAILABLE',
    statement: 'A mentor must be taking part in the cell’s activities: not on temporary transfer elsewhere and not exempt from activities.',
    remedy: 'Choose a member who attends the cell’s meetings.',
    vi: {
      statement: 'Đảng viên giúp đỡ phải đang tham gia sinh hoạt chi bộ: không sinh hoạt tạm thời nơi khác và không được miễn sinh hoạt.',
      remedy: 'Chọn đảng viên có dự sinh hoạt chi bộ.',
    },
  },
  'SOURCING.MENTOR_IN_SAME_CELL': {
    id: 'SOURCING.MENTOR_IN_SAME_CELL',
    statement: 'A mentor must belong to the cell that nurtures the candidate.',
    remedy: 'Choose a member of the candidate’s cell.',
    vi: {
      statement: 'Đảng viên giúp đỡ phải thuộc chi bộ đang bồi dưỡng quần chúng.',
      remedy: 'Chọn một đảng viên của chi bộ của quần chúng.',
    },
  },
  'SOURCING.MENTOR_ALREADY_ASSIGNED': {
    id: 'SOURCING.MENTOR_ALREADY_ASSIGNED',
    statement: 'A member is assigned to mentor a candidate only once at a time.',
    remedy: 'This member already mentors the candidate; choose another member to add a second mentor.',
    vi: {
      statement: 'Mỗi đảng viên chỉ được phân công giúp đỡ một quần chúng một lần tại một thời điểm.',
      remedy: 'Đảng viên này đã giúp đỡ quần chúng; chọn đảng viên khác nếu muốn thêm người giúp đỡ thứ hai.',
    },
  },
  'SOURCING.MENTOR_LOAD': {
    id: 'SOURCING.MENTOR_LOAD',
    statement: 'A member mentors a limited number of candidates at the same time (ward policy).',
    remedy: 'Choose another member, or release one of this member’s current candidates first.',
    vi: {
      statement: 'Mỗi đảng viên chỉ giúp đỡ một số quần chúng nhất định cùng lúc (theo quy định của phường).',
      remedy: 'Chọn đảng viên khác, hoặc thôi phân công một quần chúng hiện tại của đảng viên này trước.',
    },
  },
  // Quotas
  'SOURCING.QUOTA_TARGET': {
    id: 'SOURCING.QUOTA_TARGET',
    statement: 'A referral quota is a whole number of people, zero or more, for a year of the 2025–2030 plan.',
    remedy: 'Enter a whole number and a year within the plan period.',
    vi: {
      statement: 'Chỉ tiêu giới thiệu là số người nguyên, từ 0 trở lên, cho một năm của kế hoạch 2025–2030.',
      remedy: 'Nhập số nguyên và năm trong thời gian kế hoạch.',
    },
  },
});

export type SourcingRuleId = keyof typeof SOURCING_RULES;
