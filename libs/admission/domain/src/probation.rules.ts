import { addMonths, fullYearsOn, type LocalDate, type WorkingDayCalendar } from '@pdv/calendar';
import { CHARTER, type DeadlinePolicy } from './admission.policy';
import type { CertificateFact, RecordedConsent } from './eligibility.rules';
import type { MemberStanding } from './introducer.rules';
import { deadlineDueOn } from './deadline.rules';
import { met, notMet, notYetKnown, refusal, type RuleOutcome, waivedWithConsent } from './rule-outcome';
import { cellMinimumOutcome } from './vote.rules';

/** A dated step of the procedure, for ADMISSION.STEP_DATES. */
export interface DatedStep {
  step: 'CELL_RESOLUTION' | 'GRASSROOTS_RESOLUTION' | 'DECISION' | 'DECISION_RECEIVED' | 'CEREMONY' | 'MEMBER_HISTORY' | 'RECOGNITION_RESOLUTION' | 'RECOGNITION_DECISION';
  date: LocalDate;
}

/**
 * ADMISSION.STEP_DATES (steps 7–11): the steps given in their order are dated in that order
 * (the same day allowed) and none after today. Throws the refusal of the first that is not.
 */
export function checkStepDates(steps: readonly DatedStep[], today: LocalDate): void {
  const rule = 'ADMISSION.STEP_DATES';
  steps.forEach((step, index) => {
    const facts = { step: step.step, date: step.date, today };
    if (step.date > today) {
      throw refusal(notMet(rule, { en: `${step.step} is dated ${step.date}, after today (${today}).`, vi: `${step.step} ghi ngày ${step.date}, sau ngày hôm nay (${today}).` }, facts));
    }
    const before = steps[index - 1];
    if (before && step.date < before.date) {
      throw refusal(
        notMet(
          rule,
          { en: `${step.step} is dated ${step.date}, before ${before.step} of ${before.date}.`, vi: `${step.step} ghi ngày ${step.date}, trước ${before.step} ngày ${before.date}.` },
          { ...facts, precedingStep: before.step, precedingDate: before.date },
        ),
      );
    }
  });
}

/**
 * ADMISSION.CEREMONY_DEADLINE (step 9): the ceremony within the policy's working days (30 by
 * default) of receiving the decision, on the calendar given; later only with the superior committee's consent, dated on
 * or before the ceremony (WAIVED_WITH_CONSENT).
 */
export function ceremonyDeadlineOutcome(args: {
  decisionReceivedOn: LocalDate;
  ceremonyDate: LocalDate;
  superiorConsent: RecordedConsent | null;
  calendar: WorkingDayCalendar;
  policy: DeadlinePolicy;
}): RuleOutcome {
  const { decisionReceivedOn, ceremonyDate, superiorConsent, calendar, policy } = args;
  const rule = 'ADMISSION.CEREMONY_DEADLINE';
  const dueOn = deadlineDueOn({ kind: 'CEREMONY', startsOn: decisionReceivedOn, extensionWorkingDays: 0 }, calendar, policy);
  const workingDays = calendar.workingDaysBetween(decisionReceivedOn, ceremonyDate);
  const facts = { decisionReceivedOn, ceremonyDate, dueOn, workingDays };
  if (ceremonyDate <= dueOn) {
    return met(
      rule,
      { en: `The ceremony is ${workingDays} working days after the decision was received (due by ${dueOn}).`, vi: `Lễ kết nạp sau ${workingDays} ngày làm việc kể từ ngày nhận quyết định (hạn ${dueOn}).` },
      facts,
    );
  }
  const late = {
    en: `The ceremony is ${workingDays} working days after the decision was received; it was due by ${dueOn}.`,
    vi: `Lễ kết nạp sau ${workingDays} ngày làm việc kể từ ngày nhận quyết định; hạn là ngày ${dueOn}.`,
  };
  if (superiorConsent !== null && superiorConsent.date <= ceremonyDate) {
    return waivedWithConsent(
      rule,
      { en: `${late.en} The superior committee consented on ${superiorConsent.date}.`, vi: `${late.vi} Cấp ủy cấp trên đã đồng ý ngày ${superiorConsent.date}.` },
      { ...facts, consentDate: superiorConsent.date, consentReference: superiorConsent.reference },
    );
  }
  return notMet(rule, late, facts);
}

/**
 * Probation (step 10) runs 12 months from the ceremony; the member is official from its end,
 * `addMonths(ceremony, 12)` — the same day the organisation service computes
 * (`officialDateFor`), so both services name one date.
 */
