import { EntitySchema } from '@pdv/persistence';
import type { OrganisationKind, Sector } from '@pdv/organisation-domain';

/** An organisation's identity; what it is called and where it sits lives in its versions. */
export interface OrganisationRow {
  id: string;
  createdAt: Date;
  createdBy: string;
}

export const OrganisationEntity = new EntitySchema<OrganisationRow>({
  name: 'OrganisationRow',
  tableName: 'organisation',
  properties: {
    id: { type: 'uuid', primary: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    createdBy: { type: 'string', columnType: 'text' },
  },
});

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
  /** Vietnamese alphabetical sort key of the name ("C" collation orders it correctly). */
  nameSortKey: string;
  recordedAt: Date;
  recordedBy: string;
  /** Why this version began (e.g. "renamed", "moved", "merged"): shown in the history. */
  changeReason: string;
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
    recordedAt: { type: 'Date', columnType: 'timestamptz' },
    recordedBy: { type: 'string', columnType: 'text' },
    changeReason: { type: 'string', columnType: 'text' },
  },
});
