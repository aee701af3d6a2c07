import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import { TARGET_EXEMPTION_REASONS, type TargetExemptionReason } from '@pdv/organisation-domain';
import { enumOf } from '../common/enum.util';

export const TargetExemptionReasonEnum = enumOf(TARGET_EXEMPTION_REASONS);
registerEnumType(TargetExemptionReasonEnum, {
  name: 'TargetExemptionReason',
  description: 'Why an organisation is exempt from the per-unit admission targets (the plan names three cases).',
  valuesConfig: {
    ALL_STAFF_ARE_MEMBERS: { description: 'An administrative or public-service unit whose staff are all already members.' },
    SOURCE_EXHAUSTED: { description: 'The organisation’s source of candidates is exhausted (hết nguồn).' },
    RESIDENTIAL_AREA_CELL: { description: 'A residential-area cell (chi bộ khu dân cư).' },
  },
});

@ObjectType({ description: 'An organisation exempt from the per-unit admission targets for a year. Revoked exemptions stay as history.' })
export class TargetExemption {
  @Field(() => ID, { description: 'Exemption id.' })
  id!: string;

  @Field(() => ID, { description: 'The exempt organisation.' })
  organisationId!: string;

  @Field(() => Int, { description: 'The plan year.' })
  year!: number;

  @Field(() => TargetExemptionReasonEnum, { description: 'Why it is exempt.' })
  reason!: TargetExemptionReason;

  @Field(() => String, { nullable: true, description: 'Remarks given when it was set (e.g. the decision).' })
  note!: string | null;

  @Field(() => Date, { description: 'When it was set.' })
  setAt!: Date;

  @Field(() => String, { description: 'Opaque id of who set it.' })
  setBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  setByRole!: string | null;

  @Field(() => Boolean, { description: 'true while in force (not revoked).' })
  inForce!: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was revoked; null while in force.' })
  revokedOn!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the revocation was recorded.' })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Opaque id of who revoked it.' })
  revokedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  revokedByRole!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was revoked.' })
  revocationNote!: string | null;
}