export function probationOf(ceremonyDate: LocalDate): { startsOn: LocalDate; endsOn: LocalDate } {
  return { startsOn: ceremonyDate, endsOn: addMonths(ceremonyDate, CHARTER.probationMonths) };
}

/** Party age (step 9) counts from the date of the admission decision, not from the ceremony: full years on `date`. */
export function partyAgeYearsOn(admissionDecisionDate: LocalDate, date: LocalDate): number {
  return date < admissionDecisionDate ? 0 : fullYearsOn(admissionDecisionDate, date);
}

/** PROBATION.MENTOR (step 10): an official member of the probationary member's cell, on the roll and not away. */
export function probationMentorOutcome(args: { mentor: MemberStanding | null; cellId: string; date: LocalDate }): RuleOutcome {
  const { mentor, cellId, date } = args;
  const rule = 'PROBATION.MENTOR';
  if (mentor === null) {
    return notYetKnown(
      rule,
      { en: 'No mentor is assigned, or the mentor is not in the organisation records.', vi: 'Chưa phân công đảng viên giúp đỡ, hoặc người được phân công chưa có trong hồ sơ tổ chức đảng.' },
      { en: 'Assign an official member of the cell as mentor.', vi: 'Phân công một đảng viên chính thức của chi bộ giúp đỡ.' },
      { date },
    );
  }
  const facts = { memberId: mentor.memberId, date, memberStatus: mentor.status, onRoll: mentor.onRoll, temporarilyAway: mentor.temporarilyAway, sameCell: mentor.cellId === cellId };
  const finding = (en: string, vi: string) => ({ en: `On ${date} the mentor ${en}.`, vi: `Vào ngày ${date}, đảng viên giúp đỡ ${vi}.` });
  if (!mentor.onRoll) return notMet(rule, finding('is no longer on the roll', 'không còn trong danh sách đảng viên'), facts);
  if (mentor.status !== 'OFFICIAL') return notMet(rule, finding('is a probationary member', 'là đảng viên dự bị'), facts);
  if (mentor.cellId !== cellId) return notMet(rule, finding('belongs to another cell', 'thuộc chi bộ khác'), facts);
  if (mentor.temporarilyAway) return notMet(rule, finding('is on temporary transfer elsewhere', 'đang sinh hoạt tạm thời nơi khác'), facts);
  return met(rule, finding('is an official member of the cell', 'là đảng viên chính thức của chi bộ'), facts);
}

/** RECOGNITION.NEW_MEMBER_COURSE (steps 10–11): a new-member course certificate issued on or before the meeting. */
export function newMemberCourseOutcome(args: { certificates: readonly CertificateFact[]; meetingDate: LocalDate }): RuleOutcome {
  const { certificates, meetingDate } = args;
  const rule = 'RECOGNITION.NEW_MEMBER_COURSE';
  const issued = certificates.filter((certificate) => certificate.issuedOn <= meetingDate).sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : 1));
  if (issued.length > 0) {
    return met(
      rule,
      { en: `The new-member course certificate was issued on ${issued[0].issuedOn}.`, vi: `Giấy chứng nhận lớp bồi dưỡng đảng viên mới cấp ngày ${issued[0].issuedOn}.` },
      { meetingDate, certificateId: issued[0].certificateId, issuedOn: issued[0].issuedOn },
    );
  }
  return notMet(
    rule,
    certificates.length > 0
      ? { en: 'The new-member course certificate is issued after the meeting.', vi: 'Giấy chứng nhận lớp bồi dưỡng đảng viên mới cấp sau ngày họp.' }
      : { en: 'The member has no new-member course certificate.', vi: 'Đảng viên chưa có giấy chứng nhận lớp bồi dưỡng đảng viên mới.' },
    { meetingDate },
  );
}

/** RECOGNITION.AFTER_PROBATION (step 11): the recognition meeting on or after the end of the 12 months. */
export function afterProbationOutcome(args: { ceremonyDate: LocalDate; meetingDate: LocalDate }): RuleOutcome {
  const { endsOn } = probationOf(args.ceremonyDate);
  const rule = 'RECOGNITION.AFTER_PROBATION';
  const facts = { ceremonyDate: args.ceremonyDate, probationEndsOn: endsOn, meetingDate: args.meetingDate };
  return args.meetingDate >= endsOn
    ? met(rule, { en: `The 12 months of probation ended on ${endsOn}.`, vi: `Thời kỳ dự bị 12 tháng đã hết vào ngày ${endsOn}.` }, facts)
    : notMet(
        rule,
        { en: `The 12 months of probation end on ${endsOn}.`, vi: `Thời kỳ dự bị 12 tháng hết vào ngày ${endsOn}.` },
        facts,
        { en: `Hold the recognition meeting on or after ${endsOn}.`, vi: `Họp xét công nhận từ ngày ${endsOn} trở đi.` },
      );
}

