import type { EntityManager } from '@pdv/persistence';

// Tree changes are validated against the whole history (codes unique over time, no cycles),
// so two of them must not interleave: one transaction-scoped advisory lock serialises them.
// Changes are rare (a few a month), so the lock costs nothing in practice.
const TREE_LOCK = "hashtext('pdv.organisation.tree')";

export async function lockOrganisationTree(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(${TREE_LOCK})`);
}
