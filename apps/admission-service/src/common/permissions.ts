import { ROLE_GROUPS, type Role } from '@pdv/auth';

// Who may do what, in one place: resolvers name these, never roles one by one.

/**
 * Who handles admission dossiers (and sees what they hold: personal history, verification):
 * the cell secretary within their part of the ward, the party-building board and the standing
 * committee (DOMAIN.md, personal data).
 */
export const DOSSIER_HANDLERS: readonly Role[] = ['CELL_SECRETARY', ...ROLE_GROUPS.wardEditors];

/**
 * Who may record a committee's decision: the ward's editors reach the service, and the
 * decision itself checks the role the tree's policy names (ADMISSION.COMPETENT_COMMITTEE), so
 * the board is told which committee decides rather than merely refused.
 */
export const DECIDING_ROLES: readonly Role[] = ROLE_GROUPS.wardEditors;

/** Who keeps the working-day calendar deadlines are counted on (DOMAIN.md: the board edits it). */
export const CALENDAR_EDITORS: readonly Role[] = ['PARTY_BUILDING_BOARD'];

/** Who changes the admission policy (DOMAIN.md: configurable values are the board's data). */
export const POLICY_EDITORS: readonly Role[] = ['PARTY_BUILDING_BOARD'];
