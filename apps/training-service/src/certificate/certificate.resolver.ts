import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayInVietnam } from '@pdv/calendar';
import { AppError } from '@pdv/errors';
import { Allow, LocalDateScalar } from '@pdv/graphql';
import { certificateStandingOn, isCertificateValidOn } from '@pdv/training-domain';
import { CandidateStub, candidateStub } from '../candidate/candidate.stub';
import { COURSE_READERS, COURSE_RUNNERS, ENROLMENT_READERS } from '../common/permissions';
import type { TrainingContext } from '../context';
import { toCourse } from '../course/course.mapper';
import { parseReason } from '../course/course.parse';
import { Course } from '../course/course.type';
import { toInstitution } from '../institution/institution.mapper';
import { Institution } from '../institution/institution.type';
import { PartyMemberStub, partyMemberStub } from '../organisation/organisation.stub';
import type { CertificateRow } from './certificate.entity';
import { toCertificate, toCertificateCorrection } from './certificate.mapper';
import { Certificate, CertificateCorrection, CertificateVerification } from './certificate.type';

/** Of a person's certificates, the one in force on `date` that lasts longest; null when none is. */
export function validCertificateOn(rows: readonly CertificateRow[], kind: CertificateRow['courseKind'], date: string): CertificateRow | null {
  const valid = rows.filter((row) => row.courseKind === kind && isCertificateValidOn(row, date));
  return valid.sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0] ?? null;
}

/** Resolvers parse, authorise (@Allow), call the service and map: nothing more. */
@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => Certificate, { nullable: true, description: 'One certificate you may see; null otherwise.' })
  @Allow(ENROLMENT_READERS)
  async certificate(@Arg('id', () => ID, { description: 'The certificate.' }) id: string, @Ctx() ctx: TrainingContext): Promise<Certificate | null> {
    const row = await ctx.loaders.certificate.load(id);
    return row ? toCertificate(row) : null;
  }

  @Query(() => Certificate, { nullable: true, description: 'The candidate’s awareness certificate valid on a day, if any (the admission service asks this before a vote).' })
  @Allow(ENROLMENT_READERS)
  async awarenessCertificate(
    @Arg('candidateId', () => ID, { description: 'The candidate.' }) candidateId: string,
    @Arg('validOn', () => LocalDateScalar, { description: 'The day.' }) validOn: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Certificate | null> {
    const row = validCertificateOn(await ctx.loaders.certificatesOfCandidate.load(candidateId), 'AWARENESS', validOn);
    return row ? toCertificate(row) : null;
  }

  // Public on purpose: anyone holding the paper may check it. The code is random (60 bits),
  // the answer carries no personal data, and the gateway rate-limits callers without a token.
  @Query(() => CertificateVerification, { nullable: true, description: 'Public, no token needed: what a certificate’s verification code stands for today (no personal data); null for an unknown code.' })
  async verifyCertificate(@Arg('code', () => String, { description: 'The code printed on the certificate (spaces and hyphens ignored).' }) code: string, @Ctx() ctx: TrainingContext): Promise<CertificateVerification | null> {
    const typed = code.trim();
    if (typed === '' || typed.length > 40) throw AppError.badInput('Type the code printed on the certificate.', [{ field: 'code', message: 'must be 1 to 40 characters' }]);
    const found = await ctx.services.certificates.verify(typed);
    if (!found) return null;
    const { certificate } = found;
    return Object.assign(new CertificateVerification(), {
      number: certificate.number,
      courseKind: certificate.courseKind,
      courseTitle: found.courseTitle,
      institutionName: found.institutionName,
      issuedOn: certificate.issuedOn,
      validUntil: certificate.validUntil,
      standing: certificateStandingOn(certificate, todayInVietnam(ctx.clock)),
    });
  }

  @Mutation(() => Certificate, { description: 'Invalidates a certificate with a reason (the training centre); it stays on record.' })
  @Allow(COURSE_RUNNERS)
  async invalidateCertificate(
    @Arg('id', () => ID, { description: 'The certificate.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; no personal data).' }) reason: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Certificate> {
    return toCertificate(await ctx.services.certificates.invalidate(id, parseReason('reason', reason)));
  }

  @Mutation(() => Certificate, { description: 'Corrects a certificate’s issue date (and so its validity), keeping the old value (the training centre).' })
  @Allow(COURSE_RUNNERS)
  async correctCertificateIssueDate(
    @Arg('id', () => ID, { description: 'The certificate.' }) id: string,
    @Arg('issuedOn', () => LocalDateScalar, { description: 'The correct issue date.' }) issuedOn: string,
    @Arg('reason', () => String, { description: 'Why (at most 500 characters; no personal data).' }) reason: string,
    @Ctx() ctx: TrainingContext,
  ): Promise<Certificate> {
    return toCertificate(await ctx.services.certificates.correctIssueDate(id, issuedOn, parseReason('reason', reason)));
  }

  @FieldResolver(() => Course, { description: 'The course it was issued for.' })
  @Allow(ENROLMENT_READERS)
  async course(@Root() certificate: Certificate, @Ctx() ctx: TrainingContext): Promise<Course> {
    return toCourse((await ctx.loaders.course.load(certificate.courseId))!);
  }

  @FieldResolver(() => Institution, { description: 'The issuing institution.' })
  @Allow(COURSE_READERS)
  async institution(@Root() certificate: Certificate, @Ctx() ctx: TrainingContext): Promise<Institution> {
    return toInstitution((await ctx.loaders.institution.load(certificate.institutionId))!);
  }

  @FieldResolver(() => CandidateStub, { nullable: true, description: 'The holder, for an awareness certificate (resolved by the sourcing service).' })
  @Allow(ENROLMENT_READERS)
  candidate(@Root() certificate: Certificate): CandidateStub | null {
    return certificate.candidateId ? candidateStub(certificate.candidateId) : null;
  }

  @FieldResolver(() => PartyMemberStub, { nullable: true, description: 'The holder, for a new-member certificate (resolved by the organisation service).' })
  @Allow(ENROLMENT_READERS)
  member(@Root() certificate: Certificate): PartyMemberStub | null {
    return certificate.memberId ? partyMemberStub(certificate.memberId) : null;
  }

  @FieldResolver(() => [CertificateCorrection], { description: 'Corrections of its issue date, oldest first.' })
  @Allow(ENROLMENT_READERS)
  async corrections(@Root() certificate: Certificate, @Ctx() ctx: TrainingContext): Promise<CertificateCorrection[]> {
    return (await ctx.services.certificates.corrections(certificate.id)).map(toCertificateCorrection);
  }
}
