import { Field, ID, InputType, Int } from 'type-graphql';
import type { EducationLevel } from '@pdv/contracts';
import type { DossierDocumentKind } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';
import type { VerificationSubject } from '@pdv/admission-domain';
import { DossierDocumentKindEnum, EducationLevelEnum, type IntroductionKind, IntroductionKindEnum, VerificationResultEnum, VerificationSubjectEnum } from './dossier.enums.type';
import type { VerificationResult } from './dossier.service';

@InputType({ description: 'Opens the admission dossier of a candidate a cell accepted.' })
export class OpenAdmissionDossierInput {
  @Field(() => ID, { description: 'The candidate; they hold an awareness certificate valid today.' })
  candidateId!: string;
}

@InputType({ description: 'A paper recorded in an open dossier, in the Charter’s order.' })
export class RecordDossierDocumentInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => DossierDocumentKindEnum, { description: 'Which paper.' })
  kind!: DossierDocumentKind;

  @Field(() => LocalDateScalar, { description: 'The date the paper bears: not before the papers it follows, not after today.' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Reference of the scanned file (at most 200 characters).' })
  fileReference?: string | null;
}

@InputType({ description: 'An introduction of the applicant, recorded in an open dossier.' })
export class RecordIntroductionInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => IntroductionKindEnum, { description: 'An official member, or a union committee’s resolution.' })
  kind!: IntroductionKind;

  @Field(() => ID, { nullable: true, description: 'The introducing member (MEMBER only): official today, on the roll and not on temporary transfer.' })
  memberId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Since when the member has worked, studied or lived in the same unit as the applicant (MEMBER; not needed for a replacement the cell named).' })
  togetherFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Until when, if that has ended (MEMBER).' })
  togetherUntil?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The cell named this member to replace an introducer: exempt from the 12 months (MEMBER; default false).' })
  replacementNamedByCell?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the union committee’s resolution (the resolution kinds only), not after today.' })
  resolutionDate?: string | null;
}

@InputType({ description: 'What the personal history (lý lịch) says that the eligibility rules need; personal data, recorded in the audit trail.' })
export class RecordPersonalHistoryInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => LocalDateScalar, { description: 'The applicant’s date of birth (ADMISSION.AGE is judged on the meeting date).' })
  dateOfBirth!: string;

  @Field(() => EducationLevelEnum, { description: 'The highest level of education completed (ADMISSION.EDUCATION).' })
  educationLevel!: EducationLevel;

  @Field(() => String, { nullable: true, description: 'The code of the ward policy’s education exception that applies, if any (at most 40 characters).' })
  educationExceptionCode?: string | null;

  @Field(() => Boolean, { description: 'Whether the applicant was a party member before (ADMISSION.READMISSION).' })
  formerMember!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the earlier membership ended (former members only).' })
  leftOn?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many times the applicant was re-admitted before (former members only; default 0).' })
  timesReadmitted?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the provincial standing committee’s written consent (above 60, or re-admission), if there is one.' })
  provincialConsentDate?: string | null;

  @Field(() => String, { nullable: true, description: 'The number of that consent (at most 40 characters).' })
  provincialConsentReference?: string | null;
}

@InputType({ description: 'The background verification of one person in scope of an open dossier.' })
export class RecordBackgroundVerificationInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => VerificationSubjectEnum, { description: 'Whose background: the applicant (once), or a relative by kind.' })
  subject!: VerificationSubject;

  @Field(() => Boolean, { nullable: true, description: 'A relative who is a party member and fully declared in their own member history: exempt (never the applicant; default false).' })
  exemptAsFullyDeclaredMember?: boolean | null;

  @Field(() => VerificationResultEnum, { nullable: true, description: 'The conclusion, if already reached (personal data); leave out while open.' })
  result?: VerificationResult | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was concluded, with the result; not after today.' })
  concludedOn?: string | null;
}

@InputType({ description: 'The conclusion of an open background verification.' })
export class ConcludeBackgroundVerificationInput {
  @Field(() => ID, { description: 'The verification.' })
  verificationId!: string;

  @Field(() => VerificationResultEnum, { description: 'The conclusion (personal data).' })
  result!: VerificationResult;

  @Field(() => LocalDateScalar, { description: 'The day it was concluded; not after today.' })
  concludedOn!: string;
}

@InputType({ description: 'Rejects or withdraws a dossier, with the reason kept in its history.' })
export class CloseAdmissionDossierInput {
  @Field(() => ID, { description: 'The dossier.' })
  dossierId!: string;

  @Field(() => String, { description: 'Why (at most 500 characters).' })
  reason!: string;
}
