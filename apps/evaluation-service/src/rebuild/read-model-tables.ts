/**
 * The tables fed only by events: what a replay from the start of the streams must rebuild
 * exactly. Columns written from the clock rather than from the event (`updated_at = now()`)
 * are left out of the comparison; everything else, `last_event_at` included, comes from the
 * events. The board's own data (its targets and their changes, ratings, reviews) and the
 * messaging tables are not read models and are not replayed.
 */
export interface ReadModelTable {
  table: string;
  /** Columns not compared (set from the clock when the row was written). */
  clockColumns: string[];
  /** Only these rows are a read model (the table also holds owned data), or null for all. */
  where: string | null;
}

export const READ_MODEL_TABLES: readonly ReadModelTable[] = [
  { table: 'org_read_model', clockColumns: ['updated_at'], where: null },
  { table: 'org_read_model_closure', clockColumns: [], where: null },
  { table: 'member_read_model', clockColumns: ['updated_at'], where: null },
  { table: 'plan_term_read_model', clockColumns: ['updated_at'], where: null },
  { table: 'target_exemption', clockColumns: [], where: null },
  { table: 'supervision_assignment', clockColumns: [], where: null },
  // The quotas arrive as sourcing.quota.set; the board's targets are its own (evaluation_target_change keeps them).
  { table: 'evaluation_target', clockColumns: [], where: "kind = 'MASS_ORGANISATION_REFERRALS'" },
  { table: 'progress_counter', clockColumns: [], where: 'value <> 0' },
  { table: 'candidate_journey', clockColumns: ['updated_at'], where: null },
  { table: 'progress_fact_log', clockColumns: [], where: null },
  // The start-of-year member counts (the 3% rule), from the member events.
  { table: 'counted_member', clockColumns: [], where: null },
  { table: 'unit_member_count', clockColumns: [], where: null },
  // The admission service's overdue deadlines and their resolutions (the reports' overdue dossiers).
  { table: 'overdue_deadline', clockColumns: [], where: null },
  // Not here: read_model_version (a cache key, not a fact) and period_report (frozen reports
  // are history: a replay must never clear or recompute them).
];
