import { defineRules } from '@pdv/errors';

/**
 * Every rule the training service enforces, by stable id (clients may switch on it).
 * Statements are generic; the numbers and dates of a case go into the violation's
 * specifics, and no message ever names a person.
 */
export const TRAINING_RULES = defineRules({
  // Courses
  'TRAINING.COURSE_TRANSITION': {
    id: 'TRAINING.COURSE_TRANSITION',
    statement: 'A course goes PLANNED → OPEN → RUNNING → FINISHED, or is CANCELLED (with a reason) before it finishes.',
    remedy: 'Check the course’s status and take the step that comes next.',
    vi: {
      statement: 'Lớp học đi theo PLANNED → OPEN → RUNNING → FINISHED, hoặc bị hủy (CANCELLED, có lý do) trước khi kết thúc.',
      remedy: 'Kiểm tra trạng thái của lớp và thực hiện bước kế tiếp.',
    },
  },
  'TRAINING.COURSE_SCHEDULE': {
    id: 'TRAINING.COURSE_SCHEDULE',
    statement: 'A course has at least one session, every session lies within its term and ends after it starts, and no two sessions overlap.',
    remedy: 'Correct the term or the sessions’ dates and times.',
    vi: {
      statement: 'Lớp học có ít nhất một buổi, mỗi buổi nằm trong thời gian của lớp và kết thúc sau khi bắt đầu, không có hai buổi trùng giờ.',
      remedy: 'Sửa thời gian của lớp hoặc ngày giờ các buổi học.',
    },
  },
  'TRAINING.COURSE_START_DATE': {
    id: 'TRAINING.COURSE_START_DATE',
    statement: 'A course starts running on or after its first day, and finishes on or after its last day.',
    remedy: 'Wait until the day, or correct the term while the course is still planned.',
    vi: {
      statement: 'Lớp bắt đầu học vào hoặc sau ngày đầu tiên, và kết thúc vào hoặc sau ngày cuối cùng.',
      remedy: 'Chờ đến ngày đó, hoặc sửa thời gian của lớp khi lớp còn ở trạng thái dự kiến.',
    },
  },
  // Nominations
  'TRAINING.COURSE_NOT_OPEN': {
    id: 'TRAINING.COURSE_NOT_OPEN',
    statement: 'Nominations are made and decided while the course is OPEN.',
    remedy: 'Ask the training centre to open the course, or choose an open course.',
    vi: {
      statement: 'Việc cử người đi học và duyệt danh sách chỉ thực hiện khi lớp đang mở (OPEN).',
      remedy: 'Đề nghị Trung tâm chính trị mở lớp, hoặc chọn lớp đang mở.',
    },
  },
  'TRAINING.NOMINEE_STAGE': {
    id: 'TRAINING.NOMINEE_STAGE',
    statement: 'An awareness course takes candidates a cell has accepted into its source pool or later, not yet admitted or withdrawn.',
    remedy: 'Accept the candidate into the source pool first.',
    vi: {
      statement: 'Lớp bồi dưỡng nhận thức về Đảng nhận quần chúng đã được chi bộ tiếp nhận vào nguồn trở đi, chưa được kết nạp hoặc rút khỏi nguồn.',
      remedy: 'Tiếp nhận quần chúng vào nguồn trước.',
    },
  },
  'TRAINING.NOMINEE_PROBATIONARY': {
    id: 'TRAINING.NOMINEE_PROBATIONARY',
    statement: 'A new-member course takes probationary members who are active in their cell.',
    remedy: 'Nominate probationary members; official members have already taken the course.',
    vi: {
      statement: 'Lớp đảng viên mới nhận đảng viên dự bị đang sinh hoạt ở chi bộ.',
      remedy: 'Cử đảng viên dự bị; đảng viên chính thức đã học lớp này.',
    },
  },
  'TRAINING.NOMINEE_KIND': {
    id: 'TRAINING.NOMINEE_KIND',
    statement: 'An awareness course is for candidates, a new-member course for party members.',
    remedy: 'Nominate a candidate to an awareness course, a probationary member to a new-member course.',
    vi: {
      statement: 'Lớp bồi dưỡng nhận thức về Đảng dành cho quần chúng, lớp đảng viên mới dành cho đảng viên.',
      remedy: 'Cử quần chúng đi lớp nhận thức về Đảng, đảng viên dự bị đi lớp đảng viên mới.',
    },
  },
  'TRAINING.ALREADY_ENROLLED': {
    id: 'TRAINING.ALREADY_ENROLLED',
    statement: 'A person has one open nomination or place in a course.',
    remedy: 'The person is already nominated to this course; wait for the board’s decision.',
    vi: {
      statement: 'Mỗi người chỉ có một lần được cử hoặc một chỗ học đang hiệu lực trong một lớp.',
      remedy: 'Người này đã được cử vào lớp; chờ Ban Xây dựng Đảng duyệt.',
    },
  },
  'TRAINING.OVERLAP': {
    id: 'TRAINING.OVERLAP',
    statement: 'Nobody sits two courses whose sessions overlap in time.',
    remedy: 'Choose a course whose sessions do not clash with the person’s other course.',
    vi: {
      statement: 'Không ai học hai lớp có buổi học trùng giờ.',
      remedy: 'Chọn lớp có buổi học không trùng với lớp khác của người đó.',
    },
  },
  'TRAINING.VALID_CERTIFICATE_HELD': {
    id: 'TRAINING.VALID_CERTIFICATE_HELD',
    statement: 'A person holding a valid awareness certificate takes a new awareness course only to renew it, within the renewal window before it expires.',
    remedy: 'Nominate the person to a course that starts within the renewal window.',
    vi: {
      statement: 'Người đang có giấy chứng nhận bồi dưỡng nhận thức về Đảng còn giá trị chỉ học lớp mới để cấp lại, trong khoảng thời gian trước khi giấy hết hạn.',
      remedy: 'Cử người đó vào lớp bắt đầu trong khoảng thời gian được cấp lại.',
    },
  },
  'TRAINING.CAPACITY': {
    id: 'TRAINING.CAPACITY',
    statement: 'A course approves no more participants than its capacity.',
    remedy: 'Refuse or withdraw another nomination, or nominate to another course.',
    vi: {
      statement: 'Lớp học không duyệt quá số học viên tối đa.',
      remedy: 'Không duyệt hoặc rút bớt một người được cử, hoặc cử vào lớp khác.',
    },
  },
  'TRAINING.ENROLMENT_TRANSITION': {
    id: 'TRAINING.ENROLMENT_TRANSITION',
    statement: 'A nomination is approved or refused once; a place is withdrawn only while nominated or approved.',
    remedy: 'Check the enrolment’s status.',
    vi: {
      statement: 'Việc cử đi học được duyệt hoặc không duyệt một lần; chỗ học chỉ rút được khi đang được cử hoặc đã duyệt.',
      remedy: 'Kiểm tra trạng thái ghi danh.',
    },
  },
  'TRAINING.WITHDRAWAL_BEFORE_START': {
    id: 'TRAINING.WITHDRAWAL_BEFORE_START',
    statement: 'A participant withdraws before the course starts; after that the course records their attendance and result.',
    remedy: 'Record the participant as absent instead.',
    vi: {
      statement: 'Học viên rút trước khi lớp bắt đầu; sau đó lớp ghi nhận điểm danh và kết quả của họ.',
      remedy: 'Ghi học viên vắng mặt thay vì rút.',
    },
  },
  // Attendance and results
  'TRAINING.ATTENDANCE_WHILE_RUNNING': {
    id: 'TRAINING.ATTENDANCE_WHILE_RUNNING',
    statement: 'Attendance is recorded for approved participants of a running course, for sessions already held.',
    remedy: 'Start the course first, and record a session on or after its day.',
    vi: {
      statement: 'Điểm danh được ghi cho học viên đã duyệt của lớp đang học, cho các buổi đã diễn ra.',
      remedy: 'Bắt đầu lớp trước, và ghi buổi học vào hoặc sau ngày của buổi đó.',
    },
  },
  'TRAINING.RESULT_TIMING': {
    id: 'TRAINING.RESULT_TIMING',
    statement: 'A result is recorded once per participant, on or after the last session, while the course is running or finished, with attendance recorded for every session.',
    remedy: 'Record the missing attendance first; a recorded result is corrected through the certificate, not rewritten.',
    vi: {
      statement: 'Kết quả ghi một lần cho mỗi học viên, vào hoặc sau buổi cuối, khi lớp đang học hoặc đã kết thúc, và đã điểm danh đủ các buổi.',
      remedy: 'Ghi phần điểm danh còn thiếu trước; kết quả đã ghi được sửa qua giấy chứng nhận, không ghi đè.',
    },
  },
  'TRAINING.SCORE_RANGE': {
    id: 'TRAINING.SCORE_RANGE',
    statement: 'A score lies between 0 and 10, with at most two decimals; an ABSENT result has no score.',
    remedy: 'Enter the score from the results sheet.',
    vi: {
      statement: 'Điểm từ 0 đến 10, tối đa hai chữ số thập phân; kết quả vắng thi (ABSENT) không có điểm.',
      remedy: 'Nhập điểm theo bảng kết quả.',
    },
  },
  'TRAINING.COMPLETION': {
    id: 'TRAINING.COMPLETION',
    statement: 'A participant completes a course by attending the required share of its sessions and passing.',
    remedy: 'A participant who did not complete can be nominated to a later course.',
    vi: {
      statement: 'Học viên hoàn thành lớp khi dự đủ tỷ lệ buổi học quy định và đạt.',
      remedy: 'Học viên chưa hoàn thành có thể được cử vào lớp sau.',
    },
  },
  // Certificates
  'TRAINING.CERTIFICATE_VALIDITY': {
    id: 'TRAINING.CERTIFICATE_VALIDITY',
    statement: 'A certificate is valid from its issue date for the policy’s number of months; its last valid day is the day before the same date that many months later.',
    remedy: 'Renew an expired certificate by passing a new course.',
    vi: {
      statement: 'Giấy chứng nhận có giá trị từ ngày cấp trong số tháng theo quy định; ngày cuối còn giá trị là ngày trước ngày cùng số sau từng ấy tháng.',
      remedy: 'Giấy chứng nhận hết hạn thì học và đạt một lớp mới để được cấp lại.',
    },
  },
  'TRAINING.CERTIFICATE_INVALIDATED': {
    id: 'TRAINING.CERTIFICATE_INVALIDATED',
    statement: 'An invalidated certificate stays invalidated: it is neither invalidated again nor corrected.',
    remedy: 'Issue a new certificate through a new course.',
    vi: {
      statement: 'Giấy chứng nhận đã hủy thì giữ nguyên là đã hủy: không hủy lại, không sửa.',
      remedy: 'Cấp giấy chứng nhận mới qua một lớp mới.',
    },
  },
  'TRAINING.ISSUE_DATE': {
    id: 'TRAINING.ISSUE_DATE',
    statement: 'A certificate is issued on or after its course’s last session and not later than today.',
    remedy: 'Enter the date printed on the certificate.',
    vi: {
      statement: 'Giấy chứng nhận được cấp vào hoặc sau buổi học cuối của lớp và không sau ngày hôm nay.',
      remedy: 'Nhập ngày ghi trên giấy chứng nhận.',
    },
  },
  // Policy
  'TRAINING.POLICY_RANGE': {
    id: 'TRAINING.POLICY_RANGE',
    statement: 'Policy values stay within their bounds: the renewal window is shorter than the validity.',
    remedy: 'Choose values within the bounds shown.',
    vi: {
      statement: 'Các giá trị quy định nằm trong giới hạn: khoảng thời gian cấp lại ngắn hơn thời hạn giá trị.',
      remedy: 'Chọn giá trị trong giới hạn được hiển thị.',
    },
  },
});

export type TrainingRuleId = keyof typeof TRAINING_RULES;
