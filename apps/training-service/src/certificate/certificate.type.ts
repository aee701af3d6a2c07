import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import type { CertificateStatus, CourseKind } from '@pdv/training-domain';
import { CertificateStandingEnum, CertificateStatusEnum, CourseKindEnum } from '../common/graphql-enums.type';

@ObjectType({ description: 'A certificate issued to a participant who completed a course. Never deleted: invalidated, or its issue date corrected with the old value kept.' })
@Directive('@key(fields: "id")')
export class Certificate {
  @Field(() => ID, { description: 'Certificate id.' })
  id!: string;

  enrolmentId!: string;
  courseId!: string;
  institutionId!: string;
  candidateId!: string | null;
  memberId!: string | null;

  @Field(() => CourseKindEnum, { description: 'Awareness or new-member certificate.' })
  courseKind!: CourseKind;

  @Field(() => String, { description: 'Its number, unique per institution and year.' })
  number!: string;

  @Field(() => String, { description: 'The random code printed on it, for verifyCertificate.' })
  verificationCode!: string;

  @Field(() => LocalDateScalar, { description: 'The issue date.' })
  issuedOn!: string;

  @Field(() => LocalDateScalar, { description: 'The last valid day (the day before the same date the policy’s months later).' })
  validUntil!: string;

  @Field(() => CertificateStatusEnum, { description: 'VALID or INVALIDATED.' })
  status!: CertificateStatus;

  @Field(() => String, { nullable: true, description: 'Why it was invalidated.' })
  invalidatedReason!: string | null;
}

@ObjectType({ description: 'A correction of a certificate’s issue date: the old and new values, when and why.' })
export class CertificateCorrection {
  @Field(() => LocalDateScalar, { description: 'The issue date before the correction.' })
  previousIssuedOn!: string;

  @Field(() => LocalDateScalar, { description: 'The last valid day before the correction.' })
  previousValidUntil!: string;

  @Field(() => LocalDateScalar, { description: 'The corrected issue date.' })
  issuedOn!: string;

  @Field(() => LocalDateScalar, { description: 'The last valid day after the correction.' })
  validUntil!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;

  @Field(() => Date, { description: 'When.' })
  correctedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who corrected it.' })
  correctedBy!: string;
}

@ObjectType({ description: 'What a verifier learns from a certificate’s code: no personal data.' })
export class CertificateVerification {
  @Field(() => String, { description: 'The certificate’s number.' })
  number!: string;

  @Field(() => CourseKindEnum, { description: 'Awareness or new-member certificate.' })
  courseKind!: CourseKind;

  @Field(() => String, { description: 'The course’s title.' })
  courseTitle!: string;

  @Field(() => String, { description: 'The issuing institution.' })
  institutionName!: string;

  @Field(() => LocalDateScalar, { description: 'The issue date.' })
  issuedOn!: string;

  @Field(() => LocalDateScalar, { description: 'The last valid day.' })
  validUntil!: string;

  @Field(() => CertificateStandingEnum, { description: 'What it is worth today: valid, expired, not yet valid or invalidated.' })
  standing!: 'VALID' | 'EXPIRED' | 'NOT_YET_VALID' | 'INVALIDATED';
}
