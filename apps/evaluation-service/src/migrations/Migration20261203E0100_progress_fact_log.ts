import { Migration } from '@pdv/persistence';

/**
 * Every progress fact received for a candidate, in the order they happened: what lets a fact
 * that arrives before the candidate's referral wait for it, and one that arrives late be put in
 * its place, so the counters never depend on the order the streams are consumed in. A journey
 * counted before this table existed has no facts in it: the rebuild command replays them.
 * Never edited once committed: a change is a new migration.
 */
export class Migration20261203E0100ProgressFactLog extends Migration {
  override up(): void {
    this.addSql(`create table "progress_fact_log" (
      "candidate_id" uuid not null,
      "facts" jsonb not null,
      constraint "progress_fact_log_pkey" primary key ("candidate_id")
    );`);
  }
}
