import type { CertificateCorrectionRow, CertificateRow } from './certificate.entity';
import { Certificate, CertificateCorrection } from './certificate.type';

export function toCertificate(row: CertificateRow): Certificate {
  return Object.assign(new Certificate(), {
    id: row.id,
    enrolmentId: row.enrolmentId,
    courseId: row.courseId,
    institutionId: row.institutionId,
    candidateId: row.candidateId,
    memberId: row.memberId,
    courseKind: row.courseKind,
    number: row.number,
    verificationCode: row.verificationCode,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: row.status,
    invalidatedReason: row.invalidatedReason,
  });
}

export function toCertificateCorrection(row: CertificateCorrectionRow): CertificateCorrection {
  return Object.assign(new CertificateCorrection(), {
    previousIssuedOn: row.previousIssuedOn,
    previousValidUntil: row.previousValidUntil,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    reason: row.reason,
    correctedAt: row.correctedAt,
    correctedBy: row.correctedBy,
  });
}
