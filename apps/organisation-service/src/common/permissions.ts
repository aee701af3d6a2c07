import { ROLE_GROUPS, type Role } from '@pdv/auth';

/**
 * Who may do what, in one place (resolvers name these, never roles one by one).
 * - The tree's shape is not secret inside the ward: every role reads it.
 * - Members: the ward's readers, and cell secretaries within their subtree.
 * - Ward-wide changes (tree, exemptions, supervision, recognition): the standing committee
 *   and the party-building board.
 * - Member records and movements: also cell secretaries, within their subtree.
 */
export const ORGANISATION_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY', 'TRAINING_CENTRE', 'MASS_ORG_STAFF'];
export const MEMBER_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
export const WARD_EDITORS: readonly Role[] = ROLE_GROUPS.wardEditors;
export const MEMBER_EDITORS: readonly Role[] = [...ROLE_GROUPS.wardEditors, 'CELL_SECRETARY'];
/** The ward's configurable values are the standing committee's decision. */
export const POLICY_EDITORS: readonly Role[] = ['WARD_STANDING_COMMITTEE'];
