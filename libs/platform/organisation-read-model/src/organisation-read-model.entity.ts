import type { OrganisationKind, PartyMemberStatus, Sector } from '@pdv/contracts';
import { EntitySchema } from '@pdv/persistence';

/**
 * A party organisation as the organisation service last announced it. Kept to validate
 * cells, to decide whether a cell lies in a secretary's subtree, and to name a cell by its
 * code. Names of organisations are not personal data.
 */
export interface OrgReadModelRow {
  id: string;
  parentId: string | null;
  kind: OrganisationKind;
  sector: Sector;
  code: string;
  name: string;
  validFrom: string;
  closedOn: string | null;
  active: boolean;
  /** occurredAt of the last event applied: an older event arriving late changes nothing. */
  lastEventAt: Date;
  updatedAt: Date;
}

export const OrgReadModelEntity = new EntitySchema<OrgReadModelRow>({
  name: 'OrgReadModelRow',
  tableName: 'org_read_model',
  properties: {
    id: { type: 'uuid', primary: true },
    parentId: { type: 'uuid', nullable: true, index: 'org_read_model_parent_idx' },
    kind: { type: 'string', columnType: 'text' },
    sector: { type: 'string', columnType: 'text' },
    code: { type: 'string', columnType: 'text', index: 'org_read_model_code_idx' },
    name: { type: 'string', columnType: 'text' },
    validFrom: { type: 'string', columnType: 'date' },
    closedOn: { type: 'string', columnType: 'date', nullable: true },
    active: { type: 'boolean' },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/**
 * Every (ancestor, descendant) pair of the tree in org_read_model, the organisation itself
 * included at depth 0: subtree and scope questions become one indexed join, for one key or
 * for a whole set, instead of a recursive walk per key.
 */
export interface OrgClosureRow {
  ancestorId: string;
  descendantId: string;
  depth: number;
}

export const OrgClosureEntity = new EntitySchema<OrgClosureRow>({
  name: 'OrgClosureRow',
  tableName: 'org_read_model_closure',
  properties: {
    ancestorId: { type: 'uuid', primary: true },
    descendantId: { type: 'uuid', primary: true, index: 'org_read_model_closure_descendant_idx' },
    depth: { type: 'integer' },
  },
});

/**
 * A party member's standing as the organisation service last announced it: which cell,
 * official or probationary, and whether they take part in the cell's life. No name, no
 * personal data: members are shown by id and resolved by the organisation subgraph.
 */
export interface MemberReadModelRow {
  id: string;
  organisationId: string | null;
  status: PartyMemberStatus;
  active: boolean;
  temporarilyAway: boolean;
  activityExempt: boolean;
  /** The organisation the member left in their last change of organisation (organisation.member.moved). */
  movedFromOrganisationId: string | null;
  /** The effective date of that change. */
  movedOn: string | null;
  /** occurredAt of that change's event. */
  movedAt: Date | null;
  lastEventAt: Date;
  updatedAt: Date;
}

export const MemberReadModelEntity = new EntitySchema<MemberReadModelRow>({
  name: 'MemberReadModelRow',
  tableName: 'member_read_model',
  properties: {
    id: { type: 'uuid', primary: true },
    organisationId: { type: 'uuid', nullable: true, index: 'member_read_model_organisation_idx' },
    status: { type: 'string', columnType: 'text' },
    active: { type: 'boolean' },
    temporarilyAway: { type: 'boolean' },
    activityExempt: { type: 'boolean' },
    movedFromOrganisationId: { type: 'uuid', nullable: true },
    movedOn: { type: 'string', columnType: 'date', nullable: true },
    movedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/**
 * The ward's plan term as the organisation service last announced it (one row; none until
 * the first announcement, when consumers use the default 2025–2030).
 */
export interface PlanTermReadModelRow {
  id: number;
  firstYear: number;
  lastYear: number;
  lastEventAt: Date;
  updatedAt: Date;
}

export const PlanTermReadModelEntity = new EntitySchema<PlanTermReadModelRow>({
  name: 'PlanTermReadModelRow',
  tableName: 'plan_term_read_model',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    firstYear: { type: 'integer' },
    lastYear: { type: 'integer' },
    lastEventAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});

/** Add to each consumer service's entity list, next to the read-model migration in its migrations. */
export const organisationReadModelEntities = [OrgReadModelEntity, OrgClosureEntity, MemberReadModelEntity, PlanTermReadModelEntity];
