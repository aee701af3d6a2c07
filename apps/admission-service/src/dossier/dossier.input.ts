import { Field, ID, InputType } from 'type-graphql';
import type { DossierDocumentKind } from '@pdv/admission-domain';
import { LocalDateScalar } from '@pdv/graphql';
import { DossierDocumentKindEnum } from './dossier.enums.type';

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
