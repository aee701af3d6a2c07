import type { PartyMemberStatus } from '@pdv/contracts';
import { monthsReachedOn, fullMonthsOn, fullYearsOn, type LocalDate, minDate } from '@pdv/calendar';
import { type AdmissionPolicy, CHARTER } from './admission.policy';
import { met, notMet, notYetKnown, type RuleOutcome } from './rule-outcome';

/** A member as the organisation read model shows them on a given date. */
export interface MemberStanding {
  memberId: string;
  /** PROBATIONARY or OFFICIAL on that date. */
  status: PartyMemberStatus;
  /** False once the member has left (transferred out, died, expelled, name removed). */
  onRoll: boolean;
  /** The member's cell on that date; null once they left. */
  cellId: string | null;
  /** On temporary transfer to another organisation on that date. */
  temporarilyAway: boolean;
}

export const UNION_RESOLUTION_KINDS = ['YOUTH_UNION_RESOLUTION', 'TRADE_UNION_RESOLUTION'] as const;
export type UnionResolutionKind = (typeof UNION_RESOLUTION_KINDS)[number];

/** An introduction in the dossier: an official member's, or a union committee's resolution. */
export type Introduction =
  | {
      kind: 'MEMBER';
      introductionId: string;
      memberId: string;
      /** From the read model on the meeting date; null when the member is not known there. */
      standing: MemberStanding | null;
      /** The declared period of working, studying or living together; null while not declared. */
      togetherFrom: LocalDate | null;
      /** Null while it lasts. */
      togetherUntil: LocalDate | null;
      /** The cell named this member to replace an introducer (exempt from the 12 months). */
      replacementNamedByCell: boolean;
    }
  | { kind: UnionResolutionKind; introductionId: string; resolutionDate: LocalDate };

type MemberIntroduction = Extract<Introduction, { kind: 'MEMBER' }>;
type UnionIntroduction = Exclude<Introduction, MemberIntroduction>;

/**
 * ADMISSION.INTRODUCER_STANDING (step 5): an official member on the meeting date, on the roll
 * and not on temporary transfer elsewhere. Probationary members cannot introduce.
 */
export function introducerStandingOutcome(introduction: MemberIntroduction, meetingDate: LocalDate): RuleOutcome {
  const rule = 'ADMISSION.INTRODUCER_STANDING';
  const { standing, memberId } = introduction;
  if (standing === null) {
    return notYetKnown(
      rule,
      { en: 'This introducer is not in the organisation records yet.', vi: 'Người giới thiệu này chưa có trong hồ sơ tổ chức đảng.' },
      {
        en: 'Check that the introducer is registered as a party member in the organisation service.',
        vi: 'Kiểm tra người giới thiệu đã được đăng ký là đảng viên trong hệ thống tổ chức đảng.',
      },
      { memberId, meetingDate },
    );
  }
  const facts = { memberId, meetingDate, memberStatus: standing.status, onRoll: standing.onRoll, temporarilyAway: standing.temporarilyAway };
  if (!standing.onRoll) {
    return notMet(rule, { en: `On ${meetingDate} this introducer is no longer on the roll.`, vi: `Vào ngày ${meetingDate}, người giới thiệu không còn trong danh sách đảng viên.` }, facts);
  }
  if (standing.status !== 'OFFICIAL') {
    return notMet(rule, { en: `On ${meetingDate} this introducer is a probationary member.`, vi: `Vào ngày ${meetingDate}, người giới thiệu là đảng viên dự bị.` }, facts);
  }
  if (standing.temporarilyAway) {
    return notMet(
      rule,
      { en: `On ${meetingDate} this introducer is on temporary transfer elsewhere.`, vi: `Vào ngày ${meetingDate}, người giới thiệu đang sinh hoạt tạm thời nơi khác.` },
      facts,
    );
  }
  return met(rule, { en: `On ${meetingDate} this introducer is an official member.`, vi: `Vào ngày ${meetingDate}, người giới thiệu là đảng viên chính thức.` }, facts);
}

/**
 * ADMISSION.INTRODUCER_ACQUAINTANCE (step 5): at least 12 full months together by the meeting
 * date (a period that ended counts up to its end), counted as `fullMonthsOn` counts them: from
 * 31 January the 12 months are complete on the next 31 January. A replacement introducer
 * named by the cell is exempt.
 */
