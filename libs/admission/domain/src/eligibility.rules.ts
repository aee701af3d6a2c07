import { EDUCATION_LEVELS, type EducationLevel } from '@pdv/contracts';
import { monthsReachedOn, fullMonthsOn, fullYearsOn, type LocalDate } from '@pdv/calendar';
import { type AdmissionPolicy, CHARTER } from './admission.policy';
import { met, notMet, notYetKnown, type RuleOutcome, waivedWithConsent } from './rule-outcome';

/** A consent or resolution on paper: the date it bears and its number, if it has one. */
export interface RecordedConsent {
  date: LocalDate;
  reference: string | null;
}

/**
 * ADMISSION.AGE (step 6): from 18 full years to 60 full years counted in months, on the date
 * of the meeting. So the applicant qualifies on their 18th birthday, and still on the day
 * before they are 60 years and one month; from then on only with the provincial standing
 * committee's consent dated on or before the meeting. The facts carry the age, never the
 * date of birth.
 */
export function ageOutcome(args: { dateOfBirth: LocalDate | null; meetingDate: LocalDate; provincialConsent: RecordedConsent | null }): RuleOutcome {
  const { dateOfBirth, meetingDate, provincialConsent } = args;
  const rule = 'ADMISSION.AGE';
  if (dateOfBirth === null) {
    return notYetKnown(
      rule,
      { en: 'The date of birth is not recorded in the personal history.', vi: 'Lý lịch chưa ghi ngày sinh.' },
      { en: 'Record the personal history.', vi: 'Ghi nhận lý lịch của người vào Đảng.' },
    );
  }
  const ageYears = fullYearsOn(dateOfBirth, meetingDate);
  const ageMonths = fullMonthsOn(dateOfBirth, meetingDate);
  const facts = { meetingDate, ageYears, ageMonths };
  if (ageYears < CHARTER.minAgeYears) {
    return notMet(
      rule,
      { en: `On ${meetingDate} the applicant is ${ageYears} full years old.`, vi: `Vào ngày ${meetingDate}, người vào Đảng mới ${ageYears} tuổi.` },
      facts,
    );
  }
  if (ageMonths <= CHARTER.maxAgeMonthsWithoutConsent) {
    return met(rule, { en: `On ${meetingDate} the applicant is ${ageYears} full years old.`, vi: `Vào ngày ${meetingDate}, người vào Đảng ${ageYears} tuổi.` }, facts);
  }
  const over = { en: `On ${meetingDate} the applicant is over 60 full years (${ageMonths} months).`, vi: `Vào ngày ${meetingDate}, người vào Đảng đã quá 60 tuổi (${ageMonths} tháng).` };
  if (provincialConsent !== null && provincialConsent.date <= meetingDate) {
    return waivedWithConsent(
      rule,
      { en: `${over.en} The provincial standing committee consented on ${provincialConsent.date}.`, vi: `${over.vi} Ban thường vụ tỉnh ủy đã đồng ý ngày ${provincialConsent.date}.` },
      { ...facts, consentDate: provincialConsent.date, consentReference: provincialConsent.reference },
    );
  }
  return notMet(
    rule,
    provincialConsent === null
      ? over
      : { en: `${over.en} The consent is dated ${provincialConsent.date}, after the meeting.`, vi: `${over.vi} Văn bản đồng ý ghi ngày ${provincialConsent.date}, sau ngày họp.` },
    { ...facts, consentDate: provincialConsent?.date ?? null },
    {
      en: 'Record the provincial standing committee’s written consent, dated on or before the meeting.',
      vi: 'Ghi nhận văn bản đồng ý của ban thường vụ tỉnh ủy, có ngày không sau ngày họp.',
    },
  );
}

function rank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/**
 * ADMISSION.EDUCATION (step 6): at least the policy's minimum (lower secondary by default), or
 * at least the minimum of the exception the dossier records, when the board's policy has it.
 */