/** RECOGNITION.DOCUMENTS (step 11): the self-review, the mentor's comments and the organisations' comments, dated by the meeting. */
export function recognitionDocumentsOutcome(args: {
  selfReviewOn: LocalDate | null;
  mentorCommentsOn: LocalDate | null;
  organisationCommentsOn: LocalDate | null;
  meetingDate: LocalDate;
}): RuleOutcome {
  const rule = 'RECOGNITION.DOCUMENTS';
  const papers = { SELF_REVIEW: args.selfReviewOn, MENTOR_COMMENTS: args.mentorCommentsOn, ORGANISATION_COMMENTS: args.organisationCommentsOn };
  const missing = Object.entries(papers)
    .filter(([, date]) => date === null || date > args.meetingDate)
    .map(([kind]) => kind);
  const facts = { meetingDate: args.meetingDate, missing: missing.join(',') };
  return missing.length === 0
    ? met(rule, { en: 'The self-review and both comments are recorded.', vi: 'Đã có bản tự kiểm điểm và các nhận xét.' }, facts)
    : notMet(rule, { en: `Missing by ${args.meetingDate}: ${missing.join(', ')}.`, vi: `Còn thiếu tính đến ngày ${args.meetingDate}: ${missing.join(', ')}.` }, facts);
}

export type RecognitionDecision =
  | { kind: 'RECOGNISED'; officialFrom: LocalDate; decidedOn: LocalDate }
  | { kind: 'NAME_REMOVED'; effectiveDate: LocalDate; decidedOn: LocalDate };

/**
 * RECOGNITION.NAME_REMOVAL (step 11): the committee recognises only after a passed cell
 * resolution, and then the member is official from the end of the 12 months however late the
 * decision; otherwise the name is removed from the probationary list on the decision's date.
 */
export function planRecognitionDecision(args: { ceremonyDate: LocalDate; cellResolutionPassed: boolean; recognised: boolean; decidedOn: LocalDate }): RecognitionDecision {
  const { ceremonyDate, cellResolutionPassed, recognised, decidedOn } = args;
  if (!recognised) return { kind: 'NAME_REMOVED', effectiveDate: decidedOn, decidedOn };
  if (!cellResolutionPassed) {
    throw refusal(
      notMet(
        'RECOGNITION.NAME_REMOVAL',
        { en: 'The cell’s recognition resolution did not pass.', vi: 'Nghị quyết công nhận chính thức của chi bộ không được thông qua.' },
        { decidedOn, cellResolutionPassed },
      ),
    );
  }
  return { kind: 'RECOGNISED', officialFrom: probationOf(ceremonyDate).endsOn, decidedOn };
}

/** The papers the cell votes on for recognition (step 11), each with the date it bears; null while missing. */
export interface RecognitionPapers {
  selfReviewOn: LocalDate | null;
  mentorCommentsOn: LocalDate | null;
  organisationCommentsOn: LocalDate | null;
}

/**
 * Every rule the cell's recognition vote (step 11) needs on its meeting date, in the order a
 * secretary works through them: the 12 months are over, the papers are in, the new-member
 * course certificate is held, and the cell can resolve. The count itself
 * (RECOGNITION.VOTE_TWO_THIRDS) comes after, by the same rule as for admission.
 */
export function recognitionVotePrerequisites(args: {
  ceremonyDate: LocalDate;
  meetingDate: LocalDate;
  papers: RecognitionPapers;
  newMemberCertificates: readonly CertificateFact[];
  officialMembers: number;
}): RuleOutcome[] {
  const { ceremonyDate, meetingDate, papers } = args;
  return [
    afterProbationOutcome({ ceremonyDate, meetingDate }),
    recognitionDocumentsOutcome({ ...papers, meetingDate }),
    newMemberCourseOutcome({ certificates: args.newMemberCertificates, meetingDate }),
    cellMinimumOutcome(args.officialMembers, meetingDate),
  ];
}
