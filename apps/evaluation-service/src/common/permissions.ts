import { ROLE_GROUPS, type Role } from '@pdv/auth';

/**
 * Who may do what, in one place (resolvers name these, never roles one by one). The items
 * are ward-wide: the ward's readers read them, its editors register them.
 */
export const ITEM_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;
export const ITEM_EDITORS: readonly Role[] = ROLE_GROUPS.wardEditors;

/**
 * The plan's targets are the ward's, read by everyone who works towards them: the ward's
 * readers and the cell secretaries (issue 10: secretaries watch their own numbers).
 */
export const TARGET_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
/** Progress of an organisation: the ward's readers for any unit, a cell secretary within their subtree (checked by @Allow's organisation scope). */
export const PROGRESS_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
/** Who sets the plan's targets: the ward's editors (the board, the standing committee). */
export const TARGET_EDITORS: readonly Role[] = ROLE_GROUPS.wardEditors;
/**
 * The ward dashboard: the ward's readers (a committee member's table holds the units they
 * supervise). Cell secretaries watch their own numbers on their organisation (Organisation.targets,
 * progress, forecast), not the ward's dashboard.
 */
export const DASHBOARD_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;
/** The federation fields on an organisation: the ward's readers and cell secretaries, each within their part of the ward. */
export const UNIT_EVALUATION_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
/** The period reports: the ward's readers (a committee member's units table: the units they supervise). */
export const REPORT_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;
/** Who closes a reporting period (the party-building board compiles the report; the standing committee may too). */
export const REPORT_CLOSERS: readonly Role[] = ROLE_GROUPS.wardEditors;
