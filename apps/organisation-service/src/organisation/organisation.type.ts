import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ORGANISATION_KINDS, SECTORS } from '@pdv/contracts';
import { ConnectionType, LocalDateScalar } from '@pdv/graphql';
import { CLOSURE_REASONS, type ClosureReason, type OrganisationKind, type Sector } from '@pdv/organisation-domain';
import { enumOf } from '../common/enum.util';
import { VERSION_CHANGE_KINDS, type VersionChangeKind } from './organisation.entity';

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

export const ClosureReasonEnum = enumOf(CLOSURE_REASONS);
registerEnumType(ClosureReasonEnum, {
  name: 'ClosureReason',
  description: 'How an organisation stopped existing.',
  valuesConfig: {
    DISSOLVED: { description: 'Dissolved (giải thể) with no successor.' },
    MERGED: { description: 'Merged (sáp nhập, hợp nhất) into another organisation.' },
    SPLIT: { description: 'Split (chia tách) into two or more new organisations.' },
  },
});

export const VersionChangeKindEnum = enumOf(VERSION_CHANGE_KINDS);
registerEnumType(VersionChangeKindEnum, {
  name: 'OrganisationChangeKind',
  description: 'Why a version of an organisation began.',
  valuesConfig: {
    REGISTERED: { description: 'The organisation was registered.' },
    REVISED: { description: 'Renamed, recoded or re-classified.' },
    MOVED: { description: 'Placed under another parent.' },
    CREATED_BY_MERGE: { description: 'Created as the target of a merge.' },
    REPARENTED_BY_MERGE: { description: 'Placed under the target of a merge that closed its parent.' },
    CREATED_BY_SPLIT: { description: 'Created by splitting another organisation.' },
    REPARENTED_BY_SPLIT: { description: 'Placed under one of the new organisations of a split that closed its parent.' },
  },
});

@ObjectType({ description: 'A party organisation as it was on the date asked for (today by default).' })
@Directive('@key(fields: "id")')
export class Organisation {
  @Field(() => ID, { description: 'Stable id; it survives renames and moves.' })
  id!: string;

  @Field(() => String, { description: 'Short unique code, e.g. "CB-KDC-03".' })
  code!: string;

  @Field(() => String, { description: 'Official name, e.g. "Chi bộ Khu dân cư số 3".' })
  name!: string;

  @Field(() => OrganisationKindEnum, { description: 'Level in the ward: committee, grassroots organisation or cell.' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum, { description: 'The sector it works in.' })
  sector!: Sector;

  @Field(() => ID, { nullable: true, description: 'The parent organisation on that date; null for the ward committee.' })
  parentId!: string | null;

  @Field(() => LocalDateScalar, { description: 'First day these values were in force.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day these values stopped being in force (exclusive); null while current.' })
  validTo!: string | null;

  @Field(() => LocalDateScalar, { description: 'The date this view of the organisation describes; nested fields default to it.' })
  asOf!: string;

  /** Vietnamese sort key of the name: the list cursor. */
  nameSortKey!: string;
}

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@ObjectType({ description: 'How and why an organisation stopped existing.' })
export class OrganisationClosure {
  @Field(() => ID, { description: 'The closed organisation.' })
  organisationId!: string;

  @Field(() => LocalDateScalar, { description: 'First day it no longer existed.' })
  effectiveDate!: string;

  @Field(() => ClosureReasonEnum, { description: 'Dissolved, merged or split.' })
  reason!: ClosureReason;

  @Field(() => [ID], { description: 'The organisations that took over its members and subordinate organisations.' })
  successorIds!: string[];

  @Field(() => Date, { description: 'When the closure was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of the user who recorded it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in.' })
  recordedByRole!: string | null;

  @Field(() => String, { nullable: true, description: 'The reason given (e.g. the committee decision).' })
  note!: string | null;
}

@ObjectType({ description: 'One version in an organisation’s history: the values in force over a period, and who recorded them, when and why.' })
export class OrganisationVersionRecord {
  @Field(() => String, { description: 'Code in this period.' })
  code!: string;

  @Field(() => String, { description: 'Name in this period.' })
  name!: string;

  @Field(() => OrganisationKindEnum, { description: 'Kind in this period.' })
  kind!: OrganisationKind;

  @Field(() => SectorEnum, { description: 'Sector in this period.' })
  sector!: Sector;

  @Field(() => ID, { nullable: true, description: 'Parent in this period.' })
  parentId!: string | null;

  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day after the last day of the period; null while current. Equal to validFrom for a version superseded on the day it began.' })
  validTo!: string | null;

  @Field(() => VersionChangeKindEnum, { description: 'What began this version.' })
  changeKind!: VersionChangeKind;

  @Field(() => String, { nullable: true, description: 'The reason given with the change (e.g. the decision number).' })
  note!: string | null;

  @Field(() => Date, { description: 'When the change was recorded.' })
  recordedAt!: Date;

  @Field(() => String, { description: 'Opaque id of the user (or system process) that recorded it.' })
  recordedBy!: string;

  @Field(() => String, { nullable: true, description: 'The role they acted in; null for the system.' })
  recordedByRole!: string | null;
}

@ObjectType({ description: 'Everything that ever changed about an organisation.' })
export class OrganisationHistory {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;

  @Field(() => [OrganisationVersionRecord], { description: 'Every version, oldest first.' })
  versions!: OrganisationVersionRecord[];

  @Field(() => OrganisationClosure, { nullable: true, description: 'How it closed; null while it exists.' })
  closure!: OrganisationClosure | null;
}

@ObjectType({ description: 'An organisation in a tree, with the organisations under it on the same date.' })
export class OrganisationTreeNode {
  @Field(() => Organisation, { description: 'The organisation as it was on the tree’s date.' })
  organisation!: Organisation;

  @Field(() => Int, { description: 'Levels below the tree’s root (the root is 0).' })
  depth!: number;

  @Field(() => [OrganisationTreeNode], { description: 'Its subordinate organisations, in Vietnamese name order.' })
  children!: OrganisationTreeNode[];
}

@ObjectType({ description: 'The outcome of closing an organisation.' })
export class CloseOrganisationResult {
  @Field(() => OrganisationClosure, { description: 'The closure as recorded.' })
  closure!: OrganisationClosure;

  @Field(() => Organisation, { description: 'The organisation as it was on its last day.' })
  organisation!: Organisation;
}

@ObjectType({ description: 'The outcome of a merge.' })
export class MergeOrganisationsResult {
  @Field(() => Organisation, { description: 'The organisation the sources were merged into, as of the effective date.' })
  target!: Organisation;

  @Field(() => [OrganisationClosure], { description: 'The closed sources.' })
  closures!: OrganisationClosure[];

  @Field(() => [Organisation], { description: 'Subordinate organisations of the sources, now under the target.' })
  reparented!: Organisation[];

  @Field(() => Int, { description: 'Members re-placed in the target (each an INTERNAL_TRANSFER movement).' })
  membersMoved!: number;
}

@ObjectType({ description: 'The outcome of a split.' })
export class SplitOrganisationResult {
  @Field(() => [Organisation], { description: 'The new organisations, as of the effective date.' })
  created!: Organisation[];

  @Field(() => OrganisationClosure, { description: 'The closed source.' })
  closure!: OrganisationClosure;

  @Field(() => [Organisation], { description: 'Subordinate organisations of the source, now under one of the new ones.' })
  reparented!: Organisation[];

  @Field(() => Int, { description: 'Members re-placed in the new organisations (each an INTERNAL_TRANSFER movement).' })
  membersMoved!: number;
}
