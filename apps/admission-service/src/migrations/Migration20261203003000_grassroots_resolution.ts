import { Migration } from '@pdv/persistence';

/** The grassroots committee's resolutions on dossiers of the cells under it (step 8), each vote kept. Never edited once committed. */
export class Migration20261203003000GrassrootsResolution extends Migration {
  override up(): void {
    this.addSql(`create table "grassroots_resolution" (
      "id" uuid not null,
      "dossier_id" uuid not null,
      "meeting_date" date not null,
      "committee_members" int not null,
      "in_favour" int not null,
      "required" int not null,
      "passed" boolean not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "grassroots_resolution_pkey" primary key ("id")
    );`);
    this.addSql('create index "grassroots_resolution_dossier_idx" on "grassroots_resolution" ("dossier_id");');
  }
}
