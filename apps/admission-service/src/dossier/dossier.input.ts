import { Field, ID, InputType } from 'type-graphql';
import type { DossierDocumentKind } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';
import { DossierDocumentKindEnum, type IntroductionKind, IntroductionKindEnum } from './dossier.enums.type';

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
