import { Migration } from '@pdv/persistence';

/**
 * The SHA-256 of each imported file, so the same spreadsheet committed twice for one mass
 * organisation (two staff, a double click) is refused as a CONFLICT rather than written again
 * as a second import of duplicates. Imports before this migration have no digest.
 */
export class Migration20261203000100ReferralImportContent extends Migration {
  override up(): void {
    this.addSql('alter table "referral_import" add column "content_sha256" text null;');
    this.addSql(
      'create unique index "referral_import_committed_content_key" on "referral_import" ("mass_organisation_id", "content_sha256") where "committed";',
    );
  }
}
