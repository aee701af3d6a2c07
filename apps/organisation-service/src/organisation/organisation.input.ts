import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '@pdv/graphql';
import type { OrganisationKind, Sector } from '@pdv/organisation-domain';
import { OrganisationKindEnum, SectorEnum } from './organisation.type';

const REASON = 'Why: the decision or event behind the change (e.g. "Quyết định 12-QĐ/ĐU ngày 01/07/2025"). Kept in the history.';

@InputType({ description: 'A new organisation.' })
export class RegisterOrganisationInput {
  @Field(() => ID, { nullable: true, description: 'The parent organisation; null only for the ward committee.' })
  parentId?: string | null;

  @Field(() => OrganisationKindEnum, { description: 'Its level.' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum, { description: 'Its sector.' })
  sector!: Sector;

  @Field(() => String, { description: 'Short code, unique among organisations existing at the same time.' })
  code!: string;

  @Field(() => String, { description: 'Official name.' })
  name!: string;

  @Field(() => LocalDateScalar, { description: 'First day it exists.' })
  validFrom!: string;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'New values for an organisation from a date; omitted values stay as they are.' })
export class ReviseOrganisationInput {
  @Field(() => ID, { description: 'The organisation to revise.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'First day the new values are in force.' })
  effectiveDate!: string;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New code.' })
  code?: string | null;

  @Field(() => SectorEnum, { nullable: true, description: 'New sector.' })
  sector?: Sector | null;

  @Field(() => OrganisationKindEnum, { nullable: true, description: 'New kind (it must still fit its parent, its subordinates and its members).' })
  kind?: OrganisationKind | null;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'Places an organisation under another parent from a date.' })
export class MoveOrganisationInput {
  @Field(() => ID, { description: 'The organisation to move.' })
  organisationId!: string;

  @Field(() => ID, { description: 'Its new parent.' })
  parentId!: string;

  @Field(() => LocalDateScalar, { description: 'First day under the new parent.' })
  effectiveDate!: string;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'Dissolves an organisation that has no members and no subordinate organisations left.' })
export class CloseOrganisationInput {
  @Field(() => ID, { description: 'The organisation to dissolve.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'First day it no longer exists (its last day is the day before).' })
  effectiveDate!: string;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'An organisation created by a merge or a split.' })
export class NewOrganisationInput {
  @Field(() => ID, { nullable: true, description: 'Its parent; null only for a ward committee.' })
  parentId?: string | null;

  @Field(() => OrganisationKindEnum, { description: 'Its level.' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum, { description: 'Its sector.' })
  sector!: Sector;

  @Field(() => String, { description: 'Short code; allocations in a split refer to the new organisation by it.' })
  code!: string;

  @Field(() => String, { description: 'Official name.' })
  name!: string;
}

@InputType({ description: 'Merges organisations into an existing one (targetId) or a new one (newTarget): give exactly one of the two.' })
export class MergeOrganisationsInput {
  @Field(() => [ID], { description: 'The organisations that close and join the target.' })
  sourceIds!: string[];

  @Field(() => ID, { nullable: true, description: 'An existing organisation that receives the sources.' })
  targetId?: string | null;

  @Field(() => NewOrganisationInput, { nullable: true, description: 'A new organisation created to receive the sources.' })
  newTarget?: NewOrganisationInput | null;

  @Field(() => LocalDateScalar, { description: 'First day of the merged organisation.' })
  effectiveDate!: string;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'Which new organisation a member of the split organisation goes to.' })
export class MemberAllocationInput {
  @Field(() => ID, { description: 'A member placed in the organisation being split.' })
  memberId!: string;

  @Field(() => String, { description: 'The code of the new organisation (as given in newOrganisations).' })
  organisationCode!: string;
}

@InputType({ description: 'Which new organisation a subordinate organisation of the split organisation goes under.' })
export class ChildAllocationInput {
  @Field(() => ID, { description: 'A subordinate organisation of the organisation being split.' })
  organisationId!: string;

  @Field(() => String, { description: 'The code of its new parent (as given in newOrganisations).' })
  parentCode!: string;
}

@InputType({ description: 'Splits one organisation into two or more new ones; every member and subordinate organisation must be allocated.' })
export class SplitOrganisationInput {
  @Field(() => ID, { description: 'The organisation that closes and is divided.' })
  sourceId!: string;

  @Field(() => [NewOrganisationInput], { description: 'The new organisations (at least two).' })
  newOrganisations!: NewOrganisationInput[];

  @Field(() => [MemberAllocationInput], { description: 'Every member placed in the source, each to one new organisation.' })
  memberAllocations!: MemberAllocationInput[];

  @Field(() => [ChildAllocationInput], { description: 'Every subordinate organisation of the source, each under one new organisation.' })
  childAllocations!: ChildAllocationInput[];

  @Field(() => LocalDateScalar, { description: 'First day of the new organisations.' })
  effectiveDate!: string;

  @Field(() => String, { description: REASON })
  reason!: string;
}

@InputType({ description: 'Which organisations to list. Every condition given must hold.' })
export class OrganisationFilter {
  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only this kind.' })
  kind?: OrganisationKind | null;

  @Field(() => SectorEnum, { nullable: true, description: 'Only this sector.' })
  sector?: Sector | null;

  @Field(() => ID, { nullable: true, description: 'Only organisations directly under this one.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Text found in the name or code, ignoring case and diacritics ("khu dan cu" finds "Khu dân cư").' })
  search?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Organisations as they were on this date (default: today in Hanoi).' })
  activeOn?: string | null;
}
