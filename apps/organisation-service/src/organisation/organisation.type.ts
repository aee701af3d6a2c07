import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANISATION_KINDS, SECTORS } from '@pdv/contracts';
import type { OrganisationKind, Sector } from '@pdv/organisation-domain';
import { LocalDateScalar } from '@pdv/graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const OrganisationKindEnum = enumOf(ORGANISATION_KINDS);
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'Level of a party organisation in the ward.',
  valuesConfig: {
    WARD_COMMITTEE: { description: 'The ward party committee (Đảng ủy phường): the root.' },
    GRASSROOTS_COMMITTEE: { description: 'Grassroots party committee (đảng bộ cơ sở): has cells under it.' },
    GRASSROOTS_CELL: { description: 'Grassroots party cell (chi bộ cơ sở): a cell directly under the ward committee.' },
    PARTY_CELL: { description: 'Party cell (chi bộ trực thuộc) under a grassroots committee or the ward committee.' },
  },
});

export const SectorEnum = enumOf(SECTORS);
registerEnumType(SectorEnum, {
  name: 'Sector',
  description: 'The kind of place an organisation works in; decides which targets and exemptions apply.',
  valuesConfig: {
    ADMINISTRATIVE: { description: 'Party and state administrative agencies.' },
    PUBLIC_SERVICE: { description: 'Public service units (hospitals, centres).' },
    STATE_ENTERPRISE: { description: 'State-owned enterprises.' },
    NON_STATE_ENTERPRISE: { description: 'Private and other non-state enterprises.' },
    SCHOOL: { description: 'Schools.' },
    RESIDENTIAL_AREA: { description: 'Residential areas (khu dân cư, tổ dân phố).' },
    ARMED_FORCES_POLICE: { description: 'Military command and police.' },
    OTHER: { description: 'Anything else.' },
  },
});

@ObjectType({ description: 'A party organisation as it was on the date asked for (today by default).' })
@Directive('@key(fields: "id")')
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Short unique code, e.g. "CB-KDC-03".' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. "Chi bộ Khu dân cư số 3".' })
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => SectorEnum)
  sector!: Sector;

  @Field(() => ID, { nullable: true, description: 'The parent organisation on that date; null for the ward committee.' })
  parentId!: string | null;

  @Field(() => LocalDateScalar, { description: 'First day these values were in force.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day these values stopped being in force (exclusive); null while current.' })
  validTo!: string | null;

  /** The date this view of the organisation describes; used by nested fields. */
  asOf!: string;
}
