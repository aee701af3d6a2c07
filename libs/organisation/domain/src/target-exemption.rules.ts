import type { EventData, targetExemptionSet } from '@pdv/contracts';
import { AppError, Problems, ruleViolation } from '@pdv/errors';
import { firstDayOfYear, isLocalDate, type LocalDate, periodsOverlap } from '@pdv/calendar';
import type { OrganisationPolicy } from './organisation.policy';
import { DEFAULT_ORGANISATION_POLICY } from './organisation.policy';
import { ORGANISATION_RULES as R } from './organisation.rules';
import { versionsOf } from './organisation-tree.query';
import type { OrganisationVersion, Sector } from './organisation.types';

export type TargetExemptionReason = EventData<typeof targetExemptionSet>['reason'];

// A record keyed by the contract's reason type, so the list can neither miss nor invent one.
const REASONS: Record<TargetExemptionReason, true> = { ALL_STAFF_ARE_MEMBERS: true, SOURCE_EXHAUSTED: true, RESIDENTIAL_AREA_CELL: true };
export const TARGET_EXEMPTION_REASONS = Object.keys(REASONS) as TargetExemptionReason[];

/** Sectors each reason is allowed for; null = any sector. */
export const EXEMPTION_SECTORS: Readonly<Record<TargetExemptionReason, readonly Sector[] | null>> = {
  ALL_STAFF_ARE_MEMBERS: ['ADMINISTRATIVE', 'PUBLIC_SERVICE'],
  SOURCE_EXHAUSTED: null,
  RESIDENTIAL_AREA_CELL: ['RESIDENTIAL_AREA'],
};

/** An organisation exempt from the per-unit admission targets for a year. Revoking keeps the row. */
export interface TargetExemption {
  exemptionId: string;
  organisationId: string;
  year: number;
  reason: TargetExemptionReason;
  revokedOn: LocalDate | null;
}

export type TargetExemptionInput = Omit<TargetExemption, 'revokedOn'>;

export interface TargetExemptionContext {
  versions: readonly OrganisationVersion[];
  exemptions: readonly TargetExemption[];
  policy?: OrganisationPolicy;
}

/**
 * A new exemption, checked: the year is in the plan's term, the organisation exists in that
 * year, the reason fits its sector (as it stands at the end of its last version in the year)
 * and it has no other exemption in force for that year (CONFLICT).
 */
export function planTargetExemption(input: TargetExemptionInput, ctx: TargetExemptionContext): TargetExemption {
  const problems = new Problems();
  if (typeof input.exemptionId !== 'string' || input.exemptionId.trim() === '') problems.add('input.exemptionId', 'must not be empty');
  if (typeof input.organisationId !== 'string' || input.organisationId.trim() === '') problems.add('input.organisationId', 'must not be empty');
  if (!Number.isInteger(input.year)) problems.add('input.year', 'must be a whole number');
  if (!TARGET_EXEMPTION_REASONS.includes(input.reason)) problems.add('input.reason', `must be one of ${TARGET_EXEMPTION_REASONS.join(', ')}`);
  problems.throwIfAny();

  const { planTerm } = ctx.policy ?? DEFAULT_ORGANISATION_POLICY;
  if (input.year < planTerm.firstYear || input.year > planTerm.lastYear) {
    throw ruleViolation(R['ORG.EXEMPTION_YEAR_IN_TERM'], `The year ${input.year} is outside ${planTerm.firstYear}–${planTerm.lastYear}.`, {
      year: input.year,
    });
  }
  const rows = versionsOf(ctx.versions, input.organisationId);
  if (rows.length === 0) throw AppError.notFound('Organisation', input.organisationId);
  const inYear = rows.filter((v) => periodsOverlap(firstDayOfYear(input.year), firstDayOfYear(input.year + 1), v.validFrom, v.validTo));
  if (inYear.length === 0) {
    throw ruleViolation(R['ORG.EXEMPTION_ACTIVE_IN_YEAR'], `Organisation ${rows[0].code} is not active in ${input.year}.`, {
      organisationId: input.organisationId,
      year: input.year,
    });
  }
  const row = inYear[inYear.length - 1];
  const allowed = EXEMPTION_SECTORS[input.reason];
  if (allowed !== null && !allowed.includes(row.sector)) {
    const rule = input.reason === 'RESIDENTIAL_AREA_CELL' ? R['ORG.EXEMPTION_RESIDENTIAL_AREA_SECTOR'] : R['ORG.EXEMPTION_ALL_STAFF_SECTOR'];
    throw ruleViolation(rule, `Organisation ${row.code} is in the ${row.sector} sector.`, { organisationId: input.organisationId, sector: row.sector });
  }
  const existing = ctx.exemptions.find((e) => e.organisationId === input.organisationId && e.year === input.year && e.revokedOn === null);
  if (existing) {
    throw AppError.conflict(`Organisation ${row.code} already has an exemption for ${input.year}; revoke it first to change the reason.`, {
      organisationId: input.organisationId,
      year: input.year,
      exemptionId: existing.exemptionId,
    });
  }
  return { ...input, revokedOn: null };
}

/** Withdraws an exemption from `revokedOn`; the row stays, marked revoked. */
export function revokeTargetExemption(exemption: TargetExemption, revokedOn: LocalDate): TargetExemption {
  if (!isLocalDate(revokedOn)) {
    throw AppError.badInput('The revocation is not valid.', [{ field: 'revokedOn', message: 'must be a real date written YYYY-MM-DD' }]);
  }
  if (exemption.revokedOn !== null) {
    throw ruleViolation(R['ORG.EXEMPTION_ALREADY_REVOKED'], `It was revoked on ${exemption.revokedOn}.`, { exemptionId: exemption.exemptionId });
  }
  return { ...exemption, revokedOn };
}

/** The reason the organisation is exempt in `year`, or null when it is not. */
export function exemptionReasonFor(exemptions: readonly TargetExemption[], organisationId: string, year: number): TargetExemptionReason | null {
  return exemptions.find((e) => e.organisationId === organisationId && e.year === year && e.revokedOn === null)?.reason ?? null;
}
