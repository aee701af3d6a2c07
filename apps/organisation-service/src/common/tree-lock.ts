import type { EntityManager } from '@pdv/persistence';

// Tree changes are validated against the whole history (codes unique over time, no cycles,
// members re-placed), so two of them must not interleave: they take this transaction-scoped
// advisory lock exclusively. Member changes that rely on a cell staying open take it shared,
// so they run side by side but never across a merge, split or closure of their cell.
const TREE_LOCK = "hashtext('pdv.organisation.tree')";

export async function lockOrganisationTree(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(${TREE_LOCK})`);
}

export async function lockOrganisationTreeShared(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock_shared(${TREE_LOCK})`);
}
