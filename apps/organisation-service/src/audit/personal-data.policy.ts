import type { Identity, Role } from '@pdv/auth';

/** Roles that handle dossiers ward-wide and see national ID numbers of every member. */
export const NATIONAL_ID_READERS: readonly Role[] = ['WARD_STANDING_COMMITTEE', 'PARTY_BUILDING_BOARD'];

/**
 * Whose national ID numbers a caller may see unmasked: everyone's (the standing committee
 * and the party-building board), their subtree's (a cell secretary: the cell holds the
 * dossier), or no one's (everyone else sees them masked).
 */
export function nationalIdVisibility(identity: Identity | null): 'ALL' | 'SCOPE' | 'NONE' {
  if (!identity) return 'NONE';
  if (NATIONAL_ID_READERS.includes(identity.role)) return 'ALL';
  if (identity.role === 'CELL_SECRETARY' && identity.scopeId) return 'SCOPE';
  return 'NONE';
}
