import { Migration } from '@pdv/persistence';

/** The cells' votes on candidates (step 7). Never edited once committed. */
export class Migration20261202007000CellResolution extends Migration {
  override up(): void {
    this.addSql(`create table "cell_resolution" (
      "id" uuid not null,
      "dossier_id" uuid not null,
      "meeting_date" date not null,
      "official_members" int not null,
      "base" int not null,
      "present" int not null,
      "in_favour" int not null,
      "required" int not null,
      "passed" boolean not null,
      "roll" jsonb not null,
      "base_overrides" jsonb not null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "cell_resolution_pkey" primary key ("id")
    );`);
    this.addSql('create index "cell_resolution_dossier_idx" on "cell_resolution" ("dossier_id");');
  }
}