export function introducerAcquaintanceOutcome(introduction: MemberIntroduction, meetingDate: LocalDate): RuleOutcome {
  const rule = 'ADMISSION.INTRODUCER_ACQUAINTANCE';
  const { memberId, togetherFrom, togetherUntil, replacementNamedByCell } = introduction;
  if (replacementNamedByCell) {
    return met(
      rule,
      { en: 'This introducer was named by the cell as a replacement: the 12 months do not apply.', vi: 'Người giới thiệu thay thế do chi bộ cử: không áp dụng điều kiện 12 tháng.' },
      { memberId, replacementNamedByCell },
    );
  }
  if (togetherFrom === null) {
    return notYetKnown(
      rule,
      { en: 'The introduction does not declare since when the introducer has known the applicant.', vi: 'Giấy giới thiệu chưa ghi thời gian người giới thiệu cùng công tác, học tập hoặc sinh sống với người vào Đảng.' },
      { en: 'Record the period of working, studying or living together.', vi: 'Ghi nhận thời gian cùng công tác, học tập hoặc sinh sống.' },
      { memberId },
    );
  }
  const end = togetherUntil === null ? meetingDate : minDate(togetherUntil, meetingDate);
  const months = end < togetherFrom ? 0 : fullMonthsOn(togetherFrom, end);
  const facts = { memberId, meetingDate, togetherFrom, togetherUntil, months, replacementNamedByCell };
  if (months >= CHARTER.introducerAcquaintanceMonths) {
    return met(rule, { en: `${months} full months together by ${end}.`, vi: `Đã cùng công tác, học tập hoặc sinh sống ${months} tháng tính đến ngày ${end}.` }, facts);
  }
  const reachedOn = monthsReachedOn(togetherFrom, CHARTER.introducerAcquaintanceMonths);
  const stillTogether = togetherUntil === null || togetherUntil >= reachedOn;
  return notMet(
    rule,
    { en: `Only ${months} full months together by ${end}.`, vi: `Mới cùng công tác, học tập hoặc sinh sống ${months} tháng tính đến ngày ${end}.` },
    { ...facts, reachedOn: stillTogether ? reachedOn : null },
    stillTogether
      ? { en: `Hold the meeting on or after ${reachedOn}, or choose another introducer.`, vi: `Họp từ ngày ${reachedOn} trở đi, hoặc chọn người giới thiệu khác.` }
      : undefined,
  );
}

/**
 * ADMISSION.UNION_RESOLUTION (step 5): a resolution dated on or before the meeting; a Youth
 * Union committee's only for a candidate of youth age (the policy's last full year, 30 by
 * default) on the meeting date.
 */
export function unionResolutionOutcome(
  introduction: UnionIntroduction,
  args: { meetingDate: LocalDate; dateOfBirth: LocalDate | null; policy: Pick<AdmissionPolicy, 'youthAgeMaxYears'> },
): RuleOutcome {
  const rule = 'ADMISSION.UNION_RESOLUTION';
  const { meetingDate, dateOfBirth, policy } = args;
  const facts = { introductionId: introduction.introductionId, kind: introduction.kind, resolutionDate: introduction.resolutionDate, meetingDate };
  if (introduction.resolutionDate > meetingDate) {
    return notMet(
      rule,
      { en: `The resolution is dated ${introduction.resolutionDate}, after the meeting.`, vi: `Nghị quyết ghi ngày ${introduction.resolutionDate}, sau ngày họp.` },
      facts,
    );
  }
  if (introduction.kind === 'YOUTH_UNION_RESOLUTION') {
    if (dateOfBirth === null) {
      return notYetKnown(
        rule,
        { en: 'The date of birth is not recorded, so youth age cannot be checked.', vi: 'Lý lịch chưa ghi ngày sinh nên chưa xác định được độ tuổi đoàn.' },
        { en: 'Record the personal history.', vi: 'Ghi nhận lý lịch của người vào Đảng.' },
        facts,
      );
    }
    const ageYears = fullYearsOn(dateOfBirth, meetingDate);
    if (ageYears > policy.youthAgeMaxYears) {
      return notMet(
        rule,
        {
          en: `On ${meetingDate} the applicant is ${ageYears}, past youth age (up to ${policy.youthAgeMaxYears}).`,
          vi: `Vào ngày ${meetingDate}, người vào Đảng ${ageYears} tuổi, quá độ tuổi đoàn (đến ${policy.youthAgeMaxYears}).`,
        },
        { ...facts, ageYears, youthAgeMaxYears: policy.youthAgeMaxYears },
      );
    }
    return met(
      rule,
      { en: `The Youth Union committee’s resolution of ${introduction.resolutionDate}; the applicant is of youth age.`, vi: `Nghị quyết của ban chấp hành đoàn ngày ${introduction.resolutionDate}; người vào Đảng trong độ tuổi đoàn.` },
      { ...facts, ageYears },
    );
  }
  return met(
    rule,
    { en: `The trade-union committee’s resolution of ${introduction.resolutionDate}.`, vi: `Nghị quyết của ban chấp hành công đoàn ngày ${introduction.resolutionDate}.` },
    facts,
  );
}

