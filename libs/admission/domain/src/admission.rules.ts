import { defineRules, type RuleDefinition } from '@pdv/errors';

/**
 * A rule with its text in Vietnamese too: a cell secretary reads the readiness list and the
 * refusals in Vietnamese first. `statement` and `remedy` stay the English of `RuleDefinition`,
 * so `ruleViolation` builds the message as it does for every other service.
 */
export interface AdmissionRuleDefinition extends RuleDefinition {
  vi: { statement: string; remedy: string };
}

function bilingual<const T extends Record<string, AdmissionRuleDefinition>>(rules: T): T {
  return defineRules(rules);
}

/**
 * Every rule of the admission procedure, probation and official recognition (DOMAIN.md
 * pipeline steps 4–11), by stable id (clients switch on them). Each id names the step it
 * enforces in its comment. Statements carry the Charter's numbers; values the ward may change
 * (admission.policy.ts) go into the specifics of a case. No text ever names a person.
 */
export const ADMISSION_RULES = bilingual({
  // The dossier's course through steps 4–11.
  'ADMISSION.TRANSITION_NOT_ALLOWED': {
    id: 'ADMISSION.TRANSITION_NOT_ALLOWED',
    statement:
      'A dossier moves through the procedure in order: open, cell resolution, grassroots committee resolution where there is one, decision, ceremony and probation, then recognition or removal of the name; a closed dossier does not move.',
    remedy: 'Check the dossier’s current stage and take the step that comes next.',
    vi: {
      statement:
        'Hồ sơ đi theo đúng trình tự: lập hồ sơ, nghị quyết chi bộ, nghị quyết đảng ủy cơ sở (nếu có), quyết định, lễ kết nạp và thời kỳ dự bị, rồi công nhận chính thức hoặc xóa tên; hồ sơ đã kết thúc thì không chuyển bước nữa.',
      remedy: 'Kiểm tra bước hiện tại của hồ sơ và thực hiện bước kế tiếp.',
    },
  },

  // Step 3/4 — the awareness certificate, first paper of the dossier.
  'ADMISSION.CERTIFICATE_VALID': {
    id: 'ADMISSION.CERTIFICATE_VALID',
    statement:
      'On the date of the cell’s meeting the candidate holds a party-awareness course certificate that is valid on that date (a certificate is valid 60 months).',
    remedy: 'Send the candidate to an awareness course (again, if the certificate has expired) and hold the vote once the certificate is issued.',
    vi: {
      statement:
        'Vào ngày chi bộ họp, quần chúng có giấy chứng nhận bồi dưỡng nhận thức về Đảng còn giá trị (giấy chứng nhận có giá trị 60 tháng).',
      remedy: 'Cử quần chúng đi học lớp bồi dưỡng nhận thức về Đảng (học lại nếu giấy chứng nhận đã hết hạn) và chỉ biểu quyết khi đã được cấp giấy chứng nhận.',
    },
  },
  // Step 4 — the dossier in Charter order.
  'ADMISSION.DOSSIER_ORDER': {
    id: 'ADMISSION.DOSSIER_ORDER',
    statement:
      'The dossier is built in order: awareness certificate, application letter, personal history, background verification, introductions, then the comments of the mass organisations and of the residence-area cell; no paper is dated before the one it follows.',
    remedy: 'Record the papers that come first, or correct the date of this paper.',
    vi: {
      statement:
        'Hồ sơ được lập theo thứ tự: giấy chứng nhận bồi dưỡng nhận thức về Đảng, đơn xin vào Đảng, lý lịch, thẩm tra lý lịch, giấy giới thiệu, rồi nhận xét của đoàn thể và của chi bộ nơi cư trú; không giấy tờ nào có ngày trước giấy tờ đứng trước nó.',
      remedy: 'Ghi nhận trước các giấy tờ đứng trước, hoặc sửa lại ngày của giấy tờ này.',
    },
  },
  'ADMISSION.DOSSIER_COMPLETE': {
    id: 'ADMISSION.DOSSIER_COMPLETE',
    statement: 'The cell votes only on a complete dossier: every paper of the admission dossier is recorded and dated on or before the meeting.',
    remedy: 'Record the missing papers before the meeting, or move the meeting.',
    vi: {
      statement: 'Chi bộ chỉ biểu quyết khi hồ sơ đầy đủ: mọi giấy tờ của hồ sơ kết nạp đã được ghi nhận, có ngày không sau ngày họp.',
      remedy: 'Bổ sung các giấy tờ còn thiếu trước ngày họp, hoặc dời ngày họp.',
    },
  },
  'ADMISSION.BACKGROUND_VERIFICATION': {
    id: 'ADMISSION.BACKGROUND_VERIFICATION',
    statement:
      'The background of the applicant and of each relative in scope (parents, parents-in-law or guardian, spouse, adult children) is verified with a satisfactory result; relatives who are party members and fully declared are exempt.',
    remedy: 'Complete the verification of the people still open, or record the exemption of a relative who is a fully declared party member.',
    vi: {
      statement:
        'Lý lịch của người vào Đảng và của từng người thân trong phạm vi (cha mẹ, cha mẹ vợ/chồng hoặc người nuôi dưỡng, vợ/chồng, con đã trưởng thành) được thẩm tra với kết luận đạt; người thân là đảng viên đã khai đầy đủ thì được miễn.',
      remedy: 'Hoàn thành thẩm tra những người còn lại, hoặc ghi nhận việc miễn thẩm tra đối với người thân là đảng viên đã khai đầy đủ.',
    },
  },

  // Step 5 — introductions.
  'ADMISSION.INTRODUCERS': {
    id: 'ADMISSION.INTRODUCERS',
    statement:
      'The applicant is introduced by two official party members, or by one official member and the resolution of the grassroots Youth Union committee (a candidate of youth age) or of the trade-union committee.',
    remedy: 'Record the missing introduction: a second official member, or the union committee’s resolution with one official member.',
    vi: {
      statement:
        'Người vào Đảng được hai đảng viên chính thức giới thiệu, hoặc một đảng viên chính thức và nghị quyết của ban chấp hành đoàn cơ sở (với quần chúng trong độ tuổi đoàn) hay của ban chấp hành công đoàn.',
      remedy: 'Bổ sung người giới thiệu còn thiếu: một đảng viên chính thức nữa, hoặc nghị quyết của ban chấp hành đoàn thể cùng một đảng viên chính thức.',
    },
  },
  'ADMISSION.INTRODUCER_STANDING': {
    id: 'ADMISSION.INTRODUCER_STANDING',
    statement:
      'An introducer is an official party member on the date of the meeting: not probationary, still on the roll and not on temporary transfer elsewhere.',
    remedy: 'Replace this introducer with an official member the cell names.',
    vi: {
      statement:
        'Người giới thiệu là đảng viên chính thức vào ngày họp: không phải đảng viên dự bị, còn trong danh sách và không đang sinh hoạt tạm thời nơi khác.',
      remedy: 'Thay người giới thiệu này bằng một đảng viên chính thức do chi bộ cử.',
    },
  },
  'ADMISSION.INTRODUCER_ACQUAINTANCE': {
    id: 'ADMISSION.INTRODUCER_ACQUAINTANCE',
    statement:
      'An introducer has worked, studied or lived in the same unit with the applicant for at least 12 full months by the date of the meeting; a replacement introducer named by the cell is exempt.',
    remedy: 'Choose an introducer who has known the applicant for 12 months, or record that the cell named this one as a replacement.',
    vi: {
      statement:
        'Người giới thiệu đã cùng công tác, học tập hoặc sinh sống với người vào Đảng ít nhất 12 tháng tính đến ngày họp; người giới thiệu thay thế do chi bộ cử thì không cần đủ 12 tháng.',
      remedy: 'Chọn người giới thiệu đã biết người vào Đảng đủ 12 tháng, hoặc ghi nhận người này là người giới thiệu thay thế do chi bộ cử.',
    },
  },
  'ADMISSION.UNION_RESOLUTION': {
    id: 'ADMISSION.UNION_RESOLUTION',
    statement:
      'A union committee’s resolution replaces one introducing member only when it is dated on or before the meeting; the Youth Union’s only for a candidate of youth age on that date.',
    remedy: 'Have a second official member introduce the applicant instead, or record the resolution with its correct date.',
    vi: {
      statement:
        'Nghị quyết của ban chấp hành đoàn thể chỉ thay cho một đảng viên giới thiệu khi có ngày không sau ngày họp; nghị quyết của Đoàn chỉ áp dụng với quần chúng còn trong độ tuổi đoàn vào ngày đó.',
      remedy: 'Để một đảng viên chính thức nữa giới thiệu thay, hoặc ghi nhận nghị quyết với đúng ngày của nó.',
    },
  },

  // Step 6 — eligibility on the date of the cell's meeting.
  'ADMISSION.AGE': {
    id: 'ADMISSION.AGE',
    statement:
      'On the date of the cell’s meeting the applicant is from 18 full years to 60 full years of age, counted in months; above 60 only with the written consent of the provincial standing committee.',
    remedy: 'Hold the vote once the applicant is 18 full years old, or record the provincial standing committee’s consent for an applicant above 60.',
    vi: {
      statement:
        'Vào ngày chi bộ họp, người vào Đảng từ đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng); trên 60 tuổi chỉ khi có văn bản đồng ý của ban thường vụ tỉnh ủy.',
      remedy: 'Chỉ biểu quyết khi người vào Đảng đã đủ 18 tuổi, hoặc ghi nhận văn bản đồng ý của ban thường vụ tỉnh ủy với người trên 60 tuổi.',
    },
  },
  'ADMISSION.EDUCATION': {
    id: 'ADMISSION.EDUCATION',
    statement: 'The applicant has at least the education level the ward’s policy requires, unless one of its recorded exceptions applies.',
    remedy: 'Record the applicant’s education level, or the exception that applies.',
    vi: {
      statement: 'Người vào Đảng có trình độ học vấn tối thiểu theo quy định, trừ khi thuộc một trường hợp ngoại lệ đã được quy định.',
      remedy: 'Ghi nhận trình độ học vấn của người vào Đảng, hoặc trường hợp ngoại lệ áp dụng.',
    },
  },
  'ADMISSION.READMISSION': {
    id: 'ADMISSION.READMISSION',
    statement:
      'A former party member is re-admitted only once, at least 36 full months after leaving, and only with the written consent of the provincial standing committee.',
    remedy: 'Wait until 36 months have passed, and record the provincial standing committee’s consent before the vote.',
    vi: {
      statement:
        'Người đã từng là đảng viên chỉ được kết nạp lại một lần, sau ít nhất 36 tháng kể từ khi ra khỏi Đảng, và khi có văn bản đồng ý của ban thường vụ tỉnh ủy.',
      remedy: 'Chờ đủ 36 tháng, và ghi nhận văn bản đồng ý của ban thường vụ tỉnh ủy trước khi biểu quyết.',
    },
  },

  // Step 7 — the cell's vote.
  'ADMISSION.CELL_MINIMUM': {
    id: 'ADMISSION.CELL_MINIMUM',
    statement: 'A cell resolves on an admission only when it has at least 3 official members on the date of the meeting.',
    remedy: 'Have the superior committee act for the cell, or wait until the cell has three official members.',
    vi: {
      statement: 'Chi bộ chỉ ra nghị quyết kết nạp khi có ít nhất 3 đảng viên chính thức vào ngày họp.',
      remedy: 'Đề nghị cấp ủy cấp trên xem xét thay chi bộ, hoặc chờ đến khi chi bộ có đủ ba đảng viên chính thức.',
    },
  },
  'ADMISSION.VOTE_TWO_THIRDS': {
    id: 'ADMISSION.VOTE_TWO_THIRDS',
    statement:
      'The cell’s resolution passes with at least two thirds of all its official members in favour — not of those present; members on temporary transfer elsewhere are not counted unless they attend. Each person is voted on individually.',
    remedy: 'The resolution did not pass: the dossier can be rejected, or brought to a later meeting.',
    vi: {
      statement:
        'Nghị quyết của chi bộ được thông qua khi có ít nhất hai phần ba tổng số đảng viên chính thức tán thành — không phải hai phần ba số có mặt; đảng viên đang sinh hoạt tạm thời nơi khác không tính, trừ khi có mặt. Biểu quyết riêng từng người.',
      remedy: 'Nghị quyết không được thông qua: có thể không kết nạp, hoặc đưa ra một cuộc họp sau.',
    },
  },

  // Step 8 — the committees.
  'ADMISSION.STEP_DATES': {
    id: 'ADMISSION.STEP_DATES',
    statement:
      'The steps follow each other in time: cell resolution, grassroots committee resolution, decision, receipt of the decision, ceremony; none is dated before the one it follows or after today.',
    remedy: 'Check the dates of this step and of the one before it.',
    vi: {
      statement:
        'Các bước nối tiếp nhau theo thời gian: nghị quyết chi bộ, nghị quyết đảng ủy cơ sở, quyết định, nhận quyết định, lễ kết nạp; không bước nào có ngày trước bước đứng trước nó hoặc sau ngày hôm nay.',
      remedy: 'Kiểm tra lại ngày của bước này và của bước trước đó.',
    },
  },
  'ADMISSION.GRASSROOTS_TWO_THIRDS': {
    id: 'ADMISSION.GRASSROOTS_TWO_THIRDS',
    statement: 'The grassroots committee’s resolution passes with at least two thirds of the committee’s members in favour.',
    remedy: 'The resolution did not pass: the dossier can be rejected, or brought back to the committee.',
    vi: {
      statement: 'Nghị quyết của đảng ủy cơ sở được thông qua khi có ít nhất hai phần ba tổng số cấp ủy viên tán thành.',
      remedy: 'Nghị quyết không được thông qua: có thể không kết nạp, hoặc trình lại đảng ủy.',
    },
  },
  'ADMISSION.COMPETENT_COMMITTEE': {
    id: 'ADMISSION.COMPETENT_COMMITTEE',
    statement: 'Admission and official recognition are decided only by the committee competent for the organisation tree.',
    remedy: 'Send the dossier to the competent committee for its decision.',
    vi: {
      statement: 'Việc kết nạp và công nhận đảng viên chính thức chỉ do cấp ủy có thẩm quyền của tổ chức đảng đó quyết định.',
      remedy: 'Chuyển hồ sơ lên cấp ủy có thẩm quyền để quyết định.',
    },
  },
  'ADMISSION.DECISION_DEADLINE': {
    id: 'ADMISSION.DECISION_DEADLINE',
    statement:
      'The competent committee decides within the working days the ward’s policy sets (60 by default) of the cell’s resolution, extendable once by at most the policy’s maximum (30 by default); an overrun is flagged.',
    remedy: 'Decide on the dossier, or record the one extension with its reason.',
    vi: {
      statement:
        'Cấp ủy có thẩm quyền quyết định trong số ngày làm việc theo quy định của phường (mặc định 60 ngày) kể từ ngày chi bộ ra nghị quyết, được gia hạn một lần không quá mức tối đa quy định (mặc định 30 ngày làm việc); quá hạn sẽ được cảnh báo.',
      remedy: 'Ra quyết định đối với hồ sơ, hoặc ghi nhận lần gia hạn duy nhất cùng lý do.',
    },
  },
  'ADMISSION.DEADLINE_EXTENSION': {
    id: 'ADMISSION.DEADLINE_EXTENSION',
    statement:
      'A committee’s decision deadline is extended once, by 1 working day up to the policy’s maximum (30 by default), with a reason, before it has passed and before the decision is made.',
    remedy: 'Decide on the dossier now: the deadline has passed, is already extended, or the decision is made.',
    vi: {
      statement:
        'Thời hạn quyết định của cấp ủy được gia hạn một lần, từ 1 ngày làm việc đến mức tối đa quy định (mặc định 30 ngày), có lý do, trước khi hết hạn và trước khi ra quyết định.',
      remedy: 'Ra quyết định ngay: thời hạn đã qua, đã được gia hạn, hoặc quyết định đã có.',
    },
  },

  // Step 9 — the ceremony.
  'ADMISSION.CEREMONY_DEADLINE': {
    id: 'ADMISSION.CEREMONY_DEADLINE',
    statement: 'The admission ceremony is held within the working days the ward’s policy sets (30 by default) of receiving the decision; later only with the superior committee’s consent.',
    remedy: 'Record the superior committee’s consent to the late ceremony, or correct the dates.',
    vi: {
      statement: 'Lễ kết nạp được tổ chức trong số ngày làm việc theo quy định (mặc định 30 ngày) kể từ ngày nhận quyết định; muộn hơn chỉ khi cấp ủy cấp trên đồng ý.',
      remedy: 'Ghi nhận sự đồng ý của cấp ủy cấp trên cho việc tổ chức muộn, hoặc sửa lại các ngày.',
    },
  },
  'ADMISSION.MEMBER_HISTORY_DEADLINE': {
    id: 'ADMISSION.MEMBER_HISTORY_DEADLINE',
    statement: 'The new member completes their party member history within the working days the ward’s policy sets (30 by default) of the ceremony; an overrun is flagged.',
    remedy: 'Have the new member complete the member history and record it.',
    vi: {
      statement: 'Đảng viên mới hoàn thành lý lịch đảng viên trong số ngày làm việc theo quy định (mặc định 30 ngày) kể từ ngày kết nạp; quá hạn sẽ được cảnh báo.',
      remedy: 'Đề nghị đảng viên mới hoàn thành lý lịch đảng viên và ghi nhận.',
    },
  },

  // Step 10 — probation.
  'PROBATION.MENTOR': {
    id: 'PROBATION.MENTOR',
    statement:
      'A probationary member’s mentor is an official member of the same cell, on the roll and not on temporary transfer elsewhere.',
    remedy: 'Assign an official member of the cell who takes part in its meetings.',
    vi: {
      statement:
        'Đảng viên giúp đỡ đảng viên dự bị là đảng viên chính thức cùng chi bộ, còn trong danh sách và không đang sinh hoạt tạm thời nơi khác.',
      remedy: 'Phân công một đảng viên chính thức của chi bộ đang sinh hoạt tại chi bộ.',
    },
  },
  'RECOGNITION.NEW_MEMBER_COURSE': {
    id: 'RECOGNITION.NEW_MEMBER_COURSE',
    statement: 'A probationary member is considered for official recognition only with the new-member course certificate, issued by the date of the meeting.',
    remedy: 'Send the member to the new-member course and consider the recognition once the certificate is issued.',
    vi: {
      statement: 'Đảng viên dự bị chỉ được xét công nhận chính thức khi đã có giấy chứng nhận lớp bồi dưỡng đảng viên mới, cấp trước ngày họp.',
      remedy: 'Cử đảng viên đi học lớp bồi dưỡng đảng viên mới và xét công nhận khi đã được cấp giấy chứng nhận.',
    },
  },

  // Step 11 — official recognition.
  'RECOGNITION.AFTER_PROBATION': {
    id: 'RECOGNITION.AFTER_PROBATION',
    statement: 'The cell considers official recognition only once the 12 months of probation, counted from the ceremony, are complete.',
    remedy: 'Hold the recognition meeting on or after the end of the 12 months.',
    vi: {
      statement: 'Chi bộ chỉ xét công nhận chính thức khi đã hết 12 tháng dự bị tính từ ngày kết nạp.',
      remedy: 'Họp xét công nhận từ ngày hết 12 tháng dự bị.',
    },
  },
  'RECOGNITION.DOCUMENTS': {
    id: 'RECOGNITION.DOCUMENTS',
    statement:
      'The cell votes on recognition on the member’s self-review, the mentor’s comments and the comments of the mass organisations, each dated on or before the meeting.',
    remedy: 'Record the missing self-review or comments before the meeting.',
    vi: {
      statement:
        'Chi bộ biểu quyết công nhận chính thức trên cơ sở bản tự kiểm điểm của đảng viên, nhận xét của đảng viên giúp đỡ và nhận xét của các đoàn thể, có ngày không sau ngày họp.',
      remedy: 'Bổ sung bản tự kiểm điểm hoặc các nhận xét còn thiếu trước ngày họp.',
    },
  },
  'RECOGNITION.MEETING_DEADLINE': {
    id: 'RECOGNITION.MEETING_DEADLINE',
    statement: 'The cell meets on official recognition within the working days the ward’s policy sets (30 by default) after the 12 months of probation end; an overrun is flagged.',
    remedy: 'Hold the recognition meeting now.',
    vi: {
      statement: 'Chi bộ họp xét công nhận chính thức trong số ngày làm việc theo quy định (mặc định 30 ngày) kể từ khi hết 12 tháng dự bị; quá hạn sẽ được cảnh báo.',
      remedy: 'Tổ chức họp xét công nhận ngay.',
    },
  },
  'RECOGNITION.VOTE_TWO_THIRDS': {
    id: 'RECOGNITION.VOTE_TWO_THIRDS',
    statement:
      'The cell’s resolution on recognition passes with at least two thirds of all its official members in favour, counted as for admission; otherwise the name is removed from the probationary list.',
    remedy: 'The resolution did not pass: the committee decides on removing the name from the probationary list.',
    vi: {
      statement:
        'Nghị quyết công nhận chính thức của chi bộ được thông qua khi có ít nhất hai phần ba tổng số đảng viên chính thức tán thành, tính như khi kết nạp; nếu không, xóa tên khỏi danh sách đảng viên dự bị.',
      remedy: 'Nghị quyết không được thông qua: cấp ủy quyết định xóa tên khỏi danh sách đảng viên dự bị.',
    },
  },
  'RECOGNITION.DECISION_DEADLINE': {
    id: 'RECOGNITION.DECISION_DEADLINE',
    statement:
      'The competent committee decides on recognition within the working days the ward’s policy sets (30 by default) of the cell’s resolution, extendable once by at most the policy’s maximum (30 by default); an overrun is flagged.',
    remedy: 'Decide on the recognition, or record the one extension with its reason.',
    vi: {
      statement:
        'Cấp ủy có thẩm quyền quyết định công nhận chính thức trong số ngày làm việc theo quy định (mặc định 30 ngày) kể từ ngày chi bộ ra nghị quyết, được gia hạn một lần không quá mức tối đa quy định (mặc định 30 ngày làm việc); quá hạn sẽ được cảnh báo.',
      remedy: 'Ra quyết định công nhận, hoặc ghi nhận lần gia hạn duy nhất cùng lý do.',
    },
  },
  'RECOGNITION.NAME_REMOVAL': {
    id: 'RECOGNITION.NAME_REMOVAL',
    statement:
      'A probationary member is recognised as official, from the end of the 12 months however late the decision, only after a passed cell resolution; otherwise the name is removed from the probationary list.',
    remedy: 'Record the committee’s decision to remove the name, with its reason.',
    vi: {
      statement:
        'Đảng viên dự bị chỉ được công nhận chính thức (kể từ ngày hết 12 tháng dự bị, dù quyết định muộn) khi nghị quyết của chi bộ được thông qua; nếu không, xóa tên khỏi danh sách đảng viên dự bị.',
      remedy: 'Ghi nhận quyết định xóa tên của cấp ủy, cùng lý do.',
    },
  },
});

export type AdmissionRuleId = keyof typeof ADMISSION_RULES;
