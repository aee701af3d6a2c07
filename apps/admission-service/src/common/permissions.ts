import { ROLE_GROUPS, type Role } from '@pdv/auth';

// Who may do what, in one place: resolvers name these, never roles one by one.

/**
 * Who handles admission dossiers (and sees what they hold: personal history, verification):
 * the cell secretary within their part of the ward, the party-building board and the standing
 * committee (DOMAIN.md, personal data).
 */
export const DOSSIER_HANDLERS: readonly Role[] = ['CELL_SECRETARY', ...ROLE_GROUPS.wardEditors];
