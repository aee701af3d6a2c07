import { Field, ID, InputType } from 'type-graphql';
import type { MassOrganisationKind } from '@pdv/sourcing-domain';
import { MassOrganisationKindEnum } from '../common/graphql-enums.type';

@InputType({ description: 'A new mass organisation unit or branch.' })
export class CreateMassOrganisationInput {
  @Field(() => MassOrganisationKindEnum, { description: 'Which organisation it belongs to; a branch has its parent’s kind.' })
  kind!: MassOrganisationKind;

  @Field(() => String, { description: 'Short unique code (letters, digits, "-", up to 40 characters), e.g. "HPN-CH-KDC3".' })
  code!: string;

  @Field(() => String, { description: 'Official name, up to 200 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The ward-level unit this branch belongs to; omit for a ward-level unit.' })
  parentId?: string | null;
}

@InputType({ description: 'Changes to a mass organisation; omitted fields stay as they are.' })
export class UpdateMassOrganisationInput {
  @Field(() => ID, { description: 'The unit to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New code (unique).' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New official name.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false to stop the unit referring people; true to reactivate it.' })
  active?: boolean | null;
}
