import type { LocalDate } from '@pdv/calendar';
import { met, notMet, notYetKnown, type RuleOutcome, violation } from './rule-outcome';

/**
 * The papers of an admission dossier in the Charter's order (DOMAIN.md step 4). The awareness
 * certificate comes first but is not among them: it is the training service's, checked by
 * ADMISSION.CERTIFICATE_VALID. The two kinds of comments close the dossier in either order.
 */
export const DOSSIER_DOCUMENT_KINDS = [
  'APPLICATION_LETTER',
  'PERSONAL_HISTORY',
  'BACKGROUND_VERIFICATION',
  'INTRODUCTIONS',
  'MASS_ORGANISATION_COMMENTS',
  'RESIDENCE_CELL_COMMENTS',
] as const;
export type DossierDocumentKind = (typeof DOSSIER_DOCUMENT_KINDS)[number];

/** Position in the order; the two comments share the last one. */
export function documentPosition(kind: DossierDocumentKind): number {
  return kind === 'RESIDENCE_CELL_COMMENTS' ? DOSSIER_DOCUMENT_KINDS.indexOf('MASS_ORGANISATION_COMMENTS') : DOSSIER_DOCUMENT_KINDS.indexOf(kind);
}

/** A paper recorded in the dossier. */
export interface DossierDocumentFact {
  kind: DossierDocumentKind;
  /** The date the paper bears. */
  date: LocalDate;
}

/**
 * ADMISSION.DOSSIER_ORDER (step 4): a paper is recorded once every paper before it is, and is
 * not dated before any of them, nor after today. Throws RULE_VIOLATION; returns nothing.
 */
export function checkDocumentOrder(args: { recorded: readonly DossierDocumentFact[]; next: DossierDocumentFact; today: LocalDate }): void {
  const { recorded, next, today } = args;
  const rule = 'ADMISSION.DOSSIER_ORDER';
  if (next.date > today) {
    throw violation(rule, { en: `The paper is dated ${next.date}, after today (${today}).`, vi: `Giấy tờ ghi ngày ${next.date}, sau ngày hôm nay (${today}).` }, { kind: next.kind, date: next.date, today });
  }
  const position = documentPosition(next.kind);
  const missing = DOSSIER_DOCUMENT_KINDS.filter((kind) => documentPosition(kind) < position && !recorded.some((paper) => paper.kind === kind));
  if (missing.length > 0) {
    throw violation(rule, { en: `Still missing before ${next.kind}: ${missing.join(', ')}.`, vi: `Còn thiếu trước ${next.kind}: ${missing.join(', ')}.` }, { kind: next.kind, missing: missing.join(',') });
  }
  const later = recorded.filter((paper) => documentPosition(paper.kind) < position && paper.date > next.date);
  if (later.length > 0) {
    const latest = later.reduce((a, b) => (a.date >= b.date ? a : b));
    throw violation(rule, { en: `${next.kind} is dated ${next.date}, before ${latest.kind} of ${latest.date}.`, vi: `${next.kind} ghi ngày ${next.date}, trước ${latest.kind} ngày ${latest.date}.` }, {
      kind: next.kind,
      date: next.date,
      precedingKind: latest.kind,
      precedingDate: latest.date,
    });
  }
}

/** ADMISSION.DOSSIER_COMPLETE (step 4 → 7): every paper recorded and dated on or before the meeting. */
export function dossierCompleteOutcome(args: { recorded: readonly DossierDocumentFact[]; meetingDate: LocalDate }): RuleOutcome {
  const { recorded, meetingDate } = args;
  const rule = 'ADMISSION.DOSSIER_COMPLETE';
  const missing = DOSSIER_DOCUMENT_KINDS.filter((kind) => !recorded.some((paper) => paper.kind === kind && paper.date <= meetingDate));
  if (missing.length === 0) {
    return met(rule, { en: 'Every paper of the dossier is recorded.', vi: 'Hồ sơ đã có đủ các giấy tờ.' }, { meetingDate });
  }
  return notMet(
    rule,
    { en: `Missing by ${meetingDate}: ${missing.join(', ')}.`, vi: `Còn thiếu tính đến ngày ${meetingDate}: ${missing.join(', ')}.` },
    { meetingDate, missing: missing.join(',') },
  );
}

