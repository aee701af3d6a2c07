import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { DossierDocumentKind, DossierStatus } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';
import type { VerificationSubject } from '@pdv/admission-domain';
import { DossierDocumentKindEnum, DossierStatusEnum, type IntroductionKind, IntroductionKindEnum, VerificationSubjectEnum } from './dossier.enums.type';

@ObjectType({ description: 'A paper of an admission dossier.' })
export class DossierDocument {
  @Field(() => ID, { description: 'Paper id.' })
  id!: string;

  @Field(() => DossierDocumentKindEnum, { description: 'Which paper it is.' })
  kind!: DossierDocumentKind;

  @Field(() => LocalDateScalar, { description: 'The date the paper bears.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the scanned file, where the cell keeps it (the file itself is not stored here).' })
  fileReference!: string | null;

  @Field(() => String, { description: 'Recorded: the paper is in the dossier.' })
  status!: 'RECORDED';

  @Field(() => Date, { description: 'When it was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of who recorded it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  recordedByRole!: string | null;
}

@ObjectType({ description: 'An introduction of the applicant (người giới thiệu): an official member, or a union committee’s resolution.' })
export class Introducer {
  @Field(() => ID, { description: 'Introduction id.' })
  id!: string;

  @Field(() => IntroductionKindEnum, { description: 'A member, or which union committee’s resolution.' })
  kind!: IntroductionKind;

  @Field(() => ID, { nullable: true, description: 'The introducing member (shown by the organisation service); null for a resolution.' })
  memberId!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the member has worked, studied or lived with the applicant.' })
  togetherFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Until when, if that has ended.' })
  togetherUntil!: string | null;

  @Field(() => Boolean, { description: 'A replacement introducer named by the cell (exempt from the 12 months).' })
  replacementNamedByCell!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the resolution; null for a member.' })
  resolutionDate!: string | null;

  @Field(() => String, { description: 'Opaque id of who recorded it.' })
  recordedBy!: string;
}

@ObjectType({ description: 'The background verification of one person in scope (thẩm tra lý lịch); its result is personal data and not shown here.' })
export class BackgroundVerification {
  @Field(() => ID, { description: 'Verification id.' })
  id!: string;

  @Field(() => VerificationSubjectEnum, { description: 'Whose background.' })
  subject!: VerificationSubject;

  @Field(() => Boolean, { description: 'Exempt: a relative who is a fully declared party member.' })
  exemptAsFullyDeclaredMember!: boolean;

  @Field(() => Boolean, { description: 'Whether it is concluded (readiness says whether the conclusions allow the vote).' })
  concluded!: boolean;
}

@ObjectType({ description: 'The admission dossier of a candidate in a cell (hồ sơ kết nạp), with its papers in the Charter’s order.' })
@Directive('@key(fields: "id")')
export class AdmissionDossier {
  @Field(() => ID, { description: 'Dossier id.' })
  id!: string;

  @Field(() => ID, { description: 'The candidate (shown by the sourcing service).' })
  candidateId!: string;

  @Field(() => ID, { description: 'The cell that opened it.' })
  cellId!: string;

  @Field(() => DossierStatusEnum, { description: 'Where it stands in the procedure.' })
  status!: DossierStatus;

  @Field(() => LocalDateScalar, { description: 'The day it was opened.' })
  openedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was rejected, withdrawn or annulled; null while it goes on.' })
  closedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, withdrawn or annulled.' })
  closeReason!: string | null;

  @Field(() => [DossierDocument], { description: 'Its papers, in the Charter’s order.' })
  documents!: DossierDocument[];

  @Field(() => [Introducer], { description: 'Its introductions, in the order they were recorded.' })
  introductions!: Introducer[];

  @Field(() => Boolean, { description: 'Whether the eligibility facts of the personal history are recorded (the values are personal data and not shown here).' })
  personalHistoryRecorded!: boolean;

  @Field(() => [BackgroundVerification], { description: 'The background verifications, in the order they were recorded.' })
  verifications!: BackgroundVerification[];
}
