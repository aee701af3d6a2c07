import { Migration } from '@pdv/persistence';

/**
 * The organisation list at city scale (27,267 versions): its page in Vietnamese name order
 * walked top-N sorted every version in force (21 ms), and its totalCount scanned them all
 * (19 ms) — 40 ms a request, which held the organisation subgraph to 58 dashboards a second.
 * An index in the list's own order (name_sort_key in the "C" collation, then id) reads only the
 * page (0.2 ms); a narrow one over the period makes the count an index-only scan (3.7 ms once
 * the table is vacuumed, as autovacuum keeps it in production).
 */
export class Migration20261204000200OrganisationListIndexes extends Migration {
  override up(): void {
    this.addSql('create index "organisation_version_name_order_idx" on "organisation_version" ("name_sort_key" collate "C", "organisation_id");');
    this.addSql('create index "organisation_version_period_idx" on "organisation_version" ("valid_from") include ("valid_to");');
  }
}
