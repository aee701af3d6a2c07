import type { EntityManager } from '@pdv/persistence';

/**
 * Serialises the intake of referrals (single submissions and spreadsheet imports) within
 * the service's database. "Is there already a candidate with this national ID?" and "create
 * one" must not interleave between two requests, or the same person could be created twice
 * and one request would fail on the unique index; intake is infrequent, so one transaction
 * lock is cheap and simpler than retrying.
 */
export async function lockIntake(tx: EntityManager): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(hashtext('pdv.sourcing.candidate-intake'))");
}
