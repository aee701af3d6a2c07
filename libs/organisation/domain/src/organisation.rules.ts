import { defineRules } from '@pdv/errors';

/**
 * Every rule the organisation service enforces, by stable id. Statements are generic (the
 * numbers that are policy go into the specifics of each violation); no message ever names
 * a person.
 */
export const ORGANISATION_RULES = defineRules({
  // Organisation tree
  'ORG.PARENT_KIND': {
    id: 'ORG.PARENT_KIND',
    statement:
      'A ward committee has no parent; a grassroots committee and a grassroots cell sit directly under the ward committee; a party cell sits under a grassroots committee or the ward committee.',
    remedy: 'Choose a parent of an allowed kind, or change the kind of the organisation.',
    vi: {
      statement: 'Đảng ủy phường không có tổ chức cấp trên; đảng ủy cơ sở và chi bộ cơ sở trực thuộc thẳng Đảng ủy phường; chi bộ trực thuộc đảng ủy cơ sở hoặc Đảng ủy phường.',
      remedy: 'Chọn tổ chức cấp trên thuộc loại được phép, hoặc đổi loại của tổ chức.',
    },
  },
  'ORG.ORGANISATION_ACTIVE': {
    id: 'ORG.ORGANISATION_ACTIVE',
    statement:
      'An organisation that a change refers to (a parent, a merge target, a member’s cell, a supervised organisation) must exist, be active on the date concerned and not be closing.',
    remedy: 'Pick an organisation that is active on that date, or change the date.',
    vi: {
      statement: 'Tổ chức mà thay đổi nhắc tới (tổ chức cấp trên, tổ chức nhận sáp nhập, chi bộ của đảng viên, tổ chức được phụ trách) phải tồn tại, đang hoạt động vào ngày liên quan và không đang giải thể.',
      remedy: 'Chọn tổ chức đang hoạt động vào ngày đó, hoặc đổi ngày.',
    },
  },
  'ORG.NO_CYCLE': {
    id: 'ORG.NO_CYCLE',
    statement: 'An organisation cannot be placed under itself or under one of its own subordinate organisations.',
    remedy: 'Move the subordinate organisation out first, or choose another parent.',
    vi: {
      statement: 'Không thể đặt một tổ chức trực thuộc chính nó hoặc một tổ chức cấp dưới của nó.',
      remedy: 'Chuyển tổ chức cấp dưới ra trước, hoặc chọn tổ chức cấp trên khác.',
    },
  },
  'ORG.EFFECTIVE_DATE_WINDOW': {
    id: 'ORG.EFFECTIVE_DATE_WINDOW',
    statement:
      'A change to an organisation takes effect no earlier than the start of its current version and no further in the future than the ward’s policy allows.',
    remedy: 'Use an effective date inside the allowed window; to change older history, record a correction instead.',
    vi: {
      statement: 'Thay đổi của một tổ chức có hiệu lực không sớm hơn ngày bắt đầu của phiên bản hiện tại và không xa hơn trong tương lai so với quy định của phường.',
      remedy: 'Dùng ngày hiệu lực trong khoảng cho phép; muốn sửa lịch sử cũ hơn thì ghi một bản đính chính.',
    },
  },
  'ORG.CLOSED_IS_FINAL': {
    id: 'ORG.CLOSED_IS_FINAL',
    statement: 'A closed (dissolved, merged or split) organisation cannot be changed.',
    remedy: 'Change its successor organisation instead, or register a new organisation.',
    vi: {
      statement: 'Tổ chức đã kết thúc (giải thể, sáp nhập hoặc chia tách) thì không thay đổi được nữa.',
      remedy: 'Thay đổi tổ chức kế tục, hoặc đăng ký một tổ chức mới.',
    },
  },
  'ORG.CHANGE_MUST_CHANGE_SOMETHING': {
    id: 'ORG.CHANGE_MUST_CHANGE_SOMETHING',
    statement: 'A revision or a move must change at least one value of the organisation.',
    remedy: 'Give a new name, code, sector, kind or parent.',
    vi: {
      statement: 'Một lần sửa đổi hoặc điều chuyển phải thay đổi ít nhất một thông tin của tổ chức.',
      remedy: 'Nhập tên, mã, lĩnh vực, loại hoặc tổ chức cấp trên mới.',
    },
  },
  'ORG.MEMBERS_ONLY_IN_CELLS': {
    id: 'ORG.MEMBERS_ONLY_IN_CELLS',
    statement: 'Party members belong to cells only (a grassroots cell or a party cell), never directly to a committee.',
    remedy: 'Place the members in a cell, or keep the organisation a cell.',
    vi: {
      statement: 'Đảng viên chỉ sinh hoạt ở chi bộ (chi bộ cơ sở hoặc chi bộ trực thuộc), không trực tiếp ở đảng ủy.',
      remedy: 'Xếp đảng viên vào một chi bộ, hoặc giữ tổ chức là chi bộ.',
    },
  },
  'ORG.CELL_VOTING_QUORUM': {
    id: 'ORG.CELL_VOTING_QUORUM',
    statement: 'A cell needs a minimum number of official members before it can hold a vote.',
    remedy: 'Admit or transfer in official members, or have the superior committee act for the cell.',
    vi: {
      statement: 'Chi bộ cần đủ số đảng viên chính thức tối thiểu mới được biểu quyết.',
      remedy: 'Kết nạp hoặc tiếp nhận thêm đảng viên chính thức, hoặc để cấp ủy cấp trên thực hiện thay chi bộ.',
    },
  },
  'ORG.CLOSE_REQUIRES_EMPTY': {
    id: 'ORG.CLOSE_REQUIRES_EMPTY',
    statement: 'An organisation can be dissolved only when it has no subordinate organisations and no members left.',
    remedy: 'Move its subordinate organisations and transfer its members first, or merge it into another organisation.',
    vi: {
      statement: 'Chỉ giải thể được tổ chức không còn tổ chức cấp dưới và không còn đảng viên.',
      remedy: 'Chuyển các tổ chức cấp dưới và chuyển sinh hoạt đảng viên trước, hoặc sáp nhập vào tổ chức khác.',
    },
  },
  'ORG.MERGE_COMPOSITION': {
    id: 'ORG.MERGE_COMPOSITION',
    statement:
      'A merge joins at least two different active organisations: two or more sources into a new organisation, or one or more sources into an existing one that is not itself a source.',
    remedy: 'List each source once and name a target that is not among the sources.',
    vi: {
      statement: 'Sáp nhập gộp ít nhất hai tổ chức khác nhau đang hoạt động: hai tổ chức trở lên thành một tổ chức mới, hoặc một hay nhiều tổ chức vào một tổ chức đã có không nằm trong số đó.',
      remedy: 'Liệt kê mỗi tổ chức một lần và chọn tổ chức nhận không nằm trong số các tổ chức được sáp nhập.',
    },
  },
  'ORG.MERGE_SAME_KIND': {
    id: 'ORG.MERGE_SAME_KIND',
    statement:
      'Only organisations of the same kind merge, and into an organisation of that kind: party cells with party cells, grassroots cells with grassroots cells, grassroots committees with grassroots committees.',
    remedy: 'Choose a target of the same kind as the sources, or first revise the kind of the organisation that differs.',
    vi: {
      statement: 'Chỉ sáp nhập các tổ chức cùng loại, vào tổ chức cùng loại: chi bộ với chi bộ, chi bộ cơ sở với chi bộ cơ sở, đảng ủy cơ sở với đảng ủy cơ sở.',
      remedy: 'Chọn tổ chức nhận cùng loại với các tổ chức được sáp nhập, hoặc sửa loại của tổ chức khác loại trước.',
    },
  },
  'ORG.SPLIT_COMPOSITION': {
    id: 'ORG.SPLIT_COMPOSITION',
    statement: 'A split divides one organisation into at least two new organisations.',
    remedy: 'Describe at least two new organisations, each with its own id and code.',
    vi: {
      statement: 'Chia tách một tổ chức thành ít nhất hai tổ chức mới.',
      remedy: 'Mô tả ít nhất hai tổ chức mới, mỗi tổ chức có mã định danh và mã riêng.',
    },
  },
  'ORG.SPLIT_ALLOCATION': {
    id: 'ORG.SPLIT_ALLOCATION',
    statement:
      'A split allocates every member and every subordinate organisation of the source to exactly one of the new organisations, and nothing else.',
    remedy: 'Allocate each remaining member and subordinate organisation once, to one of the new organisations.',
    vi: {
      statement: 'Khi chia tách, mỗi đảng viên và mỗi tổ chức cấp dưới của tổ chức cũ được chuyển về đúng một tổ chức mới, và không có gì khác.',
      remedy: 'Phân mỗi đảng viên và tổ chức cấp dưới còn lại một lần, về một trong các tổ chức mới.',
    },
  },

  // Target exemptions
  'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR': {
    id: 'ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR',
    statement: 'The residential-area exemption applies only to organisations of the residential-area sector.',
    remedy: 'Choose another reason, or correct the organisation’s sector first.',
    vi: {
      statement: 'Miễn chỉ tiêu vì là chi bộ khu dân cư chỉ áp dụng cho tổ chức thuộc lĩnh vực khu dân cư.',
      remedy: 'Chọn lý do khác, hoặc sửa lĩnh vực của tổ chức trước.',
    },
  },
  'ORG.EXEMPTION_ALL_STAFF_SECTOR': {
    id: 'ORG.EXEMPTION_ALL_STAFF_SECTOR',
    statement:
      'The "all staff are already members" exemption applies only to organisations of administrative agencies or public-service units.',
    remedy: 'Choose another reason, or correct the organisation’s sector first.',
    vi: {
      statement: 'Miễn chỉ tiêu vì "toàn bộ cán bộ, nhân viên đã là đảng viên" chỉ áp dụng cho tổ chức của cơ quan hành chính hoặc đơn vị sự nghiệp.',
      remedy: 'Chọn lý do khác, hoặc sửa lĩnh vực của tổ chức trước.',
    },
  },
  'ORG.EXEMPTION_YEAR_IN_TERM': {
    id: 'ORG.EXEMPTION_YEAR_IN_TERM',
    statement: 'Target exemptions are set for the years of the plan’s term only.',
    remedy: 'Choose a year inside the term.',
    vi: {
      statement: 'Chỉ miễn chỉ tiêu cho các năm trong nhiệm kỳ của kế hoạch.',
      remedy: 'Chọn một năm trong nhiệm kỳ.',
    },
  },
  'ORG.EXEMPTION_ACTIVE_IN_YEAR': {
    id: 'ORG.EXEMPTION_ACTIVE_IN_YEAR',
    statement: 'An organisation can be exempted only for a year in which it exists for at least one day.',
    remedy: 'Choose a year in which the organisation is active.',
    vi: {
      statement: 'Chỉ miễn chỉ tiêu cho tổ chức trong năm mà tổ chức tồn tại ít nhất một ngày.',
      remedy: 'Chọn năm mà tổ chức đang hoạt động.',
    },
  },
  'ORG.EXEMPTION_ALREADY_REVOKED': {
    id: 'ORG.EXEMPTION_ALREADY_REVOKED',
    statement: 'A revoked exemption stays in the history as it was and cannot be revoked again.',
    remedy: 'Nothing to do; set a new exemption if one is needed.',
    vi: {
      statement: 'Miễn chỉ tiêu đã thu hồi được giữ nguyên trong lịch sử và không thu hồi lại được.',
      remedy: 'Không cần làm gì; nếu cần thì đặt miễn chỉ tiêu mới.',
    },
  },

  // Supervision
  'ORG.SUPERVISION_PERIOD': {
    id: 'ORG.SUPERVISION_PERIOD',
    statement: 'A supervision assignment ends (exclusive end date) after the day it starts.',
    remedy: 'Give an end date later than the start date, or leave the end open.',
    vi: {
      statement: 'Phân công phụ trách kết thúc (ngày kết thúc không tính) sau ngày bắt đầu.',
      remedy: 'Nhập ngày kết thúc sau ngày bắt đầu, hoặc để trống ngày kết thúc.',
    },
  },
  'ORG.SUPERVISOR_ACTIVE_OFFICIAL': {
    id: 'ORG.SUPERVISOR_ACTIVE_OFFICIAL',
    statement: 'A supervising committee member must be an active official party member on the day the assignment starts.',
    remedy: 'Assign an official member who is active in the ward’s party organisation.',
    vi: {
      statement: 'Đảng ủy viên phụ trách phải là đảng viên chính thức đang sinh hoạt vào ngày bắt đầu phân công.',
      remedy: 'Phân công một đảng viên chính thức đang sinh hoạt trong Đảng bộ phường.',
    },
  },

  // Party members
  'MEMBER.MIN_AGE_AT_ADMISSION': {
    id: 'MEMBER.MIN_AGE_AT_ADMISSION',
    statement: 'A member was at least 18 full years old on the date of the admission decision.',
    remedy: 'Check the date of birth and the admission decision date against the dossier.',
    vi: {
      statement: 'Đảng viên đủ 18 tuổi trở lên vào ngày có quyết định kết nạp.',
      remedy: 'Đối chiếu ngày sinh và ngày quyết định kết nạp với hồ sơ.',
    },
  },
  'MEMBER.ADMISSION_BEFORE_CEREMONY': {
    id: 'MEMBER.ADMISSION_BEFORE_CEREMONY',
    statement: 'The admission ceremony takes place on or after the date of the admission decision.',
    remedy: 'Check both dates against the decision and the ceremony record.',
    vi: {
      statement: 'Lễ kết nạp diễn ra vào hoặc sau ngày có quyết định kết nạp.',
      remedy: 'Đối chiếu hai ngày với quyết định và biên bản lễ kết nạp.',
    },
  },
  'MEMBER.OFFICIAL_DATE_AFTER_PROBATION': {
    id: 'MEMBER.OFFICIAL_DATE_AFTER_PROBATION',
    statement:
      'A member is official from the end of the 12 months of probation, counted from the ceremony; a probationary member has no official date yet.',
    remedy: 'Use the official date the probation gives, or leave it empty while the member is probationary.',
    vi: {
      statement: 'Đảng viên là chính thức khi hết 12 tháng dự bị tính từ ngày lễ kết nạp; đảng viên dự bị chưa có ngày chính thức.',
      remedy: 'Dùng ngày chính thức theo thời kỳ dự bị, hoặc để trống khi đảng viên còn dự bị.',
    },
  },
  'MEMBER.PROBATIONER_DATES_KNOWN': {
    id: 'MEMBER.PROBATIONER_DATES_KNOWN',
    statement: 'A probationary member’s admission decision date and ceremony date are recorded, so the probation can be followed.',
    remedy: 'Enter both dates from the admission decision and the ceremony record.',
    vi: {
      statement: 'Ngày quyết định kết nạp và ngày lễ kết nạp của đảng viên dự bị được ghi nhận, để theo dõi thời kỳ dự bị.',
      remedy: 'Nhập cả hai ngày theo quyết định kết nạp và biên bản lễ kết nạp.',
    },
  },
  'MEMBER.REGISTERED_AFTER_CEREMONY': {
    id: 'MEMBER.REGISTERED_AFTER_CEREMONY',
    statement:
      'A member joins the ward’s records as a member: on the ceremony day when admitted here, or on arrival or at the ward’s formation for an existing member — never before the ceremony.',
    remedy: 'Check the registration date (the day the member joined this ward’s party organisation) and the ceremony date.',
    vi: {
      statement: 'Đảng viên vào danh sách của phường với tư cách đảng viên: vào ngày lễ kết nạp nếu kết nạp tại đây, hoặc khi chuyển đến hay khi thành lập phường đối với đảng viên đã có — không bao giờ trước ngày lễ kết nạp.',
      remedy: 'Kiểm tra ngày đăng ký (ngày đảng viên về sinh hoạt ở Đảng bộ phường) và ngày lễ kết nạp.',
    },
  },
  'MEMBER.DATE_NOT_IN_FUTURE': {
    id: 'MEMBER.DATE_NOT_IN_FUTURE',
    statement: 'Dates in a member’s record and movements cannot be later than today.',
    remedy: 'Record the event once it has happened.',
    vi: {
      statement: 'Các ngày trong hồ sơ và biến động của đảng viên không được sau ngày hôm nay.',
      remedy: 'Ghi nhận sự việc khi đã xảy ra.',
    },
  },
  'MEMBER.NATIONAL_ID_VALID': {
    id: 'MEMBER.NATIONAL_ID_VALID',
    statement: 'A national ID number, when given, is a valid 12-digit citizen ID that agrees with the date of birth and gender.',
    remedy: 'Check the number against the citizen ID card.',
    vi: {
      statement: 'Số định danh cá nhân, nếu có, là số căn cước 12 chữ số hợp lệ, khớp với ngày sinh và giới tính.',
      remedy: 'Đối chiếu số với thẻ căn cước.',
    },
  },
  'MEMBER.RECOGNITION_ONLY_PROBATIONARY': {
    id: 'MEMBER.RECOGNITION_ONLY_PROBATIONARY',
    statement: 'Only a probationary member can be recognised as an official member.',
    remedy: 'Nothing to do: the member is already official.',
    vi: {
      statement: 'Chỉ đảng viên dự bị mới được công nhận đảng viên chính thức.',
      remedy: 'Không cần làm gì: đảng viên đã là chính thức.',
    },
  },
  'MEMBER.RECOGNITION_AFTER_PROBATION': {
    id: 'MEMBER.RECOGNITION_AFTER_PROBATION',
    statement: 'Official recognition is decided only after the full 12 months of probation.',
    remedy: 'Wait until the probation ends, then hold the cell’s vote.',
    vi: {
      statement: 'Chỉ xét công nhận chính thức sau khi đủ 12 tháng dự bị.',
      remedy: 'Chờ hết thời kỳ dự bị rồi chi bộ biểu quyết.',
    },
  },
  'MEMBER.MOVEMENT_DATE_ORDER': {
    id: 'MEMBER.MOVEMENT_DATE_ORDER',
    statement: 'A member’s movements are recorded in date order, none before the member joined or before the previous movement.',
    remedy: 'Check the effective date; to change older history, record a correction instead.',
    vi: {
      statement: 'Biến động của đảng viên được ghi theo thứ tự ngày, không trước ngày đảng viên về sinh hoạt hoặc trước biến động trước đó.',
      remedy: 'Kiểm tra ngày hiệu lực; muốn sửa lịch sử cũ hơn thì ghi một bản đính chính.',
    },
  },
  'MEMBER.NOTHING_AFTER_DEATH': {
    id: 'MEMBER.NOTHING_AFTER_DEATH',
    statement: 'No movement can be recorded for a member after their death.',
    remedy: 'If the death was recorded in error, correct that record first.',
    vi: {
      statement: 'Không ghi biến động nào cho đảng viên sau khi từ trần.',
      remedy: 'Nếu việc từ trần bị ghi nhầm, hãy đính chính bản ghi đó trước.',
    },
  },
  'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER': {
    id: 'MEMBER.MOVEMENT_NEEDS_ACTIVE_MEMBER',
    statement: 'Transfers, exemptions, name removal and death are recorded only for members active in the ward’s party organisation.',
    remedy: 'Check that the member has not already left (transferred out or removed).',
    vi: {
      statement: 'Chuyển sinh hoạt, miễn sinh hoạt, xóa tên và từ trần chỉ ghi cho đảng viên đang sinh hoạt trong Đảng bộ phường.',
      remedy: 'Kiểm tra đảng viên chưa rời đi (đã chuyển sinh hoạt hoặc đã xóa tên).',
    },
  },
  'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT': {
    id: 'MEMBER.TRANSFER_IN_AFTER_TRANSFER_OUT',
    statement:
      'A transfer in re-activates a member who earlier transferred out; a member arriving for the first time is registered instead.',
    remedy: 'Register the arriving member, or record the return of a member who transferred out.',
    vi: {
      statement: 'Tiếp nhận sinh hoạt là cho đảng viên trước đó đã chuyển đi; đảng viên đến lần đầu thì được đăng ký mới.',
      remedy: 'Đăng ký đảng viên mới đến, hoặc ghi nhận đảng viên đã chuyển đi nay trở về.',
    },
  },
  'MEMBER.MOVEMENT_DESTINATION': {
    id: 'MEMBER.MOVEMENT_DESTINATION',
    statement: 'A transfer in or an internal transfer names the destination cell, and an internal transfer goes to a different cell.',
    remedy: 'Name the destination cell.',
    vi: {
      statement: 'Tiếp nhận sinh hoạt hoặc chuyển sinh hoạt nội bộ phải nêu chi bộ đến, và chuyển nội bộ thì đến một chi bộ khác.',
      remedy: 'Nêu chi bộ đến.',
    },
  },
  'MEMBER.TEMPORARY_TRANSFER_STATE': {
    id: 'MEMBER.TEMPORARY_TRANSFER_STATE',
    statement: 'A temporary transfer starts only for a member who is present and ends only for a member who is away.',
    remedy: 'Check whether the temporary transfer was already recorded or already ended.',
    vi: {
      statement: 'Chỉ bắt đầu sinh hoạt tạm thời nơi khác cho đảng viên đang có mặt, và chỉ kết thúc cho đảng viên đang đi vắng.',
      remedy: 'Kiểm tra việc sinh hoạt tạm thời đã được ghi hoặc đã kết thúc chưa.',
    },
  },
  'MEMBER.ACTIVITY_EXEMPTION_STATE': {
    id: 'MEMBER.ACTIVITY_EXEMPTION_STATE',
    statement: 'An exemption from party activities starts only for a member who is not exempt and ends only for one who is.',
    remedy: 'Check whether the exemption was already recorded or already ended.',
    vi: {
      statement: 'Chỉ bắt đầu miễn sinh hoạt cho đảng viên chưa được miễn, và chỉ kết thúc cho đảng viên đang được miễn.',
      remedy: 'Kiểm tra việc miễn sinh hoạt đã được ghi hoặc đã kết thúc chưa.',
    },
  },
});

export type OrganisationRuleId = keyof typeof ORGANISATION_RULES;
