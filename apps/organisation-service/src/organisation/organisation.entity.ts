import { EntitySchema } from '@pdv/persistence';
import type { ClosureReason, OrganisationKind, Sector } from '@pdv/organisation-domain';

/**
 * An organisation's identity and, once it has stopped existing, how and why it closed.
 * What it is called and where it sits lives in its versions.
 */
export interface OrganisationRow {
  id: string;
  createdAt: Date;
  createdBy: string;
  createdByRole: string | null;
  /** First day it no longer exists; null while it exists. */
  closedOn: string | null;
  closureReason: ClosureReason | null;
  /** The organisations that took over its members and subordinate organisations. */
  successorIds: string[] | null;
  closedAt: Date | null;
  closedBy: string | null;
  closedByRole: string | null;
  closureNote: string | null;
}

export const OrganisationEntity = new EntitySchema<OrganisationRow>({
  name: 'OrganisationRow',
  tableName: 'organisation',
  properties: {
    id: { type: 'uuid', primary: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string', columnType: 'text' },
    createdByRole: { type: 'string', columnType: 'text', nullable: true },
    closedOn: { type: 'string', columnType: 'date', nullable: true },
    closureReason: { type: 'string', columnType: 'text', nullable: true },
    successorIds: { type: 'json', nullable: true },
    closedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    closedBy: { type: 'string', columnType: 'text', nullable: true },
    closedByRole: { type: 'string', columnType: 'text', nullable: true },
    closureNote: { type: 'string', columnType: 'text', nullable: true },
  },
});

/** Why a version began; shown in the organisation's history. */
export const VERSION_CHANGE_KINDS = [
  'REGISTERED',
  'REVISED',
  'MOVED',
  'CREATED_BY_MERGE',
  'REPARENTED_BY_MERGE',
  'CREATED_BY_SPLIT',
  'REPARENTED_BY_SPLIT',
] as const;
export type VersionChangeKind = (typeof VERSION_CHANGE_KINDS)[number];

/**
 * One period of an organisation's history: the values in force over [validFrom, validTo).
 * Changes close the open row and open a new one, so the tree on any date is a query.
 */
export interface OrganisationVersionRow {
  id: string;
  organisationId: string;
  validFrom: string;
  validTo: string | null;
  parentId: string | null;
  kind: OrganisationKind;
  sector: Sector;
  code: string;
  name: string;
  /** Vietnamese alphabetical sort key of the name (compare with COLLATE "C"). */
  nameSortKey: string;
  /** Name and code without diacritics, lower case: what a search matches against. */
  searchText: string;
  recordedAt: Date;
  recordedBy: string;
  recordedByRole: string | null;
  changeKind: VersionChangeKind;
  /** The reason given with the change (e.g. the committee's decision number). */
  changeNote: string | null;
}

export const OrganisationVersionEntity = new EntitySchema<OrganisationVersionRow>({
  name: 'OrganisationVersionRow',
  tableName: 'organisation_version',
  properties: {
    id: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid', index: 'organisation_version_organisation_idx' },
    validFrom: { type: 'string', columnType: 'date' },
    validTo: { type: 'string', columnType: 'date', nullable: true },
    parentId: { type: 'uuid', nullable: true, index: 'organisation_version_parent_idx' },
    kind: { type: 'string', columnType: 'text' },
    sector: { type: 'string', columnType: 'text' },
    code: { type: 'string', columnType: 'text' },
    name: { type: 'string', columnType: 'text' },
    nameSortKey: { type: 'string', columnType: 'text' },
    searchText: { type: 'string', columnType: 'text' },
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    recordedByRole: { type: 'string', columnType: 'text', nullable: true },
    changeKind: { type: 'string', columnType: 'text' },
    changeNote: { type: 'string', columnType: 'text', nullable: true },
  },
  indexes: [
    {
      // At most one open version per organisation: the database guards the history's shape.
      name: 'organisation_version_open_unique',
      expression: 'create unique index "organisation_version_open_unique" on "organisation_version" ("organisation_id") where "valid_to" is null',
    },
    {
      // The list's order, so a page reads only its rows (Migration20261204000200_organisation_list_indexes).
      name: 'organisation_version_name_order_idx',
      expression: 'create index "organisation_version_name_order_idx" on "organisation_version" ("name_sort_key" collate "C", "organisation_id")',
    },
    {
      // The list's totalCount as an index-only scan.
      name: 'organisation_version_period_idx',
      expression: 'create index "organisation_version_period_idx" on "organisation_version" ("valid_from") include ("valid_to")',
    },
  ],
});
