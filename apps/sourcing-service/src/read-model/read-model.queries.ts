import { AppError, type RuleDefinition, ruleViolation } from '@pdv/errors';
import type { EntityManager } from '@pdv/persistence';
import { SOURCING_APP_RULES } from '../shared/app-rules';
import { MemberReadModelEntity, type MemberReadModelRow, OrgReadModelEntity, type OrgReadModelRow } from './read-model.entity';

/** Organisation kinds that are party cells: the units that nurture candidates. */
export const CELL_KINDS = ['GRASSROOTS_CELL', 'PARTY_CELL'] as const;

export function isActiveCell(org: OrgReadModelRow | null): boolean {
  return org !== null && org.active && (CELL_KINDS as readonly string[]).includes(org.kind);
}

/**
 * The cell a referral (or a candidate) goes to, or RULE_VIOLATION (by default
 * SOURCING.REFERRAL_TO_A_CELL) when it is not an active party cell of the ward.
 */
export async function requireActiveCell(
  em: EntityManager,
  cellId: string,
  rule: RuleDefinition = SOURCING_APP_RULES['SOURCING.REFERRAL_TO_A_CELL'],
): Promise<OrgReadModelRow> {
  const org = await em.findOne(OrgReadModelEntity, { id: cellId });
  if (!org || !isActiveCell(org)) {
    throw ruleViolation(
      rule,
      !org ? 'No such cell is known.' : org.active ? 'That organisation is not a party cell.' : 'That cell has been closed.',
      { cellId },
    );
  }
  return org;
}

/** Every active cell, for spreadsheet imports (cell code → id) and the template’s list of cells. */
export async function activeCells(em: EntityManager): Promise<OrgReadModelRow[]> {
  return em.find(OrgReadModelEntity, { active: true, kind: { $in: [...CELL_KINDS] } }, { orderBy: { code: 'asc' } });
}

export async function activeCellCount(em: EntityManager): Promise<number> {
  return em.count(OrgReadModelEntity, { active: true, kind: { $in: [...CELL_KINDS] } });
}

/** A member as the organisation service last announced them; NOT_FOUND when never announced. */
export async function requireMember(em: EntityManager, memberId: string): Promise<MemberReadModelRow> {
  const member = await em.findOne(MemberReadModelEntity, { id: memberId });
  if (!member) {
    throw new AppError(
      'NOT_FOUND',
      `Party member ${memberId} is not known to the sourcing service. If the member was just registered, try again in a minute.`,
      { details: { id: memberId } },
    );
  }
  return member;
}
