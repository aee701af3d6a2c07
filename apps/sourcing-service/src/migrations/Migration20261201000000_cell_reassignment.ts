import { Migration } from '@pdv/persistence';

/**
 * Candidates whose cell was closed (split, dissolved, or merged into something this service
 * cannot place them in) wait for a person to choose their new cell; and the member read
 * model remembers each member's last change of organisation, so that a mentor released
 * because their cell was reorganised can be kept once the candidate follows them.
 */
export class Migration20261201000000CellReassignment extends Migration {
  override up(): void {
    this.addSql('alter table "candidate" add column "cell_reassignment_needed_since" date null;');
    this.addSql(
      'create index "candidate_cell_reassignment_idx" on "candidate" ("cell_reassignment_needed_since") where "cell_reassignment_needed_since" is not null;',
    );
    this.addSql(`alter table "member_read_model"
      add column "moved_from_organisation_id" uuid null,
      add column "moved_on" date null,
      add column "moved_at" timestamptz null;`);
  }
}