export function educationOutcome(args: {
  educationLevel: EducationLevel | null;
  exceptionCode: string | null;
  policy: Pick<AdmissionPolicy, 'minimumEducationLevel' | 'educationExceptions'>;
}): RuleOutcome {
  const { educationLevel, exceptionCode, policy } = args;
  const rule = 'ADMISSION.EDUCATION';
  if (educationLevel === null) {
    return notYetKnown(
      rule,
      { en: 'The education level is not recorded in the personal history.', vi: 'Lý lịch chưa ghi trình độ học vấn.' },
      { en: 'Record the education level in the personal history.', vi: 'Ghi trình độ học vấn vào lý lịch.' },
    );
  }
  const facts = { educationLevel, minimumEducationLevel: policy.minimumEducationLevel, exceptionCode };
  if (rank(educationLevel) >= rank(policy.minimumEducationLevel)) {
    return met(rule, { en: `Education ${educationLevel}, minimum ${policy.minimumEducationLevel}.`, vi: `Trình độ ${educationLevel}, tối thiểu ${policy.minimumEducationLevel}.` }, facts);
  }
  const exception = exceptionCode === null ? undefined : policy.educationExceptions.find((candidate) => candidate.code === exceptionCode);
  if (exception && rank(educationLevel) >= rank(exception.minimumLevel)) {
    return met(
      rule,
      {
        en: `Education ${educationLevel}, accepted under the exception ${exception.code} (minimum ${exception.minimumLevel}).`,
        vi: `Trình độ ${educationLevel}, được chấp nhận theo ngoại lệ ${exception.code} (tối thiểu ${exception.minimumLevel}).`,
      },
      { ...facts, exceptionMinimumLevel: exception.minimumLevel },
    );
  }
  const because =
    exceptionCode === null
      ? { en: '', vi: '' }
      : exception
        ? { en: ` The exception ${exceptionCode} needs at least ${exception.minimumLevel}.`, vi: ` Ngoại lệ ${exceptionCode} cần tối thiểu ${exception.minimumLevel}.` }
        : { en: ` The exception ${exceptionCode} is not in the ward’s policy.`, vi: ` Ngoại lệ ${exceptionCode} không có trong quy định của phường.` };
  return notMet(
    rule,
    {
      en: `Education ${educationLevel} is below the minimum ${policy.minimumEducationLevel}.${because.en}`,
      vi: `Trình độ ${educationLevel} thấp hơn mức tối thiểu ${policy.minimumEducationLevel}.${because.vi}`,
    },
    facts,
  );
}

/** A certificate as the training service's events give it (ids and dates only). */
export interface CertificateFact {
  certificateId: string;
  issuedOn: LocalDate;
  /** The last day it is valid, as the training service computed it (60 months for awareness courses). */
  validUntil: LocalDate;
}

/**
 * ADMISSION.CERTIFICATE_VALID (steps 3–4): an awareness certificate issued on or before the
 * meeting and valid on that day (its last valid day included). With several, the one valid
 * longest is the fact used.
 */