/**
 * ADMISSION.INTRODUCERS (step 5): two different members, or one member and one union
 * resolution. Whether each introducer qualifies is the other rules' business; this one only
 * counts who introduces.
 */
export function introducersOutcome(introductions: readonly Introduction[]): RuleOutcome {
  const rule = 'ADMISSION.INTRODUCERS';
  const members = new Set(introductions.flatMap((introduction) => (introduction.kind === 'MEMBER' ? [introduction.memberId] : [])));
  const resolutions = introductions.filter((introduction) => introduction.kind !== 'MEMBER').length;
  const memberIntroductions = introductions.length - resolutions;
  const facts = { members: members.size, resolutions };
  if (memberIntroductions > members.size) {
    return notMet(
      rule,
      { en: 'The same member is recorded as introducer twice.', vi: 'Một đảng viên được ghi là người giới thiệu hai lần.' },
      facts,
      { en: 'Remove the repeated introduction and record another introducer.', vi: 'Bỏ giấy giới thiệu trùng và bổ sung người giới thiệu khác.' },
    );
  }
  if (members.size >= 2 || (members.size === 1 && resolutions >= 1)) {
    const how =
      members.size >= 2
        ? { en: `Introduced by ${members.size} members.`, vi: `Được ${members.size} đảng viên giới thiệu.` }
        : { en: 'Introduced by one member and a union committee’s resolution.', vi: 'Được một đảng viên và nghị quyết của ban chấp hành đoàn thể giới thiệu.' };
    return met(rule, how, facts);
  }
  return notMet(
    rule,
    {
      en: `The dossier has ${members.size} introducing member(s) and ${resolutions} union resolution(s).`,
      vi: `Hồ sơ có ${members.size} đảng viên giới thiệu và ${resolutions} nghị quyết của đoàn thể.`,
    },
    facts,
  );
}

/**
 * Whether an introduction may be recorded today: a member's standing today
 * (ADMISSION.INTRODUCER_STANDING: a probationary member, one who left or one on temporary
 * transfer is refused at once), a resolution dated by today (ADMISSION.UNION_RESOLUTION).
 * The rest (12 months, youth age) is for the meeting date, in the readiness list.
 */
export function introductionRecordingOutcome(introduction: Introduction, today: LocalDate): RuleOutcome {
  if (introduction.kind === 'MEMBER') return introducerStandingOutcome(introduction, today);
  const facts = { introductionId: introduction.introductionId, kind: introduction.kind, resolutionDate: introduction.resolutionDate, today };
  return introduction.resolutionDate > today
    ? notMet(
        'ADMISSION.UNION_RESOLUTION',
        { en: `The resolution is dated ${introduction.resolutionDate}, after today (${today}).`, vi: `Nghị quyết ghi ngày ${introduction.resolutionDate}, sau ngày hôm nay (${today}).` },
        facts,
      )
    : met('ADMISSION.UNION_RESOLUTION', { en: `The resolution of ${introduction.resolutionDate}.`, vi: `Nghị quyết ngày ${introduction.resolutionDate}.` }, facts);
}

/**
 * Every outcome of step 5, in order: who introduces, then each introduction's own rules. The
 * readiness list shows them all; recording the vote refuses on the first that blocks.
 */
export function introductionOutcomes(args: {
  introductions: readonly Introduction[];
  meetingDate: LocalDate;
  dateOfBirth: LocalDate | null;
  policy: Pick<AdmissionPolicy, 'youthAgeMaxYears'>;
}): RuleOutcome[] {
  const { introductions, meetingDate } = args;
  return [
    introducersOutcome(introductions),
    ...introductions.flatMap((introduction) =>
      introduction.kind === 'MEMBER'
        ? [introducerStandingOutcome(introduction, meetingDate), introducerAcquaintanceOutcome(introduction, meetingDate)]
        : [unionResolutionOutcome(introduction, args)],
    ),
  ];
}
