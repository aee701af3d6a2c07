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

/**
 * Year-end ratings: the board and the standing committee record and correct them, only the
 * standing committee confirms them. Everyone who reads them is filtered row by row in the
 * service (common/visibility.ts): a cell secretary their subtree, a committee member the
 * units they supervise (and their own rating), the rest of the ward's readers everything.
 */
export const RATING_RECORDERS: readonly Role[] = ROLE_GROUPS.wardEditors;
export const RATING_CONFIRMERS: readonly Role[] = ['WARD_STANDING_COMMITTEE'];
export const RATING_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
/** The share rated Good or better and the Excellent cap: ward-wide figures, no personal data. */
export const RATING_SUMMARY_READERS: readonly Role[] = ROLE_GROUPS.wardReaders;
/** Monthly supervision reviews: the assigned committee member records them; readers as ratings. */
export const SUPERVISION_REVIEW_RECORDERS: readonly Role[] = ['COMMITTEE_MEMBER'];
export const SUPERVISION_REVIEW_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'CELL_SECRETARY'];
/** A mass organisation's quota attainment: the ward's readers, and its own staff (@Allow's mass-organisation scope). */
export const QUOTA_ATTAINMENT_READERS: readonly Role[] = [...ROLE_GROUPS.wardReaders, 'MASS_ORG_STAFF'];
