import DataLoader from 'dataloader';
import { AppError, type RuleDefinition, ruleViolation } from '@pdv/errors';
import { type EntityManager, pgArray } from '@pdv/persistence';
import { MemberReadModelEntity, type MemberReadModelRow, OrgReadModelEntity, type OrgReadModelRow, PlanTermReadModelEntity } from './organisation-read-model.entity';

/** Organisation kinds that are party cells: the units that hold members and nurture candidates. */
export const CELL_KINDS = ['GRASSROOTS_CELL', 'PARTY_CELL'] as const;

export function isActiveCell(org: OrgReadModelRow | null): boolean {
  return org !== null && org.active && (CELL_KINDS as readonly string[]).includes(org.kind);
}

/** The active party cell `cellId`, or RULE_VIOLATION of the consumer's `rule` naming why not. */
export async function requireActiveCell(em: EntityManager, cellId: string, rule: RuleDefinition): Promise<OrgReadModelRow> {
  const org = await em.findOne(OrgReadModelEntity, { id: cellId });
  if (!org || !isActiveCell(org)) {
    throw ruleViolation(rule, !org ? 'No such cell is known.' : org.active ? 'That organisation is not a party cell.' : 'That cell has been closed.', { cellId });
  }
  return org;
}

/** Every active cell, by code (e.g. cell code → id for spreadsheet imports). */
export async function activeCells(em: EntityManager): Promise<OrgReadModelRow[]> {
  return em.find(OrgReadModelEntity, { active: true, kind: { $in: [...CELL_KINDS] } }, { orderBy: { code: 'asc' } });
}

export async function activeCellCount(em: EntityManager): Promise<number> {
  return em.count(OrgReadModelEntity, { active: true, kind: { $in: [...CELL_KINDS] } });
}

/** A member as the organisation service last announced them; NOT_FOUND when never announced. */
export async function requireMember(em: EntityManager, memberId: string, serviceName: string): Promise<MemberReadModelRow> {
  const member = await em.findOne(MemberReadModelEntity, { id: memberId });
  if (!member) {
    throw new AppError(
      'NOT_FOUND',
      `Party member ${memberId} is not known to the ${serviceName} service. If the member was just registered, try again in a minute.`,
      { details: { id: memberId } },
    );
  }
  return member;
}

/** The ward's plan term as last announced by the organisation service, or `fallback` before any announcement. */
export async function currentPlanTerm(em: EntityManager, fallback: { firstYear: number; lastYear: number }): Promise<{ firstYear: number; lastYear: number }> {
  const row = await em.findOne(PlanTermReadModelEntity, { id: 1 });
  return row ? { firstYear: row.firstYear, lastYear: row.lastYear } : fallback;
}

/** The organisation and every organisation under it (unknown: none). */
export async function organisationSubtree(em: EntityManager, rootId: string): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    'select descendant_id as id from org_read_model_closure where ancestor_id = ?::uuid order by depth, descendant_id',
    [rootId],
  );
  return rows.map((row) => row.id);
}

/**
 * Which of `organisationIds` lie in the subtree rooted at `scopeRootId`, in one read: for
 * lists that check many rows at once. The root itself is always within its own scope.
 */
export async function organisationsWithin(em: EntityManager, organisationIds: readonly string[], scopeRootId: string): Promise<Set<string>> {
  const within = new Set(organisationIds.filter((id) => id === scopeRootId));
  const rest = organisationIds.filter((id) => id !== scopeRootId);
  if (rest.length === 0) return within;
  const rows = await em.execute<{ id: string }[]>(
    'select descendant_id as id from org_read_model_closure where ancestor_id = ?::uuid and descendant_id = any(?::uuid[])',
    [scopeRootId, pgArray(rest)],
  );
  for (const row of rows) within.add(row.id);
  return within;
}

/**
 * "Is this organisation in the caller's part of the ward": answered from the read model,
 * with no call to the organisation service. The read model holds the tree as last
 * announced (it keeps no history), so the answer is for the current tree, as consumer
 * services have answered it so far.
 */
export class OrganisationReadModelScopes {
  // A page of N organisations asks N times (once per field of each item): batched into one
  // read of the closure table per tick, so a list's scope checks cost one statement.
  private within: DataLoader<{ organisationId: string; scopeRootId: string }, boolean, string> | null = null;

  constructor(protected readonly em: EntityManager) {}

  organisationWithin(organisationId: string, scopeRootId: string): Promise<boolean> {
    if (organisationId === scopeRootId) return Promise.resolve(true);
    this.within ??= new DataLoader((pairs) => pairsWithin(this.em, pairs), { cacheKeyFn: (pair) => `${pair.scopeRootId}|${pair.organisationId}` });
    return this.within.load({ organisationId, scopeRootId });
  }
}

/** For each (organisation, scope root) pair, whether the organisation lies in the root's subtree: one read for any number of pairs. */
async function pairsWithin(em: EntityManager, pairs: readonly { organisationId: string; scopeRootId: string }[]): Promise<boolean[]> {
  const rows = await em.execute<{ ancestor_id: string; descendant_id: string }[]>(
    `select t.ancestor_id, t.descendant_id
       from unnest(?::uuid[], ?::uuid[]) as k(ancestor_id, descendant_id)
       join org_read_model_closure t on t.ancestor_id = k.ancestor_id and t.descendant_id = k.descendant_id`,
    [pgArray(pairs.map((pair) => pair.scopeRootId)), pgArray(pairs.map((pair) => pair.organisationId))],
  );
  const found = new Set(rows.map((row) => `${row.ancestor_id}|${row.descendant_id}`));
  return pairs.map((pair) => found.has(`${pair.scopeRootId}|${pair.organisationId}`));
}
