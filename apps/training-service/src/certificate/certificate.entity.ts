import type { CertificateStatus, CourseKind } from '@pdv/training-domain';
import { EntitySchema } from '@pdv/persistence';

/** A certificate issued for a completed enrolment. Never deleted: invalidated, or its issue date corrected with the old value kept. */
export interface CertificateRow {
  id: string;
  enrolmentId: string;
  courseId: string;
  courseKind: CourseKind;
  institutionId: string;
  candidateId: string | null;
  memberId: string | null;
  /** Unique per institution and year: `<institution code>/<year>/<sequence>`. */
  number: string;
  /** Random, printed on the certificate: what a verifier types in. */
  verificationCode: string;
  issuedOn: string;
  validUntil: string;
  status: CertificateStatus;
  invalidatedReason: string | null;
  invalidatedAt: Date | null;
  invalidatedBy: string | null;
  issuedAt: Date;
  issuedBy: string;
}

export const CertificateEntity = new EntitySchema<CertificateRow>({
  name: 'CertificateRow',
  tableName: 'certificate',
  properties: {
    id: { type: 'uuid', primary: true },
    enrolmentId: { type: 'uuid', unique: 'certificate_enrolment_key' },
    courseId: { type: 'uuid', index: 'certificate_course_idx' },
    courseKind: { type: 'string', columnType: 'text' },
    institutionId: { type: 'uuid' },
    candidateId: { type: 'uuid', nullable: true, index: 'certificate_candidate_idx' },
    memberId: { type: 'uuid', nullable: true, index: 'certificate_member_idx' },
    number: { type: 'string', columnType: 'text', unique: 'certificate_number_key' },
    verificationCode: { type: 'string', columnType: 'text', unique: 'certificate_verification_code_key' },
    issuedOn: { type: 'string', columnType: 'date' },
    validUntil: { type: 'string', columnType: 'date' },
    status: { type: 'string', columnType: 'text' },
    invalidatedReason: { type: 'string', columnType: 'text', nullable: true },
    invalidatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    invalidatedBy: { type: 'string', columnType: 'text', nullable: true },
    issuedAt: { type: 'Date', columnType: 'timestamptz' },
    issuedBy: { type: 'string', columnType: 'text' },
  },
});

/** The last certificate sequence used per institution and year (numbers never repeat, even after an invalidation). */
export interface CertificateCounterRow {
  institutionId: string;
  year: number;
  lastSequence: number;
}

export const CertificateCounterEntity = new EntitySchema<CertificateCounterRow>({
  name: 'CertificateCounterRow',
  tableName: 'certificate_counter',
  properties: {
    institutionId: { type: 'uuid', primary: true },
    year: { type: 'integer', primary: true },
    lastSequence: { type: 'integer' },
  },
});

/** A correction of a certificate's issue date: the old value, the new one, who, when and why (append-only). */
export interface CertificateCorrectionRow {
  id: string;
  certificateId: string;
  previousIssuedOn: string;
  previousValidUntil: string;
  issuedOn: string;
  validUntil: string;
  reason: string;
  correctedAt: Date;
  correctedBy: string;
}

export const CertificateCorrectionEntity = new EntitySchema<CertificateCorrectionRow>({
  name: 'CertificateCorrectionRow',
  tableName: 'certificate_correction',
  properties: {
    id: { type: 'uuid', primary: true },
    certificateId: { type: 'uuid', index: 'certificate_correction_certificate_idx' },
    previousIssuedOn: { type: 'string', columnType: 'date' },
    previousValidUntil: { type: 'string', columnType: 'date' },
    issuedOn: { type: 'string', columnType: 'date' },
    validUntil: { type: 'string', columnType: 'date' },
    reason: { type: 'string', columnType: 'text' },
    correctedAt: { type: 'Date', columnType: 'timestamptz' },
    correctedBy: { type: 'string', columnType: 'text' },
  },
});
