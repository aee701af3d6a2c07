import { Migration } from '@pdv/persistence';

/** The introductions of a dossier (step 5). Never edited once committed. */
export class Migration20261202004000DossierIntroduction extends Migration {
  override up(): void {
    this.addSql(`create table "dossier_introduction" (
      "id" uuid not null,
      "dossier_id" uuid not null,
      "kind" text not null,
      "member_id" uuid null,
      "together_from" date null,
      "together_until" date null,
      "replacement_named_by_cell" boolean not null,
      "resolution_date" date null,
      "recorded_at" timestamptz not null,
      "recorded_by" text not null,
      "recorded_by_role" text null,
      constraint "dossier_introduction_pkey" primary key ("id")
    );`);
    this.addSql('create index "dossier_introduction_dossier_idx" on "dossier_introduction" ("dossier_id");');
    this.addSql('alter table "dossier_introduction" add constraint "dossier_introduction_member_unique" unique ("dossier_id", "member_id");');
  }
}
