import { AppError, Problems, ruleViolation } from '@pdv/errors';
import { isLocalDate, type LocalDate, periodsOverlap } from '@pdv/calendar';
import { placementOn, statusOn } from './member-count.query';
import { ORGANISATION_RULES as R } from './organisation.rules';
import { versionAt, versionsOf } from './organisation-tree.query';
import type { OrganisationVersion } from './organisation.types';
import type { MemberWithPeriods } from './party-member.types';

/** A ward committee member assigned to follow an organisation over [validFrom, validTo). */
export interface SupervisionAssignment {
  assignmentId: string;
  /** The party member id of the committee member. */
  committeeMemberId: string;
  organisationId: string;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

export interface SupervisionContext {
  versions: readonly OrganisationVersion[];
  /** Existing assignments (at least those of this committee member and organisation). */
  assignments: readonly SupervisionAssignment[];
  /** The committee member's record and placement periods. */
  supervisor: MemberWithPeriods;
}

function checkPeriod(validFrom: LocalDate, validTo: LocalDate | null): void {
  if (validTo !== null && validTo <= validFrom) {
    throw ruleViolation(R['ORG.SUPERVISION_PERIOD'], 'The end date is not after the start date.', { validFrom, validTo });
  }
}

/**
 * A new assignment, checked: a real period, the organisation active on its first day, the
 * supervisor an active official member that day, and no overlap with another assignment of
 * the same committee member to the same organisation (CONFLICT).
 */
export function planSupervisionAssignment(input: SupervisionAssignment, ctx: SupervisionContext): SupervisionAssignment {
  const problems = new Problems();
  for (const field of ['assignmentId', 'committeeMemberId', 'organisationId'] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') problems.add(`input.${field}`, 'must not be empty');
  }
  if (!isLocalDate(input.validFrom)) problems.add('input.validFrom', 'must be a real date written YYYY-MM-DD');
  if (input.validTo !== null && !isLocalDate(input.validTo)) problems.add('input.validTo', 'must be a real date written YYYY-MM-DD or empty');
  problems.throwIfAny();

  checkPeriod(input.validFrom, input.validTo);
  const rows = versionsOf(ctx.versions, input.organisationId);
  const row = versionAt(rows, input.validFrom);
  if (!row) {
    throw ruleViolation(
      R['ORG.ORGANISATION_ACTIVE'],
      rows.length === 0 ? 'The supervised organisation does not exist.' : `The supervised organisation ${rows[0].code} is not active on ${input.validFrom}.`,
      { organisationId: input.organisationId },
    );
  }
  const status = statusOn(ctx.supervisor.member, input.validFrom);
  const placed = placementOn(ctx.supervisor.periods, input.validFrom);
  if (status !== 'OFFICIAL' || !placed) {
    throw ruleViolation(
      R['ORG.SUPERVISOR_ACTIVE_OFFICIAL'],
      !placed ? 'The committee member is not an active member on that day.' : 'The committee member is not an official member on that day.',
      { committeeMemberId: input.committeeMemberId },
    );
  }
  const overlapping = ctx.assignments.find(
    (a) =>
      a.assignmentId !== input.assignmentId &&
      a.committeeMemberId === input.committeeMemberId &&
      a.organisationId === input.organisationId &&
      periodsOverlap(a.validFrom, a.validTo, input.validFrom, input.validTo),
  );
  if (overlapping) {
    throw AppError.conflict(`The committee member already supervises organisation ${row.code} during part of this period.`, {
      assignmentId: overlapping.assignmentId,
      organisationId: input.organisationId,
    });
  }
  return { ...input };
}

/** Ends an assignment on `validTo` (exclusive); it can be shortened, never lengthened or emptied. */
export function endSupervisionAssignment(assignment: SupervisionAssignment, validTo: LocalDate): SupervisionAssignment {
  if (!isLocalDate(validTo)) {
    throw AppError.badInput('The end date is not valid.', [{ field: 'validTo', message: 'must be a real date written YYYY-MM-DD' }]);
  }
  checkPeriod(assignment.validFrom, validTo);
  if (assignment.validTo !== null && validTo >= assignment.validTo) {
    throw ruleViolation(R['ORG.SUPERVISION_PERIOD'], `The assignment already ends on ${assignment.validTo}.`, { assignmentId: assignment.assignmentId });
  }
  return { ...assignment, validTo };
}

/** The assignments in force on `date`. */
export function supervisorsOn(assignments: readonly SupervisionAssignment[], organisationId: string, date: LocalDate): SupervisionAssignment[] {
  return assignments.filter((a) => a.organisationId === organisationId && a.validFrom <= date && (a.validTo === null || date < a.validTo));
}
