import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { MassOrganisationKind } from '@pdv/sourcing-domain';
import { DateTimeScalar } from '@pdv/graphql';
import { MassOrganisationKindEnum } from '../common/graphql-enums.type';

@ObjectType({
  description:
    'A mass organisation of the ward (Fatherland Front committee, Youth Union, Women’s Union, Veterans’ Association, trade union) or one of its branches. Mass organisations refer outstanding people to party cells.',
})
@Directive('@key(fields: "id")')
export class MassOrganisation {
  @Field(() => ID, { description: 'Stable id; a staff token’s scope names the ward-level unit’s id.' })
  id!: string;

  @Field(() => MassOrganisationKindEnum, { description: 'Which organisation this unit belongs to.' })
  kind!: MassOrganisationKind;

  @Field(() => String, { description: 'Short unique code, e.g. "DTN-PHUONG".' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. "Đoàn Thanh niên phường Đông Đa".' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The ward-level unit this branch belongs to; null for a ward-level unit.' })
  parentId!: string | null;

  @Field(() => Boolean, { description: 'false once the unit no longer refers people (kept for history).' })
  active!: boolean;

  @Field(() => DateTimeScalar, { description: 'When the unit was set up in the system.' })
  createdAt!: Date;
}
