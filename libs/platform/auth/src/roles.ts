/**
 * The roles of the ward's users. Two are scoped: a cell secretary acts within one
 * organisation subtree, a mass-organisation staffer within one mass organisation.
 */
export const ROLES = [
  'WARD_STANDING_COMMITTEE',
  'PARTY_BUILDING_BOARD',
  'COMMITTEE_MEMBER',
  'CELL_SECRETARY',
  'MASS_ORG_STAFF',
  'TRAINING_CENTRE',
  'AUDITOR',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles whose token must carry a scope, and which scope. */
export const SCOPED_ROLES: Partial<Record<Role, 'organisation' | 'massOrganisation'>> = {
  CELL_SECRETARY: 'organisation',
  MASS_ORG_STAFF: 'massOrganisation',
};

/** Role groups used by resolvers, so a policy change happens in one place. */
export const ROLE_GROUPS = {
  /** Everyone who may read the whole ward. */
  wardReaders: ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD', 'COMMITTEE_MEMBER', 'AUDITOR'] as Role[],
  /** Who may change ward-wide data (structure, targets, exemptions). */
  wardEditors: ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD'] as Role[],
};

/** A verified caller. `scopeId` is the organisation subtree root or the mass organisation. */
export interface Identity {
  /** Opaque user id (the token's `sub`); never a name. */
  userId: string;
  role: Role;
  scopeId: string | null;
}
