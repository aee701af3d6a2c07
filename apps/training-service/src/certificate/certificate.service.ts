import { randomBytes, randomUUID } from 'node:crypto';
import { todayInVietnam, yearOf } from '@pdv/calendar';
import { certificateInvalidated, certificateIssued, certificateReissued } from '@pdv/contracts';
import { AppError } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import {
  assertCertificateChangeable,
  certificateNumber,
  certificateValidUntil,
  type CourseKind,
  planIssueDateCorrection,
  validityMonthsOf,
} from '@pdv/training-domain';
import type { ServiceScope } from '../common/service-scope';
import { findCoursesByIds, findSessionsOfCourses } from '../course/course.queries';
import type { EnrolmentRow } from '../enrolment/enrolment.entity';
import { findInstitutionById } from '../institution/institution.queries';
import type { PolicyService } from '../policy/policy.service';
import { CertificateCorrectionEntity, CertificateEntity, type CertificateRow } from './certificate.entity';
import { findCertificateByCode, nextCertificateSequence } from './certificate.queries';

// Crockford's base32 without I, L, O, U: a code read off paper and typed in is not misread.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 12;

/** A random verification code (60 bits): not guessable, so the public verification cannot be walked. */
export function newVerificationCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  return Array.from(bytes, (byte) => CODE_ALPHABET[byte % 32]).join('');
}

/** The form a typed-in code is compared in: upper-case, without spaces or hyphens. */
export function normaliseVerificationCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** Whose certificate an event is about: ids and the kind only. */
function holderOf(certificate: CertificateRow) {
  return { certificateId: certificate.id, courseKind: certificate.courseKind, candidateId: certificate.candidateId, memberId: certificate.memberId };
}

export class CertificateService {
  constructor(
    private readonly scope: ServiceScope,
    private readonly policy: PolicyService,
  ) {}

  /** Issues the certificate of a completed enrolment inside the caller's transaction `tx`, with its event. */
  async issue(tx: EntityManager, enrolment: EnrolmentRow, course: { id: string; kind: CourseKind; institutionId: string }, issuedOn: string): Promise<CertificateRow> {
    const { actor, events, clock } = this.scope;
    const institution = await findInstitutionById(tx, course.institutionId);
    if (!institution) throw new Error(`course ${course.id} names institution ${course.institutionId}, which does not exist`);
    const policy = await this.policy.current();
    const year = yearOf(issuedOn);
    const sequence = await nextCertificateSequence(tx, institution.id, year);
    const certificate: CertificateRow = {
      id: randomUUID(),
      enrolmentId: enrolment.id,
      courseId: course.id,
      courseKind: course.kind,
      institutionId: institution.id,
      candidateId: enrolment.candidateId,
      memberId: enrolment.memberId,
      number: certificateNumber(institution.code, year, sequence),
      verificationCode: newVerificationCode(),
      issuedOn,
      validUntil: certificateValidUntil(issuedOn, validityMonthsOf(course.kind, policy)),
      status: 'VALID',
      invalidatedReason: null,
      invalidatedAt: null,
      invalidatedBy: null,
      issuedAt: clock.now(),
      issuedBy: actor.id,
    };
    await tx.insertMany(CertificateEntity, [certificate]);
    events.recordEvent(tx, certificateIssued, {
      aggregateId: certificate.id,
      actor,
      data: {
        ...holderOf(certificate),
        issuedOn: certificate.issuedOn,
        validUntil: certificate.validUntil,
      },
    });
    return certificate;
  }

  private async lock(tx: EntityManager, id: string): Promise<CertificateRow> {
    const [row] = await tx.execute<{ id: string }[]>('select id from certificate where id = ?::uuid for update', [id]);
    const certificate = row ? await tx.findOne(CertificateEntity, { id }, { refresh: true }) : null;
    if (!certificate) throw AppError.notFound('Certificate', id);
    return certificate;
  }

  /** Invalidates a certificate with a reason (it stays on record; never deleted). */
  async invalidate(id: string, reason: string): Promise<CertificateRow> {
    const { actor, events, clock } = this.scope;
    return this.scope.em.transactional(async (tx) => {
      const certificate = await this.lock(tx, id);
      assertCertificateChangeable(certificate.status);
      certificate.status = 'INVALIDATED';
      certificate.invalidatedReason = reason;
      certificate.invalidatedAt = clock.now();
      certificate.invalidatedBy = actor.id;
      events.recordEvent(tx, certificateInvalidated, {
        aggregateId: certificate.id,
        actor,
        data: {
          ...holderOf(certificate),
          invalidatedOn: todayInVietnam(clock),
        },
      });
      await tx.flush();
      return certificate;
    });
  }

  /** Corrects the issue date (and so the validity), keeping the old values with who, when and why. */
  async correctIssueDate(id: string, issuedOn: string, reason: string): Promise<CertificateRow> {
    const { actor, events, clock } = this.scope;
    const policy = await this.policy.current();
    return this.scope.em.transactional(async (tx) => {
      const certificate = await this.lock(tx, id);
      const sessions = await findSessionsOfCourses(tx, [certificate.courseId]);
      const lastSessionOn = sessions.at(-1)?.date ?? certificate.issuedOn;
      const corrected = planIssueDateCorrection({ ...certificate, kind: certificate.courseKind }, issuedOn, { today: todayInVietnam(clock), lastSessionOn, policy });
      tx.persist(
        tx.create(CertificateCorrectionEntity, {
          id: randomUUID(),
          certificateId: certificate.id,
          previousIssuedOn: certificate.issuedOn,
          previousValidUntil: certificate.validUntil,
          issuedOn: corrected.issuedOn,
          validUntil: corrected.validUntil,
          reason,
          correctedAt: clock.now(),
          correctedBy: actor.id,
        }),
      );
      const previousIssuedOn = certificate.issuedOn;
      certificate.issuedOn = corrected.issuedOn;
      certificate.validUntil = corrected.validUntil;
      events.recordEvent(tx, certificateReissued, {
        aggregateId: certificate.id,
        actor,
        data: {
          ...holderOf(certificate),
          previousIssuedOn,
          issuedOn: corrected.issuedOn,
          validUntil: corrected.validUntil,
        },
      });
      await tx.flush();
      return certificate;
    });
  }

  /** The certificate a verification code names, with its course and institution; null for an unknown code. */
  async verify(code: string): Promise<{ certificate: CertificateRow; courseTitle: string; institutionName: string } | null> {
    const certificate = await findCertificateByCode(this.scope.em, normaliseVerificationCode(code));
    if (!certificate) return null;
    // Sequential: one request's unit of work has one connection.
    const [course] = await findCoursesByIds(this.scope.em, [certificate.courseId]);
    const institution = await findInstitutionById(this.scope.em, certificate.institutionId);
    return { certificate, courseTitle: course?.title ?? '', institutionName: institution?.name ?? '' };
  }

  corrections(certificateId: string) {
    return this.scope.em.find(CertificateCorrectionEntity, { certificateId }, { orderBy: { correctedAt: 'asc', id: 'asc' } });
  }
}