/** The people whose background is verified (DOMAIN.md step 4). */
export const VERIFICATION_SUBJECTS = ['APPLICANT', 'FATHER', 'MOTHER', 'FATHER_IN_LAW', 'MOTHER_IN_LAW', 'GUARDIAN', 'SPOUSE', 'ADULT_CHILD'] as const;
export type VerificationSubject = (typeof VERIFICATION_SUBJECTS)[number];

/** One person's verification as the dossier records it. The result is personal data: only its kind is used here. */
export interface VerificationFact {
  verificationId: string;
  subject: VerificationSubject;
  /** A party member who declared fully in their own member history: exempt. */
  exemptAsFullyDeclaredMember: boolean;
  /** Null while the verification is open. */
  result: 'SATISFACTORY' | 'UNSATISFACTORY' | null;
}

/**
 * ADMISSION.BACKGROUND_VERIFICATION (step 4): the applicant's verification and that of every
 * relative in scope the personal history declares, each satisfactory or exempt. The applicant
 * is never exempt. Outcomes name the kind of relative, never the person or the result's text.
 */
export function backgroundVerificationOutcome(args: { verifications: readonly VerificationFact[] | null }): RuleOutcome {
  const rule = 'ADMISSION.BACKGROUND_VERIFICATION';
  const { verifications } = args;
  if (verifications === null || !verifications.some((verification) => verification.subject === 'APPLICANT')) {
    return notYetKnown(
      rule,
      { en: 'The verification of the applicant is not recorded yet.', vi: 'Chưa ghi nhận việc thẩm tra lý lịch người vào Đảng.' },
      {
        en: 'Record the personal history, then the verification of the applicant and of each relative in scope.',
        vi: 'Ghi nhận lý lịch, rồi việc thẩm tra người vào Đảng và từng người thân trong phạm vi.',
      },
    );
  }
  const counted = verifications.filter((verification) => verification.subject === 'APPLICANT' || !verification.exemptAsFullyDeclaredMember);
  const exempt = verifications.length - counted.length;
  const failed = counted.filter((verification) => verification.result === 'UNSATISFACTORY');
  const open = counted.filter((verification) => verification.result === null);
  const facts = { subjects: verifications.length, exempt, open: open.length, unsatisfactory: failed.length };
  if (failed.length > 0) {
    return notMet(
      rule,
      {
        en: `The verification of ${failed.map((verification) => verification.subject).join(', ')} is not satisfactory.`,
        vi: `Kết luận thẩm tra đối với ${failed.map((verification) => verification.subject).join(', ')} là không đạt.`,
      },
      facts,
      { en: 'The applicant cannot be admitted on this dossier: reject it with the reason.', vi: 'Không thể kết nạp theo hồ sơ này: ghi nhận không kết nạp cùng lý do.' },
    );
  }
  if (open.length > 0) {
    return notYetKnown(
      rule,
      {
        en: `Verification still open for: ${open.map((verification) => verification.subject).join(', ')}.`,
        vi: `Còn chưa có kết luận thẩm tra đối với: ${open.map((verification) => verification.subject).join(', ')}.`,
      },
      { en: 'Record the result of each open verification.', vi: 'Ghi nhận kết luận của từng việc thẩm tra còn lại.' },
      facts,
    );
  }
  return met(
    rule,
    { en: `Verified: ${counted.length}; exempt as fully declared members: ${exempt}.`, vi: `Đã thẩm tra: ${counted.length}; miễn thẩm tra (đảng viên đã khai đầy đủ): ${exempt}.` },
    facts,
  );
}