export function certificateOutcome(args: { certificates: readonly CertificateFact[]; meetingDate: LocalDate }): RuleOutcome {
  const { certificates, meetingDate } = args;
  const rule = 'ADMISSION.CERTIFICATE_VALID';
  const valid = certificates
    .filter((certificate) => certificate.issuedOn <= meetingDate && meetingDate <= certificate.validUntil)
    .sort((a, b) => (a.validUntil < b.validUntil ? 1 : -1));
  if (valid.length > 0) {
    const [best] = valid;
    return met(
      rule,
      { en: `The awareness certificate is valid until ${best.validUntil}.`, vi: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng còn giá trị đến ngày ${best.validUntil}.` },
      { meetingDate, certificateId: best.certificateId, issuedOn: best.issuedOn, validUntil: best.validUntil },
    );
  }
  const expired = certificates.filter((certificate) => certificate.validUntil < meetingDate).sort((a, b) => (a.validUntil < b.validUntil ? 1 : -1));
  if (expired.length > 0) {
    const [latest] = expired;
    return notMet(
      rule,
      { en: `The latest awareness certificate expired after ${latest.validUntil}.`, vi: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng gần nhất hết giá trị sau ngày ${latest.validUntil}.` },
      { meetingDate, certificateId: latest.certificateId, issuedOn: latest.issuedOn, validUntil: latest.validUntil },
      { en: 'Send the candidate to an awareness course again.', vi: 'Cử quần chúng học lại lớp bồi dưỡng nhận thức về Đảng.' },
    );
  }
  if (certificates.length > 0) {
    const first = [...certificates].sort((a, b) => (a.issuedOn < b.issuedOn ? -1 : 1))[0];
    return notMet(
      rule,
      { en: `The awareness certificate is issued on ${first.issuedOn}, after the meeting.`, vi: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng cấp ngày ${first.issuedOn}, sau ngày họp.` },
      { meetingDate, certificateId: first.certificateId, issuedOn: first.issuedOn, validUntil: first.validUntil },
      { en: `Hold the meeting on or after ${first.issuedOn}.`, vi: `Họp từ ngày ${first.issuedOn} trở đi.` },
    );
  }
  return notMet(
    rule,
    { en: 'The candidate has no awareness course certificate.', vi: 'Quần chúng chưa có giấy chứng nhận bồi dưỡng nhận thức về Đảng.' },
    { meetingDate },
    { en: 'Nominate the candidate to an awareness course.', vi: 'Cử quần chúng đi học lớp bồi dưỡng nhận thức về Đảng.' },
  );
}

/** What the personal history declares about an earlier membership. */
export type FormerMembership =
  | { wasMember: false }
  | {
      wasMember: true;
      /** The day the earlier membership ended. */
      leftOn: LocalDate;
      /** How many times the person has already been re-admitted. */
      timesReadmitted: number;
    };

/**
 * ADMISSION.READMISSION (step 6): a former member at least 36 full months out, not
 * re-admitted before, with the provincial standing committee's consent dated on or before the
 * meeting (then WAIVED_WITH_CONSENT: re-admission always rests on that consent). Someone who
 * was never a member meets it; an undeclared history is not yet known.
 */
export function readmissionOutcome(args: {
  formerMembership: FormerMembership | null;
  provincialConsent: RecordedConsent | null;
  meetingDate: LocalDate;
}): RuleOutcome {
  const { formerMembership, provincialConsent, meetingDate } = args;
  const rule = 'ADMISSION.READMISSION';
  if (formerMembership === null) {
    return notYetKnown(
      rule,
      { en: 'The personal history does not yet say whether the applicant was a party member before.', vi: 'Lý lịch chưa ghi người vào Đảng đã từng là đảng viên hay chưa.' },
      { en: 'Record the personal history.', vi: 'Ghi nhận lý lịch của người vào Đảng.' },
    );
  }
  if (!formerMembership.wasMember) {
    return met(rule, { en: 'The applicant was never a party member: a first admission.', vi: 'Người vào Đảng chưa từng là đảng viên: kết nạp lần đầu.' });
  }
  const monthsOut = fullMonthsOn(formerMembership.leftOn, meetingDate);
  const eligibleFrom = monthsReachedOn(formerMembership.leftOn, CHARTER.readmissionMonthsOut);
  const facts = { meetingDate, leftOn: formerMembership.leftOn, monthsOut, timesReadmitted: formerMembership.timesReadmitted };
  if (formerMembership.timesReadmitted >= CHARTER.readmissionsAllowed) {
    return notMet(
      rule,
      { en: 'The applicant has already been re-admitted once.', vi: 'Người vào Đảng đã được kết nạp lại một lần.' },
      facts,
      { en: 'The applicant cannot be admitted again: close the dossier.', vi: 'Không thể kết nạp lại lần nữa: kết thúc hồ sơ.' },
    );
  }
  if (monthsOut < CHARTER.readmissionMonthsOut) {
    return notMet(
      rule,
      { en: `On ${meetingDate} the applicant has been out for ${monthsOut} full months.`, vi: `Vào ngày ${meetingDate}, người vào Đảng mới ra khỏi Đảng ${monthsOut} tháng.` },
      { ...facts, eligibleFrom },
      { en: `Hold the vote on or after ${eligibleFrom}.`, vi: `Biểu quyết từ ngày ${eligibleFrom} trở đi.` },
    );
  }
  if (provincialConsent === null || provincialConsent.date > meetingDate) {
    return notMet(
      rule,
      {
        en: `The applicant has been out for ${monthsOut} full months; the provincial standing committee’s consent is not recorded for this meeting.`,
        vi: `Người vào Đảng đã ra khỏi Đảng ${monthsOut} tháng; chưa có văn bản đồng ý của ban thường vụ tỉnh ủy cho cuộc họp này.`,
      },
      { ...facts, consentDate: provincialConsent?.date ?? null },
      {
        en: 'Record the provincial standing committee’s written consent, dated on or before the meeting.',
        vi: 'Ghi nhận văn bản đồng ý của ban thường vụ tỉnh ủy, có ngày không sau ngày họp.',
      },
    );
  }
  return waivedWithConsent(
    rule,
    {
      en: `A re-admission after ${monthsOut} full months out, with the provincial standing committee’s consent of ${provincialConsent.date}.`,
      vi: `Kết nạp lại sau ${monthsOut} tháng, có văn bản đồng ý của ban thường vụ tỉnh ủy ngày ${provincialConsent.date}.`,
    },
    { ...facts, consentDate: provincialConsent.date, consentReference: provincialConsent.reference },
  );
}
