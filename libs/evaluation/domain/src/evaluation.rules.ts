import { defineRules } from '@pdv/errors';

/**
 * Every rule the evaluation service enforces or reports against, by stable id (clients may
 * switch on it; an attainment row and a forecast name the rule they measure). Statements are
 * generic; the numbers and dates of a case go into the violation's specifics, and no message
 * ever names a person.
 */
export const EVALUATION_RULES = defineRules({
  // The plan's targets (DOMAIN.md "The plan's targets")
  'EVALUATION.WARD_ADMISSIONS': {
    id: 'EVALUATION.WARD_ADMISSIONS',
    statement: 'The ward admits at least the yearly number of new members the plan sets (90 by default).',
    remedy: 'Follow the units behind their admission targets and the dossiers awaiting a decision.',
    vi: {
      statement: 'Đảng bộ phường kết nạp ít nhất số đảng viên mới hằng năm theo kế hoạch (mặc định 90).',
      remedy: 'Theo dõi các đơn vị chưa đạt chỉ tiêu kết nạp và các hồ sơ đang chờ quyết định.',
    },
  },
  'EVALUATION.WARD_AWARENESS_TRAINED': {
    id: 'EVALUATION.WARD_AWARENESS_TRAINED',
    statement: 'The ward trains at least the yearly number of candidates in party awareness the plan sets (100 by default).',
    remedy: 'Ask the political centre for course places and the cells for nominations.',
    vi: {
      statement: 'Phường bồi dưỡng nhận thức về Đảng cho ít nhất số quần chúng hằng năm theo kế hoạch (mặc định 100).',
      remedy: 'Đề nghị Trung tâm chính trị bố trí chỗ học và các chi bộ cử người đi học.',
    },
  },
  'EVALUATION.CELL_SENT_TO_TRAINING': {
    id: 'EVALUATION.CELL_SENT_TO_TRAINING',
    statement: 'Each cell sends at least the yearly number of candidates to awareness training the plan sets (5 by default).',
    remedy: 'Nominate candidates from the cell’s source pool to the next awareness course.',
    vi: {
      statement: 'Mỗi chi bộ cử ít nhất số quần chúng đi học lớp nhận thức về Đảng hằng năm theo kế hoạch (mặc định 5).',
      remedy: 'Cử quần chúng trong nguồn của chi bộ vào lớp nhận thức về Đảng tiếp theo.',
    },
  },
  'EVALUATION.UNIT_ADMISSIONS': {
    id: 'EVALUATION.UNIT_ADMISSIONS',
    statement: 'Each grassroots organisation admits new members within the yearly band the plan sets (3 to 5 or more by default).',
    remedy: 'Move trained candidates into admission dossiers early enough for the committee to decide within the year.',
    vi: {
      statement: 'Mỗi tổ chức cơ sở đảng kết nạp số đảng viên mới hằng năm trong khoảng kế hoạch đặt ra (mặc định từ 3 đến 5 trở lên).',
      remedy: 'Đưa quần chúng đã học vào làm hồ sơ kết nạp đủ sớm để cấp ủy quyết định trong năm.',
    },
  },
  'EVALUATION.UNIT_ADMISSION_RATE': {
    id: 'EVALUATION.UNIT_ADMISSION_RATE',
    statement:
      'Each organisation’s admissions in a year reach at least the share of its members at the start of the year the plan sets (3% by default, rounded up to whole people).',
    remedy: 'Plan enough admissions for the unit’s size; the number needed is shown with the target.',
    vi: {
      statement: 'Số kết nạp trong năm của mỗi tổ chức đạt ít nhất tỷ lệ trên số đảng viên đầu năm theo kế hoạch (mặc định 3%, làm tròn lên số người).',
      remedy: 'Lập kế hoạch kết nạp đủ theo quy mô đơn vị; số cần kết nạp hiển thị cùng chỉ tiêu.',
    },
  },
  'EVALUATION.TERM_ADMISSIONS': {
    id: 'EVALUATION.TERM_ADMISSIONS',
    statement: 'Over the 2025–2030 term the ward admits at least the term total the plan sets (the yearly target times the years by default).',
    remedy: 'Make up a shortfall of earlier years in the years that remain.',
    vi: {
      statement: 'Trong nhiệm kỳ 2025–2030, phường kết nạp ít nhất tổng số theo kế hoạch (mặc định bằng chỉ tiêu năm nhân số năm).',
      remedy: 'Bù phần thiếu của các năm trước trong các năm còn lại.',
    },
  },
  'EVALUATION.TERM_AWARENESS_TRAINED': {
    id: 'EVALUATION.TERM_AWARENESS_TRAINED',
    statement: 'Over the 2025–2030 term the ward trains at least the term total in party awareness the plan sets.',
    remedy: 'Make up a shortfall of earlier years in the years that remain.',
    vi: {
      statement: 'Trong nhiệm kỳ 2025–2030, phường bồi dưỡng nhận thức về Đảng cho ít nhất tổng số theo kế hoạch.',
      remedy: 'Bù phần thiếu của các năm trước trong các năm còn lại.',
    },
  },
  'EVALUATION.MASS_ORGANISATION_REFERRALS': {
    id: 'EVALUATION.MASS_ORGANISATION_REFERRALS',
    statement: 'Each mass organisation refers at least the yearly quota the Fatherland Front committee assigned to it.',
    remedy: 'The quota is set in the sourcing service by the Fatherland Front committee; referrals count towards it as they are accepted.',
    vi: {
      statement: 'Mỗi tổ chức chính trị - xã hội giới thiệu ít nhất chỉ tiêu hằng năm mà Ủy ban Mặt trận Tổ quốc giao.',
      remedy: 'Chỉ tiêu do Ủy ban Mặt trận Tổ quốc giao trong dịch vụ nguồn; các lần giới thiệu được tính khi được tiếp nhận.',
    },
  },
  'EVALUATION.EXEMPT_UNITS_EXCLUDED': {
    id: 'EVALUATION.EXEMPT_UNITS_EXCLUDED',
    statement:
      'A unit exempt for a year (all staff already members, source exhausted, residential-area cell) is left out of the per-unit targets of that year; its results still count in the ward totals.',
    remedy: 'Exemptions are recorded in the organisation service, with their reason and year.',
    vi: {
      statement: 'Đơn vị được miễn chỉ tiêu trong một năm (toàn bộ cán bộ đã là đảng viên, hết nguồn, chi bộ khu dân cư) không tính vào chỉ tiêu từng đơn vị năm đó; kết quả vẫn tính vào tổng của phường.',
      remedy: 'Miễn chỉ tiêu được ghi ở dịch vụ tổ chức, kèm lý do và năm.',
    },
  },
  'EVALUATION.TARGET_YEAR_IN_TERM': {
    id: 'EVALUATION.TARGET_YEAR_IN_TERM',
    statement: 'Targets are set for the years of the plan’s term.',
    remedy: 'Choose a year within the plan’s term.',
    vi: {
      statement: 'Chỉ tiêu được đặt cho các năm trong nhiệm kỳ của kế hoạch.',
      remedy: 'Chọn một năm trong nhiệm kỳ.',
    },
  },
  'EVALUATION.TARGET_VALUE': {
    id: 'EVALUATION.TARGET_VALUE',
    statement:
      'A target is a whole number of people, zero or more (a rate in hundredths of a percent, at most 100%); a band’s top is not below its bottom.',
    remedy: 'Enter whole numbers, with the band’s top at or above its bottom.',
    vi: {
      statement: 'Chỉ tiêu là số người nguyên, từ 0 trở lên (tỷ lệ tính bằng phần trăm của phần trăm, tối đa 100%); mức trên của khoảng không thấp hơn mức dưới.',
      remedy: 'Nhập số nguyên, mức trên của khoảng bằng hoặc cao hơn mức dưới.',
    },
  },
  'EVALUATION.TARGET_CHANGE_NEEDS_REASON': {
    id: 'EVALUATION.TARGET_CHANGE_NEEDS_REASON',
    statement: 'A change to a target keeps who made it and why.',
    remedy: 'Write the reason for the change (for example the resolution that decided it).',
    vi: {
      statement: 'Mỗi thay đổi chỉ tiêu lưu lại người thay đổi và lý do.',
      remedy: 'Ghi lý do thay đổi (ví dụ nghị quyết đã quyết định).',
    },
  },
  'EVALUATION.QUOTA_SET_IN_SOURCING': {
    id: 'EVALUATION.QUOTA_SET_IN_SOURCING',
    statement: 'Mass organisations’ referral quotas are set by the Fatherland Front committee in the sourcing service, not here.',
    remedy: 'Change the quota in the sourcing service; the new value arrives here as its event.',
    vi: {
      statement: 'Chỉ tiêu giới thiệu của các tổ chức chính trị - xã hội do Ủy ban Mặt trận Tổ quốc giao trong dịch vụ nguồn, không đặt ở đây.',
      remedy: 'Sửa chỉ tiêu trong dịch vụ nguồn; giá trị mới được chuyển đến đây qua sự kiện.',
    },
  },
  // The forecast
  'EVALUATION.AT_RISK_NAMED_BY_Q3': {
    id: 'EVALUATION.AT_RISK_NAMED_BY_Q3',
    statement: 'A unit whose likely admissions fall short of its target is named at risk by the end of the third quarter at the latest.',
    remedy: 'Act on the forecast’s explanation: the referrals to accept, the candidates to train and the dossiers to move.',
    vi: {
      statement: 'Đơn vị có số kết nạp dự kiến thấp hơn chỉ tiêu được cảnh báo chậm nhất vào cuối quý III.',
      remedy: 'Làm theo phần giải thích của dự báo: các lần giới thiệu cần tiếp nhận, quần chúng cần cử đi học và hồ sơ cần đẩy nhanh.',
    },
  },
  // The period reports
  'EVALUATION.REPORT_PERIOD_ENDED': {
    id: 'EVALUATION.REPORT_PERIOD_ENDED',
    statement: 'A reporting period is closed, and its report frozen, only once its last day has passed; a frozen report never changes.',
    remedy: 'Wait for the period to end; until then the report shows the numbers as they stand.',
    vi: {
      statement: 'Kỳ báo cáo chỉ được khóa sổ, và báo cáo được chốt, khi đã qua ngày cuối kỳ; báo cáo đã chốt không bao giờ thay đổi.',
      remedy: 'Chờ hết kỳ; trước đó báo cáo hiển thị số liệu tại thời điểm xem.',
    },
  },
  // Year-end quality rating (DOMAIN.md "Year-end quality rating")
  'EVALUATION.RATING_SCORE': {
    id: 'EVALUATION.RATING_SCORE',
    statement: 'A year-end rating scores out of 100: Excellent from 90 (with every task done and enough exceeded), Good from 70, Completed from 50, below that Not completed.',
    remedy: 'Enter a score from 0 to 100; the level follows from it.',
    vi: {
      statement: 'Xếp loại cuối năm chấm trên thang 100: Hoàn thành xuất sắc từ 90 (hoàn thành mọi nhiệm vụ và vượt đủ số), Hoàn thành tốt từ 70, Hoàn thành từ 50, dưới đó Không hoàn thành.',
      remedy: 'Nhập điểm từ 0 đến 100; mức xếp loại theo điểm.',
    },
  },
  'EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED': {
    id: 'EVALUATION.EXCELLENT_NEEDS_TASKS_EXCEEDED',
    statement: 'Excellent needs every task done and at least the ward’s share of them exceeded (30% by the 2025 rules), besides the score.',
    remedy: 'Rate the unit or member Good, or record the tasks done and exceeded.',
    vi: {
      statement: 'Hoàn thành xuất sắc cần hoàn thành mọi nhiệm vụ và vượt ít nhất tỷ lệ nhiệm vụ theo quy định của phường (30% theo quy định năm 2025), ngoài điểm số.',
      remedy: 'Xếp loại đơn vị hoặc đảng viên Hoàn thành tốt, hoặc ghi số nhiệm vụ đã hoàn thành và vượt.',
    },
  },
  'EVALUATION.EXCELLENT_CAP': {
    id: 'EVALUATION.EXCELLENT_CAP',
    statement: 'Within a grassroots organisation, those rated Excellent stay within the ward’s cap (by default 20% of those rated Good).',
    remedy: 'Rate fewer Excellent, or confirm the other ratings first.',
    vi: {
      statement: 'Trong một tổ chức cơ sở đảng, số được xếp Hoàn thành xuất sắc không vượt tỷ lệ của phường (mặc định 20% số được xếp Hoàn thành tốt).',
      remedy: 'Giảm số Hoàn thành xuất sắc, hoặc xác nhận các xếp loại khác trước.',
    },
  },
  'EVALUATION.GOOD_OR_BETTER_GOAL': {
    id: 'EVALUATION.GOOD_OR_BETTER_GOAL',
    statement: 'The plan aims for more than 90% of grassroots organisations and of members rated Good or better each year.',
    remedy: 'The share is reported with the ratings; it is a goal, not a reason to change a rating.',
    vi: {
      statement: 'Kế hoạch phấn đấu hằng năm trên 90% tổ chức cơ sở đảng và đảng viên được xếp loại Hoàn thành tốt trở lên.',
      remedy: 'Tỷ lệ được báo cáo cùng kết quả xếp loại; đây là mục tiêu, không phải lý do để sửa xếp loại.',
    },
  },
  'EVALUATION.MEMBER_DEVELOPMENT_CRITERION': {
    id: 'EVALUATION.MEMBER_DEVELOPMENT_CRITERION',
    statement:
      'The member-development criterion of a rating is computed from the targets: targets met, probationers recognised on time, no admission annulled, each worth the points the ward sets; a leader’s and a supervising committee member’s count their units’.',
    remedy: 'The criterion is computed, not entered; correct the facts it is computed from.',
    vi: {
      statement: 'Tiêu chí phát triển đảng viên trong xếp loại được tính từ các chỉ tiêu: đạt chỉ tiêu, công nhận chính thức đúng hạn, không có quyết định kết nạp bị hủy, mỗi mục có số điểm do phường quy định; của người đứng đầu và đảng ủy viên phụ trách tính theo đơn vị của họ.',
      remedy: 'Tiêu chí được tính, không nhập tay; hãy sửa các dữ liệu dùng để tính.',
    },
  },
  'EVALUATION.RATING_CONFIRMED': {
    id: 'EVALUATION.RATING_CONFIRMED',
    statement: 'A rating confirmed by the standing committee is never edited silently: it is corrected, keeping the old value, who, when and why.',
    remedy: 'Record a correction with its reason.',
    vi: {
      statement: 'Xếp loại đã được Ban Thường vụ xác nhận không bao giờ bị sửa âm thầm: được đính chính, giữ giá trị cũ, người sửa, thời điểm và lý do.',
      remedy: 'Ghi một bản đính chính kèm lý do.',
    },
  },
  'EVALUATION.RATING_CORRECTION_NEEDS_REASON': {
    id: 'EVALUATION.RATING_CORRECTION_NEEDS_REASON',
    statement: 'A correction of a confirmed rating keeps who made it and why.',
    remedy: 'Write the reason for the correction (for example the standing committee’s conclusion).',
    vi: {
      statement: 'Mỗi lần đính chính xếp loại đã xác nhận lưu lại người đính chính và lý do.',
      remedy: 'Ghi lý do đính chính (ví dụ kết luận của Ban Thường vụ).',
    },
  },
  'EVALUATION.RATING_YEAR': {
    id: 'EVALUATION.RATING_YEAR',
    statement: 'A year-end rating is for a year of the plan’s term that has begun.',
    remedy: 'Choose a year of the term, up to the current one.',
    vi: {
      statement: 'Xếp loại cuối năm là cho một năm của nhiệm kỳ đã bắt đầu.',
      remedy: 'Chọn một năm của nhiệm kỳ, đến năm hiện tại.',
    },
  },
  // Monthly supervision (the plan: each committee member checks their units every month)
  'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER': {
    id: 'EVALUATION.SUPERVISION_REVIEW_BY_ASSIGNED_MEMBER',
    statement: 'A monthly supervision review is recorded by the ward committee member assigned to supervise the unit in that month.',
    remedy: 'Record reviews for the units assigned to you; assignments are made in the organisation service.',
    vi: {
      statement: 'Nhận xét kiểm tra, giám sát hằng tháng do đảng ủy viên được phân công phụ trách đơn vị trong tháng đó ghi.',
      remedy: 'Ghi nhận xét cho các đơn vị được phân công cho đồng chí; việc phân công thực hiện trong dịch vụ tổ chức.',
    },
  },
  'EVALUATION.SUPERVISION_REVIEW_MONTH': {
    id: 'EVALUATION.SUPERVISION_REVIEW_MONTH',
    statement: 'A monthly supervision review is for a month that has begun.',
    remedy: 'Choose the current month or an earlier one.',
    vi: {
      statement: 'Nhận xét kiểm tra, giám sát hằng tháng là cho một tháng đã bắt đầu.',
      remedy: 'Chọn tháng hiện tại hoặc một tháng trước đó.',
    },
  },
});

export type EvaluationRuleId = keyof typeof EVALUATION_RULES;
